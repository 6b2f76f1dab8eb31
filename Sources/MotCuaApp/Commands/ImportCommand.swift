import Foundation
import MotCuaCore
import Vapor

/// `motcua import`: (re)imports the reference data in one transaction per data set.
struct ImportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "only", help: "units, calendar or catalogue (default: all)")
        var only: String?
        @Option(name: "catalogue", help: "a catalogue JSON-lines file to import instead of the shipped one")
        var catalogue: String?
        @Flag(name: "report", help: "print the review-flag report of the catalogue")
        var report: Bool
        @Flag(name: "json", help: "print the report as JSON")
        var json: Bool
    }

    var help: String { "Imports the reference data (units, conversion table, calendar, procedure catalogue)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let only = signature.only
        guard only == nil || ["units", "calendar", "catalogue"].contains(only!) else {
            throw CLIError("--only takes units, calendar or catalogue")
        }
        try await app.autoMigrate()
        let importer = ReferenceImporter(files: ReferenceFiles(directory: app.motcuaConfig.dataDirectory), db: app.db)
        if only == nil || only == "units" {
            let c = try await importer.importUnits()
            FileHandle.standardError.write(Data("units: \(c.units) (with \(c.changes) dated changes), conversion table: \(c.oldCommunes) old communes\n".utf8))
        }
        if only == nil || only == "calendar" {
            try await importer.importDecrees(replace: true)
            FileHandle.standardError.write(Data("calendar: decreed schedules recorded\n".utf8))
        }
        if only == nil || only == "catalogue" {
            var data: Data? = nil
            var source = "catalogue.jsonl"
            if let path = signature.catalogue {
                guard let d = FileManager.default.contents(atPath: path) else { throw CLIError("cannot read \(path)") }
                data = d
                source = path
            }
            let report = try await importer.importCatalogue(data: data, source: source)
            if signature.json {
                try printJSON(report)
            } else {
                print("catalogue: \(report.imported) procedures imported in \(String(format: "%.1f", report.seconds)) s; \(report.flaggedProcedures) flagged for review; \(report.errors.count) bad lines")
                for e in report.errors.prefix(50) { print("  line \(e.line): \(e.message)") }
                if report.errors.count > 50 { print("  … and \(report.errors.count - 50) more") }
                if signature.report {
                    print("review flags (procedures per flag):")
                    for flag in ReviewFlag.allCases {
                        print("  " + flag.rawValue.padding(toLength: 22, withPad: " ", startingAt: 0) + "\(report.flags[flag.rawValue] ?? 0)")
                    }
                }
            }
        }
    }
}
