/// One document a dossier holds, in its own slot: what it is, whether it is needed (always, or in a case), original or
/// copy, how many, and whether a digitised copy already held may be used instead.
public struct DocumentSlot: Codable, Sendable, Equatable {
    public enum Form: String, Codable, Sendable, CaseIterable {
        case original, copy, certifiedCopy, originalOrCertifiedCopy
    }

    public var key: String
    public var name: String
    public var nameEn: String?
    public var required: Bool?
    public var requiredWhen: DeclarationCondition?
    public var form: Form?
    public var count: Int?
    /// A digitised copy held in the citizen's data store or a national database may be reused.
    public var reusable: Bool?
    /// What the slot takes (`application/pdf`, `image/jpeg`, `image/png`); any of the three unless said.
    public var mediaTypes: [String]?
    public var note: String?
}
