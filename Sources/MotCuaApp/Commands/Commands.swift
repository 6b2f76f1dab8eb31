import Foundation
import MotCuaCore
import Vapor

func registerCommands(_ app: Application) {
    app.asyncCommands.use(ImportCommand(), as: "import")
    app.asyncCommands.use(CalendarCommandGroup(), as: "calendar")
    app.asyncCommands.use(CatalogueCommand(), as: "catalogue")
    app.asyncCommands.use(ConvertCommand(), as: "convert")
    app.asyncCommands.use(BenchCommand(), as: "bench")
    app.asyncCommands.use(DossierBenchCommand(), as: "bench-dossiers")
    app.asyncCommands.use(AuditCommand(), as: "audit")
    app.asyncCommands.use(SweepCommand(), as: "sweep")
    app.asyncCommands.use(OutboxCommand(), as: "outbox")
    app.asyncCommands.use(StaffCommand(), as: "staff")
    app.asyncCommands.use(TokenCommand(), as: "token")
    app.asyncCommands.use(SeedDemoCommand(), as: "seed-demo")
    app.asyncCommands.use(QRCommand(), as: "qr")
    app.asyncCommands.use(AskCommand(), as: "ask")
    app.asyncCommands.use(AssistantEvalCommand(), as: "assistant-eval")
    app.asyncCommands.use(AssistantBenchCommand(), as: "bench-assistant")
}

/// Pretty, stable JSON for command output.
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}

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

/// `motcua convert`: an old (pre-July-2025) commune to the new one(s).
struct ConvertCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "code", help: "old commune code, e.g. 00001") var code: String?
        @Option(name: "commune", help: "old commune name") var commune: String?
        @Option(name: "district", help: "old district name") var district: String?
        @Option(name: "province", help: "old province name") var province: String?
        @Flag(name: "json", help: "print JSON") var json: Bool
    }

    var help: String { "Converts an address from the old communes to the new ones." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await prepareReferenceData(app)
        let snapshot = app.reference.current!
        let rows: [OldCommune]
        if let code = signature.code {
            guard let row = snapshot.converter.convert(oldCommuneCode: code) else { throw CLIError("no old commune with code \(code)") }
            rows = [row]
        } else if let commune = signature.commune {
            rows = snapshot.converter.convert(commune: commune, district: signature.district, province: signature.province)
            guard !rows.isEmpty else { throw CLIError("no old commune named \(commune) with the district and province given") }
        } else {
            throw CLIError("give --code, or --commune (with --district and --province if known)")
        }
        let result = rows.map { AddressController.dto($0, snapshot: snapshot) }
        if signature.json {
            try printJSON(ConversionResultDTO(ambiguous: result.count > 1, matches: result, note: nil))
            return
        }
        for r in result {
            let new = r.newUnits.map { "\($0.fullName) (\($0.code)), \($0.provinceName ?? "")" }.joined(separator: "; ")
            print("\(r.old.name), \(r.old.districtName), \(r.old.provinceName) [\(r.old.code)] → \(new)\(r.split ? "  (split: every candidate listed)" : "")")
        }
    }
}
