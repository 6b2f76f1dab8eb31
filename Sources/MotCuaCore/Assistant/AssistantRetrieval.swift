

/// The retrieval decision: which procedures fit, and whether to answer, ask, or say "I don't know".
public struct AssistantRetrieval: Sendable {
    public enum Decision: String, Sendable {
        case answer, clarify, outOfScope, refused, invalid, dossierStatus, followUp
    }
    public let decision: Decision
    public let candidates: [AssistantCandidate]
    public let query: AssistantQuery
    public init(decision: Decision, candidates: [AssistantCandidate], query: AssistantQuery) {
        self.decision = decision; self.candidates = candidates; self.query = query
    }
}
