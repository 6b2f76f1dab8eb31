import Fluent
import Foundation
import MotCuaCore
import Vapor

/// `motcua outbox`: delivers due notifications once, and prints what is waiting.
struct OutboxCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Delivers the notifications that are due (MOTCUA_SMTP_URL, MOTCUA_WEBHOOK_URL) and reports the outbox." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        if app.motcuaConfig.webhookURL == nil {
            print(app.motcuaConfig.smtp == nil ? "Neither MOTCUA_SMTP_URL nor MOTCUA_WEBHOOK_URL is set: messages stay in the outbox"
                                               : "MOTCUA_WEBHOOK_URL is not set: texts (SMS) stay in the outbox")
        }
        let (d, f) = try await Outbox.deliverDue(app: app, now: Date(), limit: 1000)
        let counts = try await OutboxStore(db: app.db).countsByStatus().map { "\($0.status) \($0.count)" }
        print("delivered \(d), failed \(f); outbox: \(counts.joined(separator: ", "))")
    }
}
