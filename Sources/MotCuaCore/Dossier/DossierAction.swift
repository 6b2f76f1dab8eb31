

/// Everything that changes a dossier.
public enum DossierAction: String, Codable, Sendable, CaseIterable {
    case submit, receive, refuse, requestSupplement, supplement, assign, handOver, transfer, acceptTransfer
    case consultAgency, agencyReplied, completePart, submitForApproval, returnForRework, approve
    case requestPayment, confirmPayment, stop, withdraw, returnResult, apologise

    /// What the action needs besides the actor.
    public var needsReason: Bool {
        [.refuse, .requestSupplement, .transfer, .returnForRework, .stop, .withdraw, .apologise, .consultAgency].contains(self)
    }
    /// Decisions that belong to the unit with authority (not to the unit that only received the dossier).
    public var isAuthorityDecision: Bool {
        [.assign, .handOver, .consultAgency, .agencyReplied, .submitForApproval, .returnForRework, .approve, .stop,
         .apologise, .requestPayment].contains(self)
    }
    public var needsAssignee: Bool { self == .assign || self == .handOver }

    public var vietnamese: String {
        switch self {
        case .submit: return "Nộp hồ sơ"
        case .receive: return "Tiếp nhận hồ sơ"
        case .refuse: return "Từ chối tiếp nhận"
        case .requestSupplement: return "Yêu cầu bổ sung"
        case .supplement: return "Bổ sung hồ sơ"
        case .assign: return "Phân công xử lý"
        case .handOver: return "Chuyển xử lý"
        case .transfer: return "Chuyển đơn vị/cấp khác"
        case .acceptTransfer: return "Nhận hồ sơ chuyển đến"
        case .consultAgency: return "Lấy ý kiến/chuyển cơ quan phối hợp"
        case .agencyReplied: return "Cơ quan phối hợp trả lời"
        case .completePart: return "Hoàn thành phần việc liên thông"
        case .submitForApproval: return "Trình phê duyệt"
        case .returnForRework: return "Trả lại để xử lý lại"
        case .approve: return "Phê duyệt, ký kết quả"
        case .requestPayment: return "Yêu cầu thực hiện nghĩa vụ tài chính"
        case .confirmPayment: return "Xác nhận đã thanh toán"
        case .stop: return "Dừng xử lý"
        case .withdraw: return "Rút hồ sơ"
        case .returnResult: return "Trả kết quả"
        case .apologise: return "Xin lỗi và hẹn lại ngày trả"
        }
    }

    /// Whether the applicant sees this step in their history.
    public var visibleToApplicant: Bool {
        ![.assign, .handOver, .returnForRework, .submitForApproval].contains(self)
    }
}
