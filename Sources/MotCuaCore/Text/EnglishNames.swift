/// English names beside the Vietnamese ones, so that every label and status can be shown in the reader's language.

extension DossierState {
    public var english: String {
        switch self {
        case .submitted: return "Submitted, waiting to be received"
        case .received: return "Received"
        case .notAccepted: return "Not accepted"
        case .processing: return "Being processed"
        case .transferred: return "Being transferred to another unit"
        case .waitingForAgency: return "Waiting for another agency"
        case .awaitingApproval: return "Waiting for the leader's approval"
        case .supplementRequested: return "Documents requested from you"
        case .paymentRequested: return "Waiting for a payment"
        case .withdrawn: return "Withdrawn"
        case .stopped: return "Processing stopped"
        case .completed: return "Result ready to collect"
        case .returned: return "Result returned"
        }
    }
}

extension Role {
    public var english: String {
        switch self {
        case .counterOfficer: return "Counter officer"
        case .specialist: return "Specialist"
        case .divisionHead: return "Head of division"
        case .leader: return "People's Committee leader (approves)"
        case .director: return "Director of the centre"
        case .supervisor: return "Provincial supervisor"
        case .administrator: return "Administrator"
        case .citizen: return "Applicant"
        case .integration: return "Connected system"
        case .system: return "MotCua"
        }
    }
}

extension DossierAction {
    public var english: String {
        switch self {
        case .submit: return "Submitted"
        case .receive: return "Received"
        case .refuse: return "Not accepted"
        case .requestSupplement: return "Documents requested"
        case .supplement: return "Documents added"
        case .assign: return "Assigned"
        case .handOver: return "Handed over"
        case .transfer: return "Transferred to another unit or level"
        case .acceptTransfer: return "Transfer accepted"
        case .consultAgency: return "Sent to another agency for its opinion"
        case .agencyReplied: return "The other agency replied"
        case .completePart: return "Joint part completed"
        case .submitForApproval: return "Submitted for approval"
        case .returnForRework: return "Returned for rework"
        case .approve: return "Approved and signed"
        case .requestPayment: return "Payment requested"
        case .confirmPayment: return "Payment confirmed"
        case .stop: return "Processing stopped"
        case .withdraw: return "Withdrawn"
        case .returnResult: return "Result returned"
        case .apologise: return "Apology with a new date"
        }
    }
}

extension ServiceRating {
    public var english: String {
        switch self {
        case .verySatisfied: return "Very satisfied"
        case .satisfied: return "Satisfied"
        case .dissatisfied: return "Not satisfied"
        }
    }
}

extension DossierClock.Outcome {
    public var english: String {
        switch self {
        case .early: return "Before the deadline"
        case .onTime: return "On time"
        case .late: return "Late"
        }
    }
}

extension ProcessingTime {
    public var english: String { AnswerComposer.english(self) }
}

extension DossierAction {
    /// The action as a button says it (the Vietnamese name serves both as a step and as a command).
    public var englishCommand: String {
        switch self {
        case .submit: return "Submit"
        case .receive: return "Receive"
        case .refuse: return "Refuse to accept"
        case .requestSupplement: return "Request documents"
        case .supplement: return "Record documents added"
        case .assign: return "Assign"
        case .handOver: return "Hand over"
        case .transfer: return "Transfer to another unit or level"
        case .acceptTransfer: return "Accept the transfer"
        case .consultAgency: return "Ask another agency"
        case .agencyReplied: return "Record the agency's reply"
        case .completePart: return "Complete the joint part"
        case .submitForApproval: return "Submit for approval"
        case .returnForRework: return "Return for rework"
        case .approve: return "Approve and sign"
        case .requestPayment: return "Request payment"
        case .confirmPayment: return "Confirm payment"
        case .stop: return "Stop processing"
        case .withdraw: return "Withdraw"
        case .returnResult: return "Return the result"
        case .apologise: return "Apologise with a new date"
        }
    }
}
