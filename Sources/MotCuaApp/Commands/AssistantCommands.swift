import Foundation
import MotCuaCore
import Vapor

/// `motcua ask "<question>"`: the assistant's answer, as `POST /api/v1/assistant/ask` gives it with `--json`.
struct AskCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "question") var question: String
        @Option(name: "commune", help: "the asker's commune code (e.g. 00004)") var commune: String?
        @Option(name: "conversation", help: "continue a conversation (its id from an earlier answer)") var conversation: String?
        @Option(name: "phone", help: "the applicant's phone, for a dossier status question") var phone: String?
        @Flag(name: "officer", help: "officers' mode: which level and unit handles a procedure") var officer: Bool
        @Flag(name: "json", help: "print the API's JSON") var json: Bool
    }
    var help: String { "Asks the assistant a question about procedures (or a dossier's status) and prints the answer." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await prepareReferenceData(app)
        let input = AskInput(question: signature.question, conversationId: signature.conversation, communeCode: signature.commune,
                             phone: signature.phone, mode: signature.officer ? "officer" : nil)
        let out = try await AssistantService(app: app, db: app.db, now: app.clock.now()).ask(input, staff: false)
        if signature.json { try printJSON(out); return }
        print(out.answer)
        if !out.procedures.isEmpty {
            print("")
            for p in out.procedures { print(String(format: "  %@  %7.2f  %@", p.code, p.score, p.name)) }
        }
        print("\n(conversation \(out.conversationId); continue with --conversation \(out.conversationId))")
    }
}

/// `motcua assistant-eval`: hit@1, hit@3, MRR and out-of-scope accuracy over the evaluation sets.
struct AssistantEvalCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "set", help: "a question file (JSON lines); default: eval/assistant-questions.jsonl and eval/assistant-heldout.jsonl")
        var set: String?
        @Flag(name: "misses", help: "list the questions not answered first") var misses: Bool
        @Flag(name: "json", help: "print JSON") var json: Bool
    }
    var help: String { "Scores the assistant's retrieval on the evaluation questions (eval/README.md)." }

    static func defaultSets() -> [URL] {
        let eval = AppConfig.defaultDataDirectory().deletingLastPathComponent().appendingPathComponent("eval")
        return ["assistant-questions.jsonl", "assistant-heldout.jsonl"].map { eval.appendingPathComponent($0) }
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await prepareReferenceData(app)
        guard let snapshot = app.reference.current else { throw APIError.notReady }
        let assistant = Assistant(catalogue: snapshot.catalogue)
        let files = signature.set.map { [URL(fileURLWithPath: $0)] } ?? Self.defaultSets()
        var reports: [String: AssistantEvaluation.Report] = [:]
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw APIError(.noFile, file.path)
            }
            let questions: [AssistantEvaluation.Question]
            do { questions = try AssistantEvaluation.load(jsonLines: data) } catch {
                throw APIError(.badFile, file.lastPathComponent, "\(error)")
            }
            let today = LocalDateTime(Date()).date
            reports[file.lastPathComponent] = AssistantEvaluation.run(assistant, questions: questions) { q in
                ConversationRules.placeMention(in: q) { AssistantService.commune(named: $0, in: snapshot, on: today) }?.rest ?? q
            }
        }
        if signature.json { try printJSON(reports); return }
        for (name, r) in reports.sorted(by: { $0.key > $1.key }) {
            print("\(name): \(r.questions) questions (\(r.inScope) in scope)")
            print(String(format: "  hit@1 %.3f   hit@3 %.3f   MRR %.3f   out-of-scope accuracy %.3f   in-scope answered \"I don't know\": %d",
                         r.hitAt1, r.hitAt3, r.mrr, r.outOfScopeAccuracy, r.falseOutOfScope))
            print("  by kind (hit@3, or out-of-scope accuracy): " + r.byKind.sorted { $0.key < $1.key }.map { String(format: "%@ %.2f", $0.key, $0.value) }.joined(separator: ", "))
            if signature.misses {
                for m in r.misses {
                    print("  miss #\(m.id) \(m.question) — expected \(m.expected.joined(separator: "/")) got \(m.got.joined(separator: ", ")) [\(m.decision)]")
                }
            }
        }
    }
}

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
        let assistant = Assistant(catalogue: snapshot.catalogue)
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
