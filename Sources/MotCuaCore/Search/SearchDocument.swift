import Foundation

/// A document to index: an identifier and weighted text fields.
public struct SearchDocument: Sendable {
    public var id: String
    /// The document's title: a query that stands in it as a phrase ranks higher, the more so the
    /// more of the title it covers.
    public var title: String
    public var fields: [(text: String, weight: Double)]
    public init(id: String, title: String, fields: [(text: String, weight: Double)]) {
        self.id = id; self.title = title; self.fields = fields
    }
}
