import Fluent
import Foundation
import MotCuaCore
import Vapor

/// `motcua seed-demo`: one province (Hà Nội) with three communes, an officer of each role, a seconded officer
/// and a citizen — all with the demo password. For demonstrations only.
struct SeedDemoCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Creates demo accounts (password: \(DemoSeed.password)); see the README." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await prepareReferenceData(app)
        let created = try await DemoSeed.run(app: app)
        print(created.isEmpty ? "demo accounts already exist" : "created \(created.count) demo accounts: \(created.joined(separator: ", "))")
        print("password for every demo account: \(DemoSeed.password)")
    }
}
