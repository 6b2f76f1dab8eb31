import Fluent
import Foundation
import MotCuaCore
import Vapor

struct TokenCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "create") var action: String
        @Option(name: "name") var name: String?
        @Option(name: "scope", help: "space- or comma-separated: dossiers:submit dossiers:read payments:confirm agency:reply") var scope: String?
    }
    var help: String { "Creates a scoped API token for an integration (printed once)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "create", let name = signature.name, let scopeText = signature.scope else {
            throw CLIError("usage: motcua token create --name NAME --scope payments:confirm")
        }
        let scopes = try scopeText.split(whereSeparator: { $0 == " " || $0 == "," }).map { s in
            guard let scope = TokenScope(rawValue: String(s)) else { throw CLIError("unknown scope \(s)") }
            return scope
        }
        let app = context.application
        try await app.autoMigrate()
        let t = try await app.writeTransaction { db in
            let t = try await IdentityStore(db: db).createToken(name: name, scopes: scopes, expires: nil, now: Date())
            try await AuditChain.append(db, actor: "cli", action: "token.create", subject: "token:\(t.id)", detail: scopeText)
            return t
        }
        print(t.token)
    }
}
