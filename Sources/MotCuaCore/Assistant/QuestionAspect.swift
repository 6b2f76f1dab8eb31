

/// What the person asks about a procedure, besides which one it is.
public enum QuestionAspect: String, Codable, Sendable, CaseIterable {
    case fee, time, documents, place, online, steps
    /// Which level or unit handles it (officers' questions: "is this task mine?").
    case authority
    /// By when the asker must do it ("bao lâu phải đi khai sinh": the law's time limit, not the office's processing time).
    case deadline
}
