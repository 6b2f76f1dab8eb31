import Foundation

/// The abolitions recorded, by procedure code.
public struct CatalogueChanges: Sendable {
    public let abolitions: [String: ProcedureAbolition]

    public init(_ abolitions: [ProcedureAbolition] = []) {
        self.abolitions = Dictionary(abolitions.map { ($0.code, $0) }, uniquingKeysWith: { $1 })
    }

    /// The abolition of `code` if it is in force on `date`.
    public func abolished(_ code: String, on date: LocalDate) -> ProcedureAbolition? {
        abolitions[code].flatMap { $0.inForce(on: date) ? $0 : nil }
    }

    /// Codes abolished on `date` (left out of searches).
    public func abolishedCodes(on date: LocalDate) -> Set<String> {
        Set(abolitions.values.filter { $0.inForce(on: date) }.map(\.code))
    }
}
