import Foundation
import MotCuaCore
import Vapor

/// `motcua assistant-train`: fits the assistant's re-ranking (``Reranker``) on labelled question sets and reports it on
/// others; `--write` puts the weights into the source the release ships (`Reranker+Standard.swift`).
struct AssistantTrainCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "sets", help: "question files to train on, comma-separated (tuning sets only: never a held-out one)")
        var sets: String?
        @Option(name: "eval", help: "question files to report the trained ranking on, comma-separated") var eval: String?
        @Option(name: "l2", help: "the weights' L2 penalty (default 0.01)") var l2: Double?
        @Option(name: "steps", help: "gradient steps (default 300)") var steps: Int?
        @Option(name: "neighbours", help: "how many nearest examples vote (default: AssistantExamples' own)") var neighbours: Int?
        @Option(name: "voted", help: "how many best-voted procedures join the candidates (default: the assistant's own)") var voted: Int?
        @Option(name: "write", help: "write the weights as Swift source to this file") var write: String?
        @Option(name: "write-examples", help: "write the training sets' questions as the assistant's examples (Swift source) to this file")
        var writeExamples: String?
        @Flag(name: "no-titles", help: "without the catalogue's titles among the examples (AssistantExamples.catalogue), for comparison") var noTitles: Bool
        @Option(name: "dump", help: "write each training question's candidates and features (JSON lines) to this file") var dump: String?
        @Flag(name: "folds", help: "leave each training set out in turn: train on the others, report on it") var folds: Bool
        @Option(name: "near-twin", help: "how alike (0–1) another set's question must be to a training question not to vote on it (default: AssistantExamples.nearTwin)")
        var nearTwin: Double?
    }
    var help: String { "Trains the assistant's re-ranking on tuning sets (eval/README.md) and reports it on others." }

    /// The tuning sets (eval/README.md), wherever the command is run from.
    static let tuningSets: [String] = {
        let eval = AppConfig.defaultDataDirectory().deletingLastPathComponent().appendingPathComponent("eval")
        return ["assistant-questions", "assistant-heldout", "assistant-heldout-2", "assistant-heldout-3", "assistant-tuning-3",
                "assistant-tuning-4", "assistant-dev-5", "assistant-dev-6", "assistant-heldout-4", "assistant-dev-7-en", "assistant-heldout-5",
                "assistant-heldout-6", "assistant-dev-8", "assistant-dev-9",
                "assistant-dev-10-en", "assistant-dev-11", "assistant-heldout-7", "assistant-heldout-8", "assistant-dev-12", "assistant-dev-13", "assistant-dev-14", "assistant-dev-15", "assistant-dev-16", "assistant-dev-17", "assistant-dev-18", "assistant-dev-19", "assistant-dev-20", "assistant-dev-21", "assistant-heldout-9", "assistant-dev-22", "assistant-dev-23", "assistant-heldout-10", "assistant-dev-24", "assistant-dev-25", "assistant-heldout-11", "assistant-dev-26", "assistant-dev-27", "assistant-heldout-12", "assistant-heldout-13", "assistant-heldout-14", "assistant-heldout-15", "assistant-heldout-16", "assistant-heldout-17", "assistant-heldout-18", "assistant-heldout-19", "assistant-heldout-20", "assistant-heldout-21", "assistant-heldout-22"].map { eval.appendingPathComponent("\($0).jsonl").path }
    }()

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await prepareReferenceData(app)
        guard let snapshot = app.reference.current else { throw APIError.notReady }
        var assistant = snapshot.assistant()
        // (This command fits the linear weights; the trees are fitted from its --dump by scripts/train-reranker-trees.py.)
        assistant.reranker = nil
        assistant.forest = nil
        if let v = signature.voted { assistant.votedCandidates = v }
        let withoutPlace = AssistantEvalCommand.withoutPlace(in: snapshot)
        let load = AssistantEvalCommand.questions(at:)
        let training = signature.sets.map { $0.split(separator: ",").map(String.init) } ?? Self.tuningSets
        // The training sets' questions as examples (those out of scope without codes: they weigh in the scope decision only).
        // A question's own file, and other files' near twins of it, do not vote on it: its votes are then what an unseen
        // question's would be.
        func name(_ path: String) -> String { ((path as NSString).lastPathComponent as NSString).deletingPathExtension }
        let examples = try training.flatMap { path in
            try load(path).filter { $0.outOfScope || !$0.accept.isEmpty }
                .map { q -> AssistantExamples.Example in
                    let question = withoutPlace(q.question)
                    return .init(set: name(path), question: question, codes: q.outOfScope ? [] : q.accept,
                                 searchText: assistant.analyse(question).searchText)
                }
        }
        // The catalogue's titles vote as they do in use (never left out: they are not questions of any file).
        let titles = signature.noTitles ? [] : AssistantExamples.catalogue(snapshot.catalogue.titles)
        var memory = AssistantExamples(examples + titles)
        memory.leaveOutNear = signature.nearTwin ?? AssistantExamples.nearTwin
        if let k = signature.neighbours { memory.neighbours = k }
        func leavingOut(_ path: String) -> Assistant {
            var a = assistant, m = memory
            m.leaveOutSet = name(path)
            a.examples = m
            return a
        }
        // Each set's in-scope questions with their candidates and features.
        var labelled: [[(question: AssistantEvaluation.Question, list: Reranker.TrainingList)]] = []
        for path in training {
            let a = leavingOut(path)
            labelled.append(try load(path).filter { !$0.outOfScope }.compactMap { q in
                a.trainingList(withoutPlace(q.question), accept: Set(q.accept)).map { (q, $0) }
            })
        }
        let bySet = labelled.map { $0.map(\.list) }
        let lists = bySet.flatMap { $0 }
        if let path = signature.dump {
            var lines: [String] = []
            for (p, set) in zip(training, labelled) {
                for (q, list) in set {
                    let row: [String: Any] = ["set": (p as NSString).lastPathComponent, "id": q.id, "question": VietnameseText.fold(q.question),
                                              "features": list.features, "relevant": list.relevant, "codes": list.codes]
                    lines.append(String(decoding: try JSONSerialization.data(withJSONObject: row, options: [.sortedKeys]), as: UTF8.self))
                }
            }
            try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        let l2 = signature.l2 ?? 0.01, steps = signature.steps ?? 300
        if signature.folds {
            var totals = [[Double]](repeating: [0, 0, 0, 0, 0], count: 2)
            for (k, path) in training.enumerated() {
                let (fold, _) = Reranker.train(bySet.enumerated().filter { $0.offset != k }.flatMap(\.element), l2: l2, steps: steps)
                let questions = try load(path)
                var line = (path as NSString).lastPathComponent
                for (t, r) in [nil, fold].enumerated() {
                    var a = leavingOut(path)
                    a.reranker = r
                    let report = AssistantEvaluation.run(a, questions: questions, withoutPlace: withoutPlace)
                    let n = Double(report.inScope)
                    totals[t][0] += n; totals[t][1] += report.hitAt1 * n; totals[t][2] += report.hitAt3 * n; totals[t][3] += report.mrr * n
                    line += String(format: "  %@ %.3f/%.3f/%.3f", t == 0 ? "without" : "with", report.hitAt1, report.hitAt3, report.mrr)
                }
                print(line)
            }
            for (t, total) in totals.enumerated() {
                print(String(format: "all sets, each left out, %@ re-ranking: hit@1 %.3f hit@3 %.3f MRR %.3f (%d in scope)", t == 0 ? "without" : "with",
                             total[1] / total[0], total[2] / total[0], total[3] / total[0], Int(total[0])))
            }
        }
        let (reranker, loss) = Reranker.train(lists, l2: l2, steps: steps)
        print(String(format: "trained on %d questions (%d with an acceptable candidate among the %d first): loss %.4f", lists.count,
                     lists.filter { $0.relevant.contains(true) }.count, 40, loss))
        for (name, (w, scale)) in zip(Reranker.featureNames, zip(reranker.weights, reranker.scales)) {
            print(String(format: "  %-15@ %+.3f (per unit %+.3f)", name as NSString, w, w / scale))
        }
        for path in signature.eval?.split(separator: ",").map(String.init) ?? [] {
            let questions = try load(path)
            for (label, r) in [("without", nil), ("with", reranker)] as [(String, Reranker?)] {
                var a = assistant
                a.examples = AssistantExamples(examples + titles)
                a.reranker = r
                let report = AssistantEvaluation.run(a, questions: questions, withoutPlace: withoutPlace)
                print(String(format: "%@ %@ re-ranking: hit@1 %.3f hit@3 %.3f MRR %.3f out-of-scope %.3f \"I don't know\" %d",
                             (path as NSString).lastPathComponent, label, report.hitAt1, report.hitAt3, report.mrr,
                             report.outOfScopeAccuracy, report.falseOutOfScope))
            }
        }
        if let path = signature.write {
            try Self.source(reranker, sets: training).write(toFile: path, atomically: true, encoding: .utf8)
            print("wrote \(path)")
        }
        if let path = signature.writeExamples {
            try Self.source(examples, sets: training).write(toFile: path, atomically: true, encoding: .utf8)
            print("wrote \(path): \(examples.count) examples")
        }
    }

    static func source(_ examples: [AssistantExamples.Example], sets: [String]) -> String {
        let quote = String(repeating: "\"", count: 3)
        var lines: [String] = ["// Written by `motcua assistant-train --write-examples` (do not edit by hand): the questions of"]
        lines += sets.map { "//   eval/\(($0 as NSString).lastPathComponent)" }
        lines.append("// with their acceptable procedures (none for a question out of scope), one per line: file, codes, the search text the")
        lines.append("// assistant read, question (place names taken out as the assistant does).")
        lines += ["", "extension AssistantExamples {"]
        lines.append("    static let standardLines = #" + quote)
        lines.append(AssistantExamples.lines(examples))
        lines += [quote + "#", "}", ""]
        return lines.joined(separator: "\n")
    }

    static func source(_ r: Reranker, sets: [String]) -> String {
        func list(_ values: [Double]) -> String { values.map { String(format: "%.6g", $0) }.joined(separator: ", ") }
        return """
        // Written by `motcua assistant-train --write` (do not edit by hand): the re-ranking fitted on
        \(sets.map { "//   eval/\(($0 as NSString).lastPathComponent)" }.joined(separator: "\n"))
        // Features, in order: see Reranker.featureNames.

        extension Reranker {
            public static let standard = Reranker(
                means: [\(list(r.means))],
                scales: [\(list(r.scales))],
                weights: [\(list(r.weights))])
        }

        """
    }
}
