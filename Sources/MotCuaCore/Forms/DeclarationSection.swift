/// A part of the declaration (the person asking, the child, the mother, the father…).
public struct DeclarationSection: Codable, Sendable, Equatable {
    public var key: String
    public var title: String
    public var titleEn: String?
    public var fields: [DeclarationField]
}
