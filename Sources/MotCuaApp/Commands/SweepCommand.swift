import Fluent
import Foundation
import MotCuaCore
import Vapor

/// `motcua sweep`: records near-due and overdue warnings now (the server also runs it periodically).
struct SweepCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Records near-due (≤ 1 working day) and overdue warnings for officers and leaders." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await prepareReferenceData(app)
        let r = try await DeadlineSweep.run(app: app, snapshot: app.reference.current!, now: Date())
        print("checked \(r.checked) open dossiers: \(r.nearDue) near due, \(r.overdue) overdue; \(r.warningsWritten) new warnings; \(r.conversationsDeleted) old assistant conversations deleted")
    }
}
