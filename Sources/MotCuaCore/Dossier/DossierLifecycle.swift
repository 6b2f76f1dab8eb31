

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
