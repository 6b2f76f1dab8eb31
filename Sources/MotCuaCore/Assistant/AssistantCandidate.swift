
/// One procedure the assistant proposes.
public struct AssistantCandidate: Sendable, Hashable {
    public let summary: ProcedureSummary
    /// The ranking score.
    public let score: Double
    /// How well the question matches the procedure's own text, before the field the question's words fit is weighed
    /// in: whether the catalogue holds anything like the question at all is decided on this.
    public let match: Double
    public init(summary: ProcedureSummary, score: Double, match: Double? = nil) {
        self.summary = summary; self.score = score; self.match = match ?? score
    }
}
