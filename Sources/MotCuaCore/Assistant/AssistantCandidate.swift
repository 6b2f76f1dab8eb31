

/// One procedure the assistant proposes.
public struct AssistantCandidate: Sendable, Hashable {
    public let summary: ProcedureSummary
    public let score: Double
    public init(summary: ProcedureSummary, score: Double) { self.summary = summary; self.score = score }
}
