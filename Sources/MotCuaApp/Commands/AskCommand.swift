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
        @Flag(name: "explain", help: "print how the question was read and the ranked candidates, with scores") var explain: Bool
    }
    var help: String { "Asks the assistant a question about procedures (or a dossier's status) and prints the answer." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await prepareReferenceData(app)
        if signature.explain {
            guard let snapshot = app.reference.current else { throw APIError.notReady }
            let assistant = snapshot.assistant()
            let r = assistant.retrieve(signature.question)
            print("read as: \(r.query.searchText)")
            print("expansions: \(r.query.expansions.joined(separator: " | "))  aspects: \(r.query.aspects.map(\.rawValue).joined(separator: ", "))"
                  + (r.query.uncoveredSector.map { "  other sector: \($0)" } ?? "") + (r.query.namesNonService ? "  (not a service)" : ""))
            print(String(format: "decision: %@ (best %.1f)", r.decision.rawValue, r.bestScore))
            if let scope = assistant.scope, r.query.kind == .procedures, !r.query.searchText.isEmpty {
                let features = assistant.scopeFeatures(r.query, assistant.rank(r.query))
                print(String(format: "in scope: %.2f (below %.2f: \"I don't know\")  ", scope.inScopeProbability(features), scope.threshold)
                      + zip(ScopeModel.featureNames, features).map { String(format: "%@ %.3g", $0, $1) }.joined(separator: ", "))
            }
            for c in r.candidates { print(String(format: "  %@  %7.2f  %@", c.summary.code, c.score, String(c.summary.name.prefix(110)))) }
            return
        }
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
