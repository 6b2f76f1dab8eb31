import Fluent
import Foundation
import MotCuaCore

/// What a catalogue import did, for the CLI report and the import log.
public struct CatalogueImportReport: Codable, Sendable {
    public struct LineError: Codable, Sendable {
        public let line: Int
        public let message: String
    }
    public var source: String
    public var imported: Int
    public var errors: [LineError]
    /// Procedures per review flag.
    public var flags: [String: Int]
    /// Procedures with at least one flag.
    public var flaggedProcedures: Int
    public var seconds: Double
}
