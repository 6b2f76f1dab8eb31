import Foundation
import MotCuaCore
import Vapor

/// `motcua index --unit 00004 --period 2026-Q3 [--json]`: a unit's service index for a period (the country without
/// `--unit`), as the API computes it.
struct IndexCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "unit", help: "a commune or province code (the whole country when left out)") var unit: String?
        @Option(name: "period", help: "2026-08 (a month), 2026-Q3 (a quarter) or 2026 (a year)") var period: String?
        @Flag(name: "json", help: "print JSON (the API's answer)") var json: Bool
    }
    var help: String { "Computes the service index (Decision 766) of a unit for a period from the dossiers." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let text = signature.period else { throw CLIError("--period is required, e.g. 2026-Q3, 2026-08 or 2026") }
        guard let period = IndexPeriod(text) else { throw CLIError("--period \"\(text)\" is not 2026-08 (a month), 2026-Q3 (a quarter) or 2026 (a year)") }
        let app = context.application
        try await prepareReferenceData(app)
        let services = ServiceContext(app: app, db: app.db, snapshot: app.reference.current!, now: Date())
        let report: ServiceIndexQueries.Report
        do {
            report = try await ServiceIndexQueries(context: services).index(unit: signature.unit, period: period)
        } catch let error as APIError {
            throw CLIError(error.en)
        }
        let dto = IndexDTO(report, rules: app.motcuaConfig.indexRules)
        if signature.json { try printJSON(dto); return }
        func points(_ p: Double?) -> String { p.map { String(format: "%.2f", $0) } ?? "no data" }
        print("\(dto.unitName) · \(dto.period) (\(dto.from) – \(dto.to)): \(String(format: "%.2f", dto.total)) of \(Int(dto.maximum)) points (\(Int(dto.maximumWithData)) with data)")
        for g in dto.groups {
            print("  \(g.nameEn): \(String(format: "%.2f", g.points)) / \(Int(g.maximum))")
            for i in g.indicators {
                let ratio = i.denominator.map { " — \(i.numerator ?? 0)/\($0)" } ?? ""
                print("    \(i.nameEn): \(points(i.points)) / \(Int(i.maximum))\(ratio)")
            }
        }
    }
}
