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

/// Why a transition is refused.
public enum TransitionError: Error, Equatable, Sendable {
    case illegal(from: DossierState, action: DossierAction)
    case roleNotAllowed(role: Role, action: DossierAction)
    case alreadyApologised
    case newAppointmentNotLater
    case partsOutstanding(Int)
}

/// The legal transitions (the processing control sheet records each one) and who may make them.
public enum DossierLifecycle {
    private static let open: Set<DossierState> = [.received, .processing, .transferred, .waitingForAgency, .awaitingApproval,
                                                  .supplementRequested, .paymentRequested]

    /// The states an action may start from.
    public static func sources(of action: DossierAction) -> Set<DossierState> {
        switch action {
        case .submit: return []
        case .receive, .refuse: return [.submitted]
        case .requestSupplement: return [.submitted, .received, .processing]
        case .supplement: return [.supplementRequested]
        case .assign: return [.received]
        case .handOver, .consultAgency, .submitForApproval, .completePart: return [.processing]
        case .transfer: return [.received, .processing]
        case .acceptTransfer: return [.transferred]
        case .agencyReplied: return [.waitingForAgency]
        case .returnForRework, .approve: return [.awaitingApproval]
        case .requestPayment: return [.received, .processing]
        case .confirmPayment: return [.paymentRequested]
        case .stop: return open.subtracting([.transferred])
        case .withdraw: return open.union([.submitted]).subtracting([.transferred])
        case .returnResult: return [.completed]
        case .apologise: return open
        }
    }

    /// Who may take an action (the unit check — own unit, own province — is separate).
    public static func roles(for action: DossierAction) -> Set<Role> {
        let all: Set<Role>
        switch action {
        case .submit: all = [.citizen, .counterOfficer, .integration]
        case .receive, .refuse: all = [.counterOfficer, .director]
        case .requestSupplement: all = [.counterOfficer, .specialist, .divisionHead]
        case .supplement: all = [.citizen, .counterOfficer, .integration]
        case .assign: all = [.counterOfficer, .divisionHead, .leader, .director]
        case .handOver: all = [.specialist, .divisionHead, .leader]
        case .transfer: all = [.counterOfficer, .specialist, .divisionHead, .leader, .director]
        case .acceptTransfer: all = [.counterOfficer, .divisionHead, .leader, .director]
        case .consultAgency, .submitForApproval: all = [.specialist, .divisionHead]
        case .completePart: all = [.specialist, .divisionHead, .integration]
        case .agencyReplied: all = [.specialist, .divisionHead, .integration]
        case .returnForRework: all = [.divisionHead, .leader, .director]
        case .approve: all = [.leader, .director]
        case .requestPayment: all = [.counterOfficer, .specialist, .divisionHead]
        case .confirmPayment: all = [.counterOfficer, .integration]
        case .stop: all = [.leader, .director]
        case .withdraw: all = [.citizen, .counterOfficer]
        case .returnResult: all = [.counterOfficer, .specialist]
        case .apologise: all = [.specialist, .divisionHead, .leader, .director]
        }
        // The administrator can do every staff step (never the applicant's own).
        return action == .supplement || action == .withdraw || action == .submit ? all : all.union([.administrator])
    }

    /// The state an action leads to from `state`, or why it may not be taken. `resume` is the state a
    /// supplemented or paid dossier goes back to; `partsLeft` the interconnected parts not yet complete.
    public static func next(from state: DossierState, action: DossierAction, role: Role,
                            resume: DossierState? = nil, partsLeft: Int = 0) -> Result<DossierState, TransitionError> {
        guard sources(of: action).contains(state) else { return .failure(.illegal(from: state, action: action)) }
        guard roles(for: action).contains(role) else { return .failure(.roleNotAllowed(role: role, action: action)) }
        switch action {
        case .submit: return .success(.submitted)
        case .receive: return .success(.received)
        case .refuse: return .success(.notAccepted)
        case .requestSupplement: return .success(.supplementRequested)
        case .supplement, .confirmPayment: return .success(resume ?? .processing)
        case .assign, .handOver, .acceptTransfer, .agencyReplied, .returnForRework: return .success(.processing)
        case .transfer: return .success(.transferred)
        case .consultAgency: return .success(.waitingForAgency)
        case .completePart: return .success(partsLeft <= 1 ? .awaitingApproval : .processing)
        case .submitForApproval:
            return partsLeft > 0 ? .failure(.partsOutstanding(partsLeft)) : .success(.awaitingApproval)
        case .approve: return .success(.completed)
        case .requestPayment: return .success(.paymentRequested)
        case .stop: return .success(.stopped)
        case .withdraw: return .success(.withdrawn)
        case .returnResult: return .success(.returned)
        case .apologise: return .success(state)
        }
    }

}
