

/// The level of government at which a procedure is carried out.
public enum ProcedureLevel: String, Codable, Sendable, CaseIterable {
    /// Cấp bộ (ministries and other central agencies).
    case central
    /// Cấp tỉnh.
    case province
    /// Cấp xã.
    case commune
    /// Cơ quan khác (courts, agencies outside the hierarchy).
    case other
}

extension ProcedureLevel {
    public var vietnamese: String {
        switch self {
        case .commune: return "cấp xã"
        case .province: return "cấp tỉnh"
        case .central: return "cấp trung ương (bộ, ngành)"
        case .other: return "cơ quan khác (tòa án, chi nhánh cơ quan trung ương)"
        }
    }

    public var english: String {
        switch self {
        case .commune: return "commune level"
        case .province: return "provincial level"
        case .central: return "central (ministry) level"
        case .other: return "another agency (court, branch of a central agency)"
        }
    }
}
