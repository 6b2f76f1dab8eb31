

/// Who acts. The first seven are staff roles bound to a unit; the others are the applicant and machines.
public enum Role: String, Codable, Sendable, CaseIterable {
    case counterOfficer, specialist, divisionHead, leader, director, supervisor, administrator
    /// The applicant (citizen or business), signed in or proving the dossier's phone number.
    case citizen
    /// A system holding a scoped API token (payment gateway, portal, another agency's system).
    case integration
    /// MotCua itself (deadline sweep).
    case system

    public static let staff: [Role] = [.counterOfficer, .specialist, .divisionHead, .leader, .director, .supervisor, .administrator]

    public var vietnamese: String {
        switch self {
        case .counterOfficer: return "Cán bộ một cửa"
        case .specialist: return "Chuyên viên xử lý"
        case .divisionHead: return "Trưởng phòng chuyên môn"
        case .leader: return "Lãnh đạo UBND (phê duyệt)"
        case .director: return "Giám đốc Trung tâm"
        case .supervisor: return "Giám sát cấp tỉnh"
        case .administrator: return "Quản trị hệ thống"
        case .citizen: return "Người nộp hồ sơ"
        case .integration: return "Hệ thống kết nối"
        case .system: return "Hệ thống MotCua"
        }
    }
}
