

/// What an integration token may do.
public enum TokenScope: String, Codable, Sendable, CaseIterable {
    /// Submit dossiers and supplements on an applicant's behalf (a portal).
    case submit = "dossiers:submit"
    /// Read dossier status (a portal).
    case read = "dossiers:read"
    /// Confirm payments (a payment gateway).
    case confirmPayment = "payments:confirm"
    /// Report a participating agency's reply or part (another agency's system).
    case agencyReply = "agency:reply"

    /// The dossier actions an integration holding this scope may take.
    public var actions: Set<DossierAction> {
        switch self {
        case .submit: return [.submit, .supplement]
        case .read: return []
        case .confirmPayment: return [.confirmPayment]
        case .agencyReply: return [.agencyReplied, .completePart]
        }
    }
}
