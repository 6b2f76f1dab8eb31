import Foundation

/// A catalogue line that could not be imported.
public struct CatalogueLineError: Error, Sendable, CustomStringConvertible {
    public let line: Int
    public let message: String
    public var description: String { "line \(line): \(message)" }
}
