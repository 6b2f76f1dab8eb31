

/// A legal document a procedure rests on.
public struct LegalDocument: Hashable, Codable, Sendable {
    public var title: String
    public var number: String
}
