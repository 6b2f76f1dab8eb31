import Foundation

/// What the assistant says, and on which procedures it rests.
public struct AssistantReply: Sendable {
    public var text: String
    public var language: AnswerLanguage
    public var decision: AssistantRetrieval.Decision
    /// The procedures proposed, best first, with their retrieval scores.
    public var candidates: [AssistantCandidate]
    /// The procedures the text cites (every answer about procedures cites at least one).
    public var citations: [AssistantCitation]
    public var needsClarification: Bool { decision == .clarify }
    public var outOfScope: Bool { decision == .outOfScope }
    public var refused: Bool { decision == .refused || decision == .invalid }
}
