import Fluent
import Foundation
import MotCuaCore

/// Imports the reference data files into the database.
struct ReferenceImporter {
    let files: ReferenceFiles
    let db: any Database

    struct NothingImported: Error, CustomStringConvertible {
        let errors: [CatalogueLineError]
        var description: String {
            "no procedure could be imported; the catalogue was left unchanged"
                + (errors.isEmpty ? "" : " (first problem: \(errors[0]))")
        }
    }

    var repository: ReferenceRepository { ReferenceRepository(db: db) }

    /// Imports whatever the database lacks (all of it on a fresh database).
    func importMissing(logger: Logger) async throws {
        if try await !repository.hasUnits() {
            let counts = try await importUnits()
            logger.notice("imported \(counts.units) units, \(counts.changes) dated changes, \(counts.oldCommunes) old communes")
        }
        if try await !repository.hasDecrees() {
            try await importDecrees(replace: false)
            logger.notice("imported the decreed calendars")
        }
        if try await !repository.hasCatalogue() {
            let report = try await importCatalogue()
            logger.notice("imported \(report.imported) procedures (\(report.flaggedProcedures) flagged for review, \(report.errors.count) bad lines)")
        }
    }

    func importUnits() async throws -> (units: Int, changes: Int, oldCommunes: Int) {
        let units = try files.units()
        let changes = try files.unitChanges()
        let table = try files.conversionTable()
        try await repository.replaceUnits(units, changes: changes, oldProvinces: table.provinces, oldCommunes: table.communes)
        return (units.count, changes.count, table.communes.count)
    }

    func importDecrees(replace: Bool) async throws {
        try await repository.recordDecrees(try files.decreedSchedules(), recordedBy: "import", replace: replace)
    }

    /// Parses and imports a catalogue (the shipped one by default). Bad lines are reported and skipped;
    /// when no line at all can be imported the previous catalogue stays.
    func importCatalogue(data: Data? = nil, source: String = "catalogue.jsonl") async throws -> CatalogueImportReport {
        let started = Date()
        let parsed = CatalogueParser.parse(jsonLines: try data ?? files.catalogue())
        guard !parsed.procedures.isEmpty else { throw NothingImported(errors: parsed.errors) }
        var report = CatalogueImportReport(
            source: source, imported: parsed.procedures.count,
            errors: parsed.errors.map { .init(line: $0.line, message: $0.message) },
            flags: Dictionary(uniqueKeysWithValues: parsed.flagCounts.map { ($0.key.rawValue, $0.value) }),
            flaggedProcedures: parsed.procedures.filter { !$0.flags.isEmpty }.count,
            seconds: 0)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let reportText = String(decoding: try encoder.encode(report), as: UTF8.self)
        try await repository.replaceCatalogue(Array(zip(parsed.procedures, parsed.rawLines)), source: source,
                                              report: reportText, startedAt: started)
        report.seconds = Date().timeIntervalSince(started)
        return report
    }
}
