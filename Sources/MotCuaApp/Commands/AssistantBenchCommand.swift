import Foundation
import MotCuaCore
import Vapor

/// `motcua bench-assistant`: time per question, core only (understanding, retrieval over the whole catalogue
/// and the composed answer) and through the service (with the conversation written to the database).
struct AssistantBenchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "rounds", help: "repetitions of the question set (default 20)") var rounds: Int?
        @Flag(name: "json", help: "print JSON") var json: Bool
    }
    var help: String { "Measures the assistant's latency per question (build with -c release)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let rounds = max(1, signature.rounds ?? 20)
        try await prepareReferenceData(app)
        guard let snapshot = app.reference.current else { throw APIError.notReady }
        var questions: [String] = []
        for file in AssistantEvalCommand.defaultSets() {
            if let data = FileManager.default.contents(atPath: file.path) {
                questions += try AssistantEvaluation.load(jsonLines: data).map(\.question)
            }
        }
        guard !questions.isEmpty else { throw APIError(.noQuestions) }
        let assistant = snapshot.assistant()
        let composer = AnswerComposer()
        // Every procedure an answer may need, loaded once (as the server's cache holds them after first use).
        var codes = Set<String>()
        for q in questions { codes.formUnion(assistant.retrieve(q).candidates.prefix(3).map(\.summary.code)) }
        let procedures = try await app.procedureCache.procedures(Array(codes), version: snapshot.version, db: app.db)
        let context = AskerContext()
        var results = [BenchCommand.measure("assistant core: understand, retrieve, compose (\(questions.count) questions)",
                                            rounds: rounds, inputs: questions) { q in
            let r = assistant.retrieve(q)
            _ = composer.reply(to: r, procedure: { procedures[$0] }, context: context, language: AnswerLanguage.of(q))
        }]
        // The examples' index, as the reference data's load builds it beside the catalogue's.
        let examples = AssistantExamples.standardExamples + AssistantExamples.catalogue(snapshot.catalogue.titles)
        results.append(BenchCommand.measure("assistant examples indexed (\(examples.count) questions)", rounds: 1,
                                            inputs: Array(repeating: examples, count: max(5, rounds / 2))) { _ = AssistantExamples($0) })
        // Through the service: conversation read and written, as an API request does (no HTTP).
        let service = AssistantService(app: app, db: app.db, now: Date())
        var samples: [Double] = []
        var made: [String] = []
        let clock = ContinuousClock()
        for _ in 0..<max(1, rounds / 4) {
            for q in questions {
                let t = clock.now
                let out = try await service.ask(AskInput(question: q, conversationId: nil, communeCode: "00004", phone: nil, mode: nil), staff: false)
                samples.append(BenchCommand.ms(clock.now - t))
                made.append(out.conversationId)
            }
        }
        results.append(BenchCommand.figures("assistant service: + conversation stored (\(app.motcuaConfig.database == .sqliteInMemory ? "memory" : "database"))", samples))
        try await ConversationStore(db: app.db).delete(made)
        if signature.json { try printJSON(results); return }
        print("motcua bench-assistant (\(rounds) rounds; build with -c release for real figures)")
        for r in results {
            print(r.name.padding(toLength: 70, withPad: " ", startingAt: 0)
                  + String(format: "n=%-6d p50 %7.3f ms  p95 %7.3f ms  p99 %7.3f ms  max %7.3f ms", r.samples, r.p50Ms, r.p95Ms, r.p99Ms, r.maxMs))
        }
    }
}
