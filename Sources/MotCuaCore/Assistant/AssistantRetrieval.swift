

/// The retrieval decision: which procedures fit, and whether to answer, ask, or say "I don't know".
public struct AssistantRetrieval: Sendable {
    public enum Decision: String, Sendable {
        case answer, clarify, outOfScope, refused, invalid, dossierStatus, followUp
    }
    public let decision: Decision
    public let candidates: [AssistantCandidate]
    public let query: AssistantQuery
    /// The best candidate's score before the decision (also when the decision is "I don't know"), for calibration.
    public var bestScore: Double = 0
    public init(decision: Decision, candidates: [AssistantCandidate], query: AssistantQuery) {
        self.decision = decision; self.candidates = candidates; self.query = query
    }
}
