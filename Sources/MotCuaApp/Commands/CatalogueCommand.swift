import Fluent
import Foundation
import MotCuaCore
import Vapor

/// `motcua catalogue abolish|assign|report`: records that a decision abolishes a procedure from a day, or changes the
/// level (or agency) that carries it out from a day (or withdraws a mistaken record); prints the report of procedures
/// moved between levels over a period.
struct CatalogueCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "abolish, assign or report") var action: String
        @Option(name: "procedure", help: "the procedure's code, e.g. 1.001193") var procedure: String?
        @Option(name: "from", help: "the day it takes effect, YYYY-MM-DD (report: the first day)") var from: String?
        @Option(name: "to", help: "report: the last day, YYYY-MM-DD (default today)") var to: String?
        @Option(name: "levels", help: "assign: the levels from that day, comma-separated: central, province, commune, other") var levels: String?
        @Option(name: "agency", help: "assign: the competent agency from that day") var agency: String?
        @Option(name: "decision", help: "the deciding document, e.g. \"Quyết định 1234/QĐ-BTP ngày 20/11/2026\"") var decision: String?
        @Flag(name: "introduce", help: "assign: the procedure is received only from that day") var introduce: Bool
        @Flag(name: "correction", help: "accept a past effective day, correcting a wrong record") var correction: Bool
        @Flag(name: "withdraw", help: "withdraw a record made by mistake (assign: the one for --from)") var withdraw: Bool
        @Flag(name: "json", help: "report: print JSON") var json: Bool
    }
    var help: String {
        "Records catalogue changes: catalogue abolish --procedure C --from D --decision T [--correction] [--withdraw] | "
            + "catalogue assign --procedure C --levels commune --from D --decision T [--agency A] [--introduce] [--correction] [--withdraw] | "
            + "catalogue report [--from D] [--to D] [--json]"
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard ["abolish", "assign", "report"].contains(signature.action) else {
            throw CLIError("unknown action \(signature.action); use: catalogue abolish, catalogue assign or catalogue report")
        }
        let app = context.application
        try await prepareReferenceData(app)
        let snapshot = app.reference.current!
        let services = ServiceContext(app: app, db: app.db, snapshot: snapshot, now: Date())
        if signature.action == "report" { return try await report(services, signature) }
        guard let code = signature.procedure else { throw CLIError("--procedure is required") }
        guard snapshot.catalogue.procedure(code: code) != nil else { throw CLIError("no procedure \(code) in the catalogue") }
        if signature.action == "assign" { return try await assign(services, code: code, signature) }
        if signature.withdraw {
            guard snapshot.changes.abolitions[code] != nil else { throw CLIError("no abolition is recorded for \(code)") }
            try await ReferenceRepository.recordAbolition(app: app, code: code, nil, by: Principal.commandLine.auditName, at: Date())
            print("withdrew the abolition of \(code)")
            return
        }
        switch ProcedureAbolition.parse(code: code, effective: signature.from ?? "", decision: signature.decision ?? "",
                                        correction: signature.correction, today: services.today) {
        case .success(let abolition):
            try await ReferenceRepository.recordAbolition(app: app, code: code, abolition, by: Principal.commandLine.auditName, at: Date())
            print("recorded: \(abolition.vietnamese)")
        case .failure(let problem):
            throw CLIError(problem.english)
        }
    }

    private func assign(_ services: ServiceContext, code: String, _ signature: Signature) async throws {
        let service = Decentralisation(services)
        do {
            if signature.withdraw {
                try await service.withdraw(code, effective: signature.from ?? "", by: .commandLine)
                print("withdrew the change of \(code) effective \(signature.from ?? "")")
                return
            }
            let input = CompetenceChangeInput(kind: signature.introduce ? "introduce" : "assign",
                                              levels: (signature.levels ?? "").split(separator: ",").map(String.init), agency: signature.agency,
                                              effective: signature.from ?? "", decision: signature.decision ?? "", correction: signature.correction)
            let change = try await service.record(code, input, by: .commandLine)
            print("recorded (\(change.movement)): \(change.text)")
        } catch let error as APIError {
            throw CLIError(error.en)
        }
    }

    private func report(_ services: ServiceContext, _ signature: Signature) async throws {
        let report: DecentralisationReport
        do {
            report = try await Decentralisation(services).report(from: signature.from, to: signature.to)
        } catch let error as APIError {
            throw CLIError(error.en)
        }
        let dto = DecentralisationReportDTO(report)
        if signature.json { try printJSON(dto); return }
        let t = dto.totals
        print("\(dto.from) … \(dto.to): \(t.decentralised) decentralised from central to local level, \(t.reassigned) reassigned between levels, "
              + "\(t.agencyChanged) with another competent agency, \(t.introduced) introduced, \(t.abolished) abolished (\(t.total) procedures)")
        for f in dto.byField { print("  \(f.name.isEmpty ? "(no field)" : f.name): \(f.decentralised) / \(f.reassigned) / \(f.abolished) (\(f.total))") }
    }
}
