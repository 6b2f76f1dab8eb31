import Foundation
import MotCuaCore
import Vapor

/// `motcua assistant-eval`: hit@1, hit@3, MRR and out-of-scope accuracy over the evaluation sets.
struct AssistantEvalCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "set", help: "a question file (JSON lines); default: eval/assistant-questions.jsonl and eval/assistant-heldout.jsonl")
        var set: String?
        @Flag(name: "misses", help: "list the questions not answered first") var misses: Bool
        @Flag(name: "json", help: "print JSON") var json: Bool
        @Flag(name: "groups", help: "figures by how questions are written and by field") var groups: Bool
        @Option(name: "minimum", help: "calibration: the score trusted as an answer") var minimum: Double?
        @Option(name: "strong", help: "calibration: the score answered even when another sector is named") var strong: Double?
        @Option(name: "weak", help: "calibration: the score below which a question gets \"I don't know\"") var weak: Double?
        @Option(name: "power", help: "calibration: the coverage power") var power: Float?
        @Option(name: "ranked", help: "write each question's ranked candidates (JSON lines) to this file, for studying the ranking")
        var ranked: String?
        @Option(name: "field-weight", help: "calibration: the weight of the field a question's words fit") var fieldWeight: Double?
        @Option(name: "oos-share", help: "calibration: the nearest examples' out-of-scope share that turns a question away (above 1: not used)")
        var oosShare: Double?
        @Option(name: "foreigner-residence", help: "calibration: what a citizens' residence procedure keeps of its score when a foreigner is asked about")
        var foreignerResidence: Double?
        @Option(name: "other-business", help: "calibration: what an enterprise's procedure keeps of its score when a household business is asked about, and the other way")
        var otherBusiness: Double?
        @Option(name: "scope-neighbours", help: "calibration: how many nearest examples weigh in the scope decision") var scopeNeighbours: Int?
        @Flag(name: "no-rerank", help: "the hand-weighted ranking alone, without the learned re-ranking") var noRerank: Bool
        @Flag(name: "linear", help: "the linear re-ranking, without its trees") var linear: Bool
        @Option(name: "by-weight", help: "calibration: coverage by word weight (true/false)") var byWeight: Bool?
        @Flag(name: "unseen", help: "a tuning set as if unseen: its own examples, and other files' near twins of its questions, do not vote")
        var unseen: Bool
        @Flag(name: "keep-twins", help: "with --unseen: other files' near twins of a question still vote (as they would in use)")
        var keepTwins: Bool
    }
    var help: String { "Scores the assistant's retrieval on the evaluation questions (eval/README.md)." }

    static func defaultSets() -> [URL] {
        let eval = AppConfig.defaultDataDirectory().deletingLastPathComponent().appendingPathComponent("eval")
        return ["assistant-questions.jsonl", "assistant-heldout.jsonl"].map { eval.appendingPathComponent($0) }
    }

    /// The questions of a set file (JSON lines), or a CLI error naming it.
    static func questions(at path: String) throws -> [AssistantEvaluation.Question] {
        guard let data = FileManager.default.contents(atPath: path) else { throw APIError(.noFile, path) }
        do { return try AssistantEvaluation.load(jsonLines: data) } catch {
            throw APIError(.badFile, (path as NSString).lastPathComponent, "\(error)")
        }
    }

    /// A question without the commune it names, as the service reads it.
    static func withoutPlace(in snapshot: ReferenceSnapshot) -> (String) -> String {
        let today = LocalDateTime(Date()).date
        return { q in ConversationRules.placeMention(in: q) { AssistantService.commune(named: $0, in: snapshot, on: today) }?.rest ?? q }
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await prepareReferenceData(app)
        guard let snapshot = app.reference.current else { throw APIError.notReady }
        var assistant = snapshot.assistant()
        if let v = signature.minimum { assistant.minimumScore = v }
        if let v = signature.weak { assistant.weakScore = v }
        if let v = signature.strong { assistant.strongScore = v }
        if let v = signature.power { assistant.coverage.power = v }
        if let v = signature.byWeight { assistant.coverage.byWeight = v }
        if let v = signature.fieldWeight { assistant.fieldWeight = v }
        if signature.noRerank { assistant.reranker = nil }
        if signature.linear { assistant.forest = nil }
        if let v = signature.oosShare { assistant.outOfScopeShare = v > 1 ? nil : v }
        if let v = signature.foreignerResidence { assistant.foreignerResidence = v }
        if let v = signature.otherBusiness { assistant.otherBusinessKind = v }
        if let v = signature.scopeNeighbours { assistant.examples?.scopeNeighbours = v }
        let files = signature.set.map { [URL(fileURLWithPath: $0)] } ?? Self.defaultSets()
        var reports: [String: AssistantEvaluation.Report] = [:]
        let withoutPlace = Self.withoutPlace(in: snapshot)
        for file in files {
            let questions = try Self.questions(at: file.path)
            var assistant = assistant
            if signature.unseen, var examples = assistant.examples {
                examples.leaveOutSet = file.deletingPathExtension().lastPathComponent
                examples.leaveOutNear = signature.keepTwins ? nil : AssistantExamples.nearTwin
                assistant.examples = examples
            }
            reports[file.lastPathComponent] = AssistantEvaluation.run(assistant, questions: questions, withoutPlace: withoutPlace)
            if let path = signature.ranked {
                try AssistantEvaluation.rankedLines(assistant, questions: questions, set: file.deletingPathExtension().lastPathComponent,
                                                    withoutPlace: withoutPlace)
                    .write(to: URL(fileURLWithPath: path), atomically: true, encoding: .utf8)
            }
        }
        if signature.json { try printJSON(reports); return }
        for (name, r) in reports.sorted(by: { $0.key > $1.key }) {
            print("\(name): \(r.questions) questions (\(r.inScope) in scope)")
            print(String(format: "  hit@1 %.3f   hit@3 %.3f   MRR %.3f   out-of-scope accuracy %.3f   in-scope answered \"I don't know\": %d",
                         r.hitAt1, r.hitAt3, r.mrr, r.outOfScopeAccuracy, r.falseOutOfScope))
            print("  by kind (hit@3, or out-of-scope accuracy): " + r.byKind.sorted { $0.key < $1.key }.map { String(format: "%@ %.2f", $0.key, $0.value) }.joined(separator: ", "))
            if signature.groups {
                func line(_ name: String, _ g: AssistantEvaluation.Group) -> String {
                    var parts: [String] = []
                    if g.inScope > 0 {
                        parts.append(String(format: "hit@1 %.2f hit@3 %.2f (%d in scope)", Double(g.hitAt1) / Double(g.inScope),
                                            Double(g.hitAt3) / Double(g.inScope), g.inScope))
                    }
                    if g.outOfScope > 0 {
                        parts.append(String(format: "out-of-scope %.2f (%d)", Double(g.outOfScopeRight) / Double(g.outOfScope), g.outOfScope))
                    }
                    return "    \(name): " + parts.joined(separator: ", ")
                }
                print("  by writing:")
                for (name, g) in r.byWriting.sorted(by: { $0.key < $1.key }) { print(line(name, g)) }
                if !r.byField.isEmpty { print("  by field:") }
                // (Largest first; fields as large by name, so that two runs print the same report.)
                for (name, g) in r.byField.sorted(by: { ($0.value.inScope + $0.value.outOfScope, $1.key) > ($1.value.inScope + $1.value.outOfScope, $0.key) }) {
                    print(line(name, g))
                }
            }
            if signature.misses {
                for m in r.misses {
                    print("  miss #\(m.id) \(m.question) — expected \(m.expected.joined(separator: "/")) got \(m.got.joined(separator: ", ")) [\(m.decision) \(String(format: "%.1f", m.score))]")
                }
            }
        }
    }
}
