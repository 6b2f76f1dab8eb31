

/// Where a dossier stands. The finer internal states map onto the ten national status codes used when
/// syncing with the National Public Service Portal (Decree 118/2025).
public enum DossierState: String, Codable, Sendable, CaseIterable {
    /// Submitted online or by post; not yet checked for completeness. (1)
    case submitted
    /// Received complete; the clock runs; not yet assigned. (2)
    case received
    /// Not accepted at receipt, with reasons. (3)
    case notAccepted
    /// Being processed by an officer. (4)
    case processing
    /// Sent to another unit or level, waiting for it to take the dossier. (4)
    case transferred
    /// Waiting for another agency's opinion or part (interconnected procedures). (4)
    case waitingForAgency
    /// Submitted to the leader for approval and signature. (4)
    case awaitingApproval
    /// The citizen is asked to supplement the dossier; the clock is paused. (5)
    case supplementRequested
    /// The citizen is asked to pay fees or financial obligations; the clock is paused. (6)
    case paymentRequested
    /// Withdrawn at the citizen's request. (7)
    case withdrawn
    /// Processing stopped, with reasons. (8)
    case stopped
    /// Processing complete; the result waits to be returned. (9)
    case completed
    /// The result has been returned to the citizen. (10)
    case returned

    /// The national status code (1–10).
    public var nationalCode: Int {
        switch self {
        case .submitted: return 1
        case .received: return 2
        case .notAccepted: return 3
        case .processing, .transferred, .waitingForAgency, .awaitingApproval: return 4
        case .supplementRequested: return 5
        case .paymentRequested: return 6
        case .withdrawn: return 7
        case .stopped: return 8
        case .completed: return 9
        case .returned: return 10
        }
    }

    /// No transition leaves a final state.
    public var isFinal: Bool { [.notAccepted, .withdrawn, .stopped, .returned].contains(self) }

    /// The dossier's processing has ended (for the service index): result ready or returned, refused, stopped, withdrawn.
    public var hasEnded: Bool { isFinal || self == .completed }

    /// The statutory clock is stopped while the citizen has to act.
    public var pausesClock: Bool { self == .supplementRequested || self == .paymentRequested }

    public var vietnamese: String {
        switch self {
        case .submitted: return "Mới nộp, chờ tiếp nhận"
        case .received: return "Đã tiếp nhận"
        case .notAccepted: return "Từ chối tiếp nhận"
        case .processing: return "Đang xử lý"
        case .transferred: return "Đang chuyển đơn vị khác"
        case .waitingForAgency: return "Chờ cơ quan phối hợp"
        case .awaitingApproval: return "Chờ lãnh đạo phê duyệt"
        case .supplementRequested: return "Yêu cầu bổ sung hồ sơ"
        case .paymentRequested: return "Chờ thực hiện nghĩa vụ tài chính"
        case .withdrawn: return "Đã rút hồ sơ"
        case .stopped: return "Dừng xử lý"
        case .completed: return "Đã có kết quả, chờ trả"
        case .returned: return "Đã trả kết quả"
        }
    }
}
