import Foundation
import MotCuaCore
import NIOConcurrencyHelpers

/// Everything read-mostly that requests consult, held in memory: units, the conversion table,
/// the catalogue with its search index, and the working calendar.
public struct ReferenceSnapshot: Sendable {
    public let version: Int
    public let units: UnitDirectory
    public let converter: AddressConverter
    public let oldProvinces: [String: (name: String, newCodes: [String])]
    public let catalogue: ProcedureSearch
    public let calendar: WorkingCalendar
    /// Procedure codes by field, with counts, for browsing.
    public let fields: [(field: String, count: Int)]
    /// Procedures abolished, from their effective day.
    public var changes = CatalogueChanges()
    /// Administrators' corrections of imported procedures (refined declarations, reviewed flags).
    public var corrections = ProcedureCorrections()
    /// Province and city names, today's and before July 2025, as the assistant takes them out of questions.
    public var placeNames: [[Substring]] = []
    /// The assistant's examples with this catalogue's titles, indexed once (``AssistantExamples/standard(titles:)``).
    public var assistantExamples: AssistantExamples?

    /// The assistant over this snapshot's catalogue, knowing its place names.
    public func assistant() -> Assistant {
        var assistant = Assistant(catalogue: catalogue, examples: assistantExamples)
        assistant.placeNames = placeNames
        return assistant
    }
}
