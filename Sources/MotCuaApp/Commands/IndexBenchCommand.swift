import Foundation
import MotCuaCore
import Vapor

/// `motcua bench-index --period 2026-Q3`: how long the service index takes over the dossiers in the database (fill it
/// with `motcua generate-dossiers` first): every commune's index for the period, a province's ranking of its communes,
/// the ranking of the provinces, and one commune's breakdown with its late dossiers.
struct IndexBenchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "period", help: "2026-Q3 (default), 2026-08 or 2026") var period: String?
        @Option(name: "runs", help: "runs of each measure (default 5)") var runs: Int?
        @Option(name: "province", help: "province ranked (default 01)") var province: String?
        @Flag(name: "rebuild", help: "also time recomputing every total from the dossiers") var rebuild: Bool
        @Flag(name: "json", help: "print JSON") var json: Bool
    }
    var help: String { "Measures the service index over the dossiers held (generate them first with generate-dossiers)." }

    struct Figure: Codable {
        let name: String
        let runs: Int
        let minMs: Double
        let medianMs: Double
        let maxMs: Double
        let units: Int
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let text = signature.period ?? "2026-Q3"
        guard let period = IndexPeriod(text) else { throw CLIError("--period \"\(text)\" is not 2026-08, 2026-Q3 or 2026") }
        let runs = max(1, signature.runs ?? 5)
        let app = context.application
        try await prepareReferenceData(app)
        let services = ServiceContext(app: app, db: app.db, snapshot: app.reference.current!, now: Date())
        let queries = ServiceIndexQueries(context: services)
        let province = signature.province ?? "01"
        var figures: [Figure] = []
        func measure(_ name: String, _ body: () async throws -> Int) async throws {
            var times: [Double] = []
            var units = 0
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                units = try await body()
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            times.sort()
            figures.append(Figure(name: name, runs: runs, minMs: times[0], medianMs: times[times.count / 2], maxMs: times[times.count - 1], units: units))
        }
        try await measure("every commune's index") { try await queries.communes(period: period).count }
        try await measure("ranking of province \(province)'s communes") { try await queries.rankings(province: province, period: period).entries.count }
        try await measure("ranking of the provinces") { try await queries.rankings(province: nil, period: period).entries.count }
        let busiest = try await queries.communes(period: period).max { ($0.facts[.progress]?.denominator ?? 0) < ($1.facts[.progress]?.denominator ?? 0) }
        if let code = busiest?.unitCode {
            try await measure("one commune's breakdown (\(code), \(busiest?.facts[.progress]?.denominator ?? 0) dossiers counted)") {
                try await queries.index(unit: code, period: period).late.count
            }
        }
        if signature.rebuild {
            try await measure("recount of every total from the dossiers") {
                try await app.writeTransaction { db in try await IndexTotalsStore(db).rebuild() }
                return 0
            }
        }
        let dossiers = try await DossierStore(app.db).count()
        if signature.json { try printJSON(["period": text, "dossiers": String(dossiers)]); try printJSON(figures); return }
        print("service index \(text) over \(dossiers) dossiers (\(runs) runs each):")
        for f in figures {
            print(String(format: "  %@: median %.1f ms (min %.1f, max %.1f) — %d units", f.name, f.medianMs, f.minMs, f.maxMs, f.units))
        }
    }
}
