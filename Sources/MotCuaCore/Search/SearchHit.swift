import Foundation

/// A ranked hit.
public struct SearchHit: Sendable, Hashable {
    /// Position of the document in the indexed array.
    public let index: Int
    public let id: String
    public let score: Double
}
