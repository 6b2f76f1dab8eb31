

/// What a conversation remembers between questions, and the rules for reading a reply in its light.
public struct ConversationState: Codable, Sendable, Equatable {
    /// The procedures the last answer was about (for follow-ups such as "còn lệ phí thì sao?").
    public var lastCodes: [String] = []
    /// The options of a clarifying question still waiting for a choice.
    public var choices: [String] = []
    /// A dossier code waiting for the applicant's phone number.
    public var pendingDossier: String?
    public init() {}
}
