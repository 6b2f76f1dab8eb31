import Foundation

/// A procedure an answer rests on.
public struct AssistantCitation: Codable, Sendable, Hashable {
    public let code: String
    public let name: String
    /// The procedure's page on the portal.
    public let url: String
    /// The official text on the National Public Service Portal.
    public let sourceUrl: String?
}
