import Foundation
import MotCuaCore
import Vapor

/// `motcua generate-dossiers --count N --from YYYY-MM-DD --to YYYY-MM-DD --seed S`: realistic dossiers with their
/// histories, straight into the database (for benchmarks and demonstrations; see ``DossierGenerator``).
struct GenerateDossiersCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "count", help: "how many dossiers") var count: Int?
        @Option(name: "from", help: "first day of receipt, YYYY-MM-DD") var from: String?
        @Option(name: "to", help: "last day of receipt, YYYY-MM-DD (not after today)") var to: String?
        @Option(name: "seed", help: "the same seed gives the same dossiers (default 1)") var seed: String?
        @Flag(name: "quiet", help: "no progress lines") var quiet: Bool
    }
    var help: String { "Writes realistic dossiers with full histories into the database, for benchmarks and demonstrations." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let count = signature.count else { throw CLIError("--count is required, e.g. --count 100000") }
        guard count > 0, count <= 50_000_000 else { throw CLIError("--count must be between 1 and 50,000,000") }
        guard let fromText = signature.from, let from = LocalDate(iso: fromText) else { throw CLIError("--from must be a date, YYYY-MM-DD") }
        guard let toText = signature.to, let to = LocalDate(iso: toText) else { throw CLIError("--to must be a date, YYYY-MM-DD") }
        guard from <= to else { throw CLIError("--from \(from) is after --to \(to)") }
        let today = LocalDateTime(Date()).date
        guard to <= today else { throw CLIError("--to \(to) is in the future: dossiers are generated up to today (\(today))") }
        guard from >= LocalDate(year: 2025, month: 7, day: 1) else { throw CLIError("--from must be on or after 2025-07-01 (the two-tier units)") }
        let seedText = signature.seed ?? "1"
        guard let seed = UInt64(seedText) else { throw CLIError("--seed must be a whole number") }
        let app = context.application
        try await prepareReferenceData(app)
        if case .sqlite = app.motcuaConfig.database { try await SQLiteSettings.bulk(app, megabytes: 2048) }
        let services = ServiceContext(app: app, db: app.db, snapshot: app.reference.current!, now: Date())
        let started = Date()
        let quiet = signature.quiet
        let figures = try await DossierGenerator(context: services).run(.init(count: count, from: from, to: to, seed: seed)) { day, f in
            if !quiet, day.day == 1 || f.dossiers == count {
                let s = Date().timeIntervalSince(started)
                FileHandle.standardError.write(Data("\(day): \(f.dossiers) dossiers, \(Int(Double(f.dossiers) / max(s, 0.001)))/s\n".utf8))
            }
        }
        let seconds = Date().timeIntervalSince(started)
        let size = try await DatabaseSize.bytes(app)
        print("""
            generated \(figures.dossiers) dossiers (\(figures.events) control-sheet lines, \(figures.documents) documents, \(figures.ratings) ratings; \
            \(figures.open) still open, \(figures.late) ended late) in \(String(format: "%.1f", seconds)) s \
            (making \(String(format: "%.1f", figures.makingSeconds)) s, writing \(String(format: "%.1f", figures.writingSeconds)) s): \
            \(Int(Double(figures.dossiers) / max(seconds, 0.001))) dossiers/s; database \(size.map { String(format: "%.2f GB", Double($0) / 1e9) } ?? "size unknown")
            """)
    }
}
