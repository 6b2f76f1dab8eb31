import Fluent
import Foundation
import MotCuaCore
import Vapor

/// `motcua catalogue abolish`: records that a decision abolishes a procedure from a day (or withdraws a mistaken record).
struct CatalogueCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "abolish") var action: String
        @Option(name: "procedure", help: "the procedure's code, e.g. 1.001193") var procedure: String?
        @Option(name: "from", help: "the day it takes effect, YYYY-MM-DD") var from: String?
        @Option(name: "decision", help: "the abolishing decision, e.g. \"Quyết định 1234/QĐ-BTP ngày 20/11/2026\"") var decision: String?
        @Flag(name: "withdraw", help: "withdraw an abolition recorded by mistake") var withdraw: Bool
    }
    var help: String { "Records a procedure's abolition by a decision from a day: catalogue abolish --procedure C --from D --decision T [--withdraw]" }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "abolish" else { throw CLIError("unknown action \(signature.action); use: catalogue abolish") }
        guard let code = signature.procedure else { throw CLIError("--procedure is required") }
        let app = context.application
        try await prepareReferenceData(app)
        let snapshot = app.reference.current!
        guard snapshot.catalogue.procedure(code: code) != nil else { throw CLIError("no procedure \(code) in the catalogue") }
        if signature.withdraw {
            guard snapshot.changes.abolitions[code] != nil else { throw CLIError("no abolition is recorded for \(code)") }
            try await ReferenceRepository.recordAbolition(app: app, code: code, nil, by: "cli", at: Date())
            print("withdrew the abolition of \(code)")
            return
        }
        switch ProcedureAbolition.parse(code: code, effective: signature.from ?? "", decision: signature.decision ?? "") {
        case .success(let abolition):
            try await ReferenceRepository.recordAbolition(app: app, code: code, abolition, by: "cli", at: Date())
            print("recorded: \(abolition.vietnamese)")
        case .failure(let problem):
            throw CLIError(problem.english)
        }
    }
}
