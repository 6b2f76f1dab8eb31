import Fluent
import Foundation
import MotCuaCore
import Vapor

/// `motcua audit verify`: walks the hash chain and names the first entry that was changed, inserted or deleted.
struct AuditCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "verify (the chain, against the key and the checkpoints) or checkpoint (write one now)") var action: String
    }
    var help: String { "Verifies the sealed audit log against its key and checkpoints (exit 1 and the entry when it was tampered with), or writes a checkpoint." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard ["verify", "checkpoint"].contains(signature.action) else { throw CLIError("usage: motcua audit verify | motcua audit checkpoint") }
        let app = context.application
        try await app.autoMigrate()
        let config = app.motcuaConfig
        if signature.action == "checkpoint" {
            guard let file = config.auditCheckpointFile, let key = AuditChain.key else {
                throw CLIError("no checkpoint file: set MOTCUA_AUDIT_CHECKPOINTS")
            }
            let seq = try await AuditCheckpoints.write(app.db, key: key, file: file, after: 0, now: Date())
            print("checkpoint of entry \(seq) written to \(file.path)")
            return
        }
        let checkpoints = config.auditCheckpointFile.map { AuditCheckpoints.load($0, key: AuditChain.key) } ?? .init()
        let v = try await AuditChain.verify(app.db, key: AuditChain.key, checkpoints: checkpoints)
        let anchors = "checked against: " + v.anchors.joined(separator: "; ")
        if let problem = v.problem {
            print("audit log BROKEN at entry \(v.badSequence ?? 0): \(problem)")
            print("\(v.entries) entries before it verified; \(anchors)")
            throw ExitCode(1)
        }
        print("audit log intact: \(v.entries) entries, chain verified; \(anchors)")
    }
}
