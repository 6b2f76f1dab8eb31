import Foundation
import MotCuaCore
import Vapor

func registerCommands(_ app: Application) {
    app.asyncCommands.use(ImportCommand(), as: "import")
    app.asyncCommands.use(CalendarCommandGroup(), as: "calendar")
    app.asyncCommands.use(CatalogueCommand(), as: "catalogue")
    app.asyncCommands.use(ConvertCommand(), as: "convert")
    app.asyncCommands.use(BenchCommand(), as: "bench")
    app.asyncCommands.use(DossierBenchCommand(), as: "bench-dossiers")
    app.asyncCommands.use(AuditCommand(), as: "audit")
    app.asyncCommands.use(SweepCommand(), as: "sweep")
    app.asyncCommands.use(IndexCommand(), as: "index")
    app.asyncCommands.use(GenerateDossiersCommand(), as: "generate-dossiers")
    app.asyncCommands.use(IndexBenchCommand(), as: "bench-index")
    app.asyncCommands.use(OutboxCommand(), as: "outbox")
    app.asyncCommands.use(StaffCommand(), as: "staff")
    app.asyncCommands.use(TokenCommand(), as: "token")
    app.asyncCommands.use(SeedDemoCommand(), as: "seed-demo")
    app.asyncCommands.use(QRCommand(), as: "qr")
    app.asyncCommands.use(AskCommand(), as: "ask")
    app.asyncCommands.use(AssistantEvalCommand(), as: "assistant-eval")
    app.asyncCommands.use(AssistantTrainCommand(), as: "assistant-train")
    app.asyncCommands.use(AssistantBenchCommand(), as: "bench-assistant")
}

/// Pretty, stable JSON for command output.
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
