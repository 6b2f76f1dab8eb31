import Foundation

/// Scores the assistant's retrieval against a set of questions with acceptable answers.
public enum AssistantEvaluation {
    public struct Question: Codable, Sendable {
        public let id: Int
        public let question: String
        public let kind: String
        public let accept: [String]
        public let outOfScope: Bool
        public let communeCode: String?
        /// The catalogue field the question is about (held-out sets name it).
        public let field: String?
    }

    /// One group's figures: in-scope questions with hits in first place and in the first three, out-of-scope ones answered right.
    public struct Group: Codable, Sendable {
        public var inScope = 0, hitAt1 = 0, hitAt3 = 0, outOfScope = 0, outOfScopeRight = 0
    }

    public struct Miss: Codable, Sendable {
        public let id: Int
        public let question: String
        public let expected: [String]
        public let got: [String]
        public let decision: String
        public var score: Double = 0
    }

    public struct Report: Codable, Sendable {
        public let questions: Int
        public let inScope: Int
        public let hitAt1: Double
        public let hitAt3: Double
        public let mrr: Double
        /// Share of out-of-scope questions answered "I don't know" (or refused).
        public let outOfScopeAccuracy: Double
        /// In-scope questions wrongly answered "I don't know".
        public let falseOutOfScope: Int
        public let byKind: [String: Double]
        /// By the field the question is about, and by how it is written (Vietnamese with or without diacritics, English).
        public let byField: [String: Group]
        public let byWriting: [String: Group]
        public let misses: [Miss]
    }

    public static func load(jsonLines data: Data) throws -> [Question] {
        let decoder = JSONDecoder()
        return try data.split(separator: UInt8(ascii: "\n")).map { try decoder.decode(Question.self, from: Data($0)) }
    }

    /// - Parameter withoutPlace: the question without the commune it names, as the service reads it (identity when no resolver).
    public static func run(_ assistant: Assistant, questions: [Question], withoutPlace: (String) -> String = { $0 }) -> Report {
        var h1 = 0, h3 = 0, rr = 0.0, inScope = 0, oosRight = 0, oosTotal = 0, falseOOS = 0
        var kindHits: [String: (Int, Int)] = [:]
        var misses: [Miss] = []
        var byField: [String: Group] = [:], byWriting: [String: Group] = [:]
        func count(_ q: Question, _ update: (inout Group) -> Void) {
            if let field = q.field { update(&byField[field, default: Group()]) }
            let writing = q.kind == "english" ? "english" : VietnameseText.hasDiacritics(q.question) ? "with diacritics" : "no diacritics"
            update(&byWriting[writing, default: Group()])
        }
        for q in questions {
            let r = assistant.retrieve(withoutPlace(q.question))
            let codes = r.candidates.map(\.summary.code)
            let saysNo = [.outOfScope, .refused, .invalid].contains(r.decision)
            if q.outOfScope {
                oosTotal += 1
                count(q) { $0.outOfScope += 1; if saysNo { $0.outOfScopeRight += 1 } }
                if saysNo { oosRight += 1 }
                else {
                    misses.append(Miss(id: q.id, question: q.question, expected: [], got: Array(codes.prefix(3)), decision: r.decision.rawValue,
                                       score: r.bestScore > 0 ? r.bestScore : r.candidates.first?.score ?? 0))
                }
                kindHits[q.kind, default: (0, 0)].1 += 1
                if saysNo { kindHits[q.kind, default: (0, 0)].0 += 1 }
                continue
            }
            inScope += 1
            if saysNo { falseOOS += 1 }
            let rank = saysNo ? nil : codes.firstIndex { q.accept.contains($0) }
            if let rank {
                if rank == 0 { h1 += 1 }
                if rank < 3 { h3 += 1 }
                rr += 1 / Double(rank + 1)
            }
            kindHits[q.kind, default: (0, 0)].1 += 1
            if let rank, rank < 3 { kindHits[q.kind, default: (0, 0)].0 += 1 }
            count(q) { g in
                g.inScope += 1
                if let rank, rank == 0 { g.hitAt1 += 1 }
                if let rank, rank < 3 { g.hitAt3 += 1 }
            }
            if rank == nil || rank! > 0 {
                misses.append(Miss(id: q.id, question: q.question, expected: q.accept, got: Array(codes.prefix(3)), decision: r.decision.rawValue,
                                   score: r.bestScore > 0 ? r.bestScore : r.candidates.first?.score ?? 0))
            }
        }
        let n = Double(max(inScope, 1))
        return Report(questions: questions.count, inScope: inScope, hitAt1: Double(h1) / n, hitAt3: Double(h3) / n, mrr: rr / n,
                      outOfScopeAccuracy: Double(oosRight) / Double(max(oosTotal, 1)), falseOutOfScope: falseOOS,
                      byKind: kindHits.mapValues { Double($0.0) / Double(max($0.1, 1)) }, byField: byField, byWriting: byWriting,
                      misses: misses)
    }

    /// One question's ranking, for studying it: what was searched and the candidates with their scores and fields.
    public struct Ranked: Codable, Sendable {
        public let id: Int
        public let accept: [String]
        public let outOfScope: Bool
        public let searchText: String
        public let expansions: [String]
        public let decision: String
        public let candidates: [[String]]
        /// What the scope decision weighs (``Assistant/scopeFeatures(_:_:)``, named by ``ScopeModel/featureNames``); empty
        /// for a question not searched (refused, invalid, a dossier code).
        public let scope: [Double]
        /// The question's file (the scope trees are fitted leaving files out).
        public let set: String
    }

    /// Each question's ranked candidates as JSON lines.
    public static func rankedLines(_ assistant: Assistant, questions: [Question], set: String = "",
                                   withoutPlace: (String) -> String = { $0 }) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try questions.map { q in
            let query = assistant.analyse(withoutPlace(q.question))
            let decision = assistant.retrieve(withoutPlace(q.question)).decision
            let ranked = query.kind == .procedures ? assistant.rank(query) : []
            let scope = query.kind == .procedures ? assistant.scopeFeatures(query, ranked) : []
            let line = Ranked(id: q.id, accept: q.accept, outOfScope: q.outOfScope, searchText: query.searchText,
                              expansions: query.expansions, decision: "\(decision)",
                              candidates: ranked.map { [$0.summary.code, String(format: "%.4g", $0.score), $0.summary.field] },
                              scope: scope, set: set)
            return String(decoding: try encoder.encode(line), as: UTF8.self)
        }.joined(separator: "\n") + "\n"
    }
}
