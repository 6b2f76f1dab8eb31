

/// How a dossier reaches the authority.
public enum Channel: String, Codable, Sendable, CaseIterable {
    case online, post, counter
}
