import Foundation

/// Questions people asked before, each with the procedures that answer it (the tuning sets' in-scope questions,
/// eval/README.md), searched like a small catalogue: a new question's nearest examples (BM25 over their folded words) vote
/// for the procedures that answered them. The catalogue's text cannot teach that "ra ở riêng" is "tách hộ" or that
/// "sổ đỏ bị chuột cắn" wants an exchange; how people asked before can. The votes are one of the re-ranking's features
/// and bring their procedures among the candidates; they never answer alone.
///
/// Deterministic: the question's words are weighed in their order, neighbours ranked by score then by position.
public struct AssistantExamples: Sendable {
    public struct Example: Sendable, Equatable {
        /// The question file it came from (training leaves a file's own examples out).
        public let set: String
        public let question: String
        public let codes: [String]
        /// The question as the assistant analysed it when the examples were written (``AssistantQuery/searchText``): for an
        /// English question, its words in the catalogue's Vietnamese, which Vietnamese examples share.
        public let searchText: String
        public init(set: String, question: String, codes: [String], searchText: String = "") {
            self.set = set; self.question = question; self.codes = codes; self.searchText = searchText
        }
    }

    /// A BM25 index over token lists (one per example).
    struct Postings: Sendable {
        /// Each example's number of distinct words (with the words a question shares with it, their likeness).
        let distinct: [Int32]
        let postings: [Substring: [(example: Int32, count: Int32)]]
        let lengths: [Double]
        let averageLength: Double
        let idf: [Substring: Double]

        init(_ documents: [[Substring]]) {
            var postings: [Substring: [(example: Int32, count: Int32)]] = [:]
            var lengths: [Double] = [], distinct: [Int32] = []
            for (i, w) in documents.enumerated() {
                var counts: [Substring: Int32] = [:]
                var order: [Substring] = []
                for t in w {
                    if counts[t] == nil { order.append(t) }
                    counts[t, default: 0] += 1
                }
                for t in order { postings[t, default: []].append((Int32(i), counts[t]!)) }
                lengths.append(Double(w.count))
                distinct.append(Int32(order.count))
            }
            let n = Double(max(documents.count, 1))
            self.idf = postings.mapValues { log(1 + (n - Double($0.count) + 0.5) / (Double($0.count) + 0.5)) }
            self.postings = postings
            self.lengths = lengths
            self.distinct = distinct
            self.averageLength = max(lengths.reduce(0, +) / n, 1)
        }

        /// Each example's BM25 score for the terms (distinct, in the question's order: sums in a set's order would differ in
        /// their last digits from run to run), and how many of the terms it holds.
        func scores(_ terms: [Substring]) -> [Int32: (score: Double, shared: Int32)] {
            var scores: [Int32: (score: Double, shared: Int32)] = [:]
            for t in terms {
                guard let list = postings[t], let weight = idf[t] else { continue }
                for (e, c) in list {
                    let f = Double(c)
                    scores[e, default: (0, 0)].score += weight * f * 2.2 / (f + 1.2 * (0.25 + 0.75 * lengths[Int(e)] / averageLength))
                    scores[e, default: (0, 0)].shared += 1
                }
            }
            return scores
        }
    }

    public let examples: [Example]
    /// How many nearest examples vote.
    public var neighbours = 10
    /// How many nearest examples weigh in ``outOfScopeShare(for:)``.
    public var scopeNeighbours = 3
    /// The power of a neighbour's score (relative to the nearest's) in its vote: the higher, the more the nearest decide.
    /// (Each tuning set left out in turn: power 1 → hit@1 0.851, 2 → 0.857, 4 → 0.862, 6 → 0.863, 10 → 0.867 but hit@3 down.)
    public var sharpness = 4.0
    /// Examples whose words are at least this share the same as the question's (Jaccard) are left out: training sets it,
    /// so that a question's near twin in another file does not teach the re-ranking to trust votes more than unseen
    /// questions deserve. Nil in use.
    public var leaveOutNear: Double?
    /// How much alike (Jaccard of words) a question and an example of another file must be to count as twins in training.
    public static let nearTwin = 0.6
    /// A question file whose examples do not vote (training and reporting on that file). Nil in use.
    public var leaveOutSet: String?

    private let asked: Postings
    private let analysed: Postings
    /// The questions alone, without the catalogue's titles, for the scope decision (its calibration was made on questions
    /// only: the titles' words would change every word's weight), with the position of each in ``examples``; nil when there
    /// are no titles (``asked`` is the same).
    private let questionsOnly: (index: Postings, positions: [Int])?
    /// The questions alone by their analysed words (``Example/searchText``), for the scope evidence by a question's analysed
    /// words (an English question's own words are mostly "how", "much", "does", which price questions share).
    private let analysedQuestions: (index: Postings, positions: [Int])

    public init(_ examples: [Example]) {
        self.examples = examples
        let words = examples.map { Self.driving(VietnameseText.words(VietnameseText.fold($0.question))) }
        asked = Postings(words)
        let questions = examples.indices.filter { examples[$0].set != Self.catalogueSet }
        questionsOnly = questions.count == examples.count ? nil : (Postings(questions.map { words[$0] }), questions)
        let analysedWords = examples.map { VietnameseText.words($0.searchText) }
        analysed = Postings(analysedWords)
        analysedQuestions = (Postings(questions.map { analysedWords[$0] }), questions)
    }

    /// The procedures the question's nearest examples were answered with, each with its vote: every neighbour gives (its
    /// score / the best neighbour's) to the power ``sharpness``, shared among its codes (divided by the square root of their
    /// number). The neighbours are the nearest by the question's folded words (`asked`, compared with the examples' own
    /// words), or, given `analysed` (a search text's words), by those compared with the examples' ``Example/searchText``.
    public func votes(for folded: [Substring], analysed: [Substring]? = nil) -> [String: Double] {
        neighbourhood(for: folded, analysed: analysed).votes
    }

    /// The votes (``votes(for:analysed:)``) and, for each procedure voted for, how much alike the question and the likest
    /// neighbour that voted for it are (the Jaccard of their words, 0…1). A vote is only as good as the questions it comes
    /// from: for a question nobody asked before, the nearest examples are about something else and still vote in full
    /// (their scores are relative to the best one), while their likeness stays low.
    public func neighbourhood(for folded: [Substring], analysed: [Substring]? = nil) -> (votes: [String: Double], likeness: [String: Double]) {
        guard !examples.isEmpty, !folded.isEmpty else { return ([:], [:]) }
        let asked = Self.driving(folded)
        var seen = Set<Substring>(), terms: [Substring] = []
        for t in analysed ?? asked where seen.insert(t).inserted { terms.append(t) }
        // (Near twins are judged in the words compared: an English question's Vietnamese twin is a twin too.)
        let index = analysed == nil ? self.asked : self.analysed
        let ranked = nearest(terms, in: index, outOfScope: false)
        guard let best = ranked.first?.score, best > 0 else { return ([:], [:]) }
        var votes: [String: Double] = [:], likeness: [String: Double] = [:]
        for (s, i, alike) in ranked.prefix(neighbours) {
            let codes = examples[i].codes
            let share = pow(s / best, sharpness) / Double(codes.count).squareRoot()
            for c in codes {
                votes[c, default: 0] += share
                likeness[c] = max(likeness[c] ?? 0, alike)
            }
        }
        return (votes, likeness)
    }

    /// How much of the nearest examples' weight (as in ``votes(for:analysed:)``, over in- and out-of-scope examples alike)
    /// falls to questions the catalogue does not answer: near 1 when the question is asked the way services of other sectors,
    /// prices or small talk were asked before. Nil without any neighbour.
    public func outOfScopeShare(for folded: [Substring]) -> Double? {
        let near = scopeEvidence(for: folded).near
        return near < 0 ? nil : near
    }

    /// What the questions asked before say of whether a question is one the catalogue answers, for the learned scope
    /// decision (``ScopeModel``): the out-of-scope share of the three and of the ten nearest (as ``outOfScopeShare(for:)``;
    /// -1 without any neighbour), and how much alike the question and the likest in-scope and out-of-scope question are
    /// (the Jaccard of their words, 0…1). One search of the questions alone, without the catalogue's titles.
    /// Given `analysed` (a question's search words), the questions are compared by their analysed words instead.
    public func scopeEvidence(for folded: [Substring], analysed: [Substring]? = nil)
        -> (near: Double, wide: Double, inScopeLikeness: Double, outOfScopeLikeness: Double) {
        guard !examples.isEmpty, !folded.isEmpty else { return (-1, -1, 0, 0) }
        var seen = Set<Substring>(), terms: [Substring] = []
        for t in analysed ?? Self.driving(folded) where seen.insert(t).inserted { terms.append(t) }
        let ranked = analysed != nil
            ? nearest(terms, in: analysedQuestions.index, positions: analysedQuestions.positions, outOfScope: true)
            : questionsOnly.map { nearest(terms, in: $0.index, positions: $0.positions, outOfScope: true) }
                ?? nearest(terms, in: self.asked, outOfScope: true)
        guard let best = ranked.first?.score, best > 0 else { return (-1, -1, 0, 0) }
        // (Each neighbour weighs as in the votes: its score relative to the nearest's, to the power ``sharpness``.)
        func share(_ k: Int) -> Double {
            var out = 0.0, all = 0.0
            for (s, i, _) in ranked.prefix(k) {
                let w = pow(s / best, sharpness)
                all += w
                if examples[i].codes.isEmpty { out += w }
            }
            return out / all
        }
        var inLike = 0.0, outLike = 0.0
        for (_, i, alike) in ranked where examples[i].set != Self.catalogueSet {
            if examples[i].codes.isEmpty { outLike = max(outLike, alike) } else { inLike = max(inLike, alike) }
        }
        return (share(scopeNeighbours), share(10), inLike, outLike)
    }

    /// Folded words with "lái" (driving: "lái xe", "bằng lái") told from "lại" (again: "cấp lại"), which fold alike: without
    /// marks "thi bằng lái xe" would be near every "mất bằng lái, xin cấp lại".
    static func driving(_ words: [Substring]) -> [Substring] {
        guard words.contains("lai") else { return words }
        return words.indices.map { i in
            words[i] == "lai" && (i + 1 < words.count && words[i + 1] == "xe" || i > 0 && words[i - 1] == "bang") ? "laixe" : words[i]
        }
    }

    /// The examples that match the terms (the question's distinct words), best first (ties by position), each with how
    /// much alike it and the question are (the Jaccard of their words), without those left out; the examples without codes
    /// (out of scope) only when `outOfScope`.
    /// (`positions`: each indexed document's position in ``examples``, when the index holds only some of them.)
    private func nearest(_ terms: [Substring], in index: Postings, positions: [Int]? = nil,
                         outOfScope: Bool) -> [(score: Double, example: Int, alike: Double)] {
        var ranked: [(score: Double, example: Int, alike: Double)] = []
        for (e, s) in index.scores(terms) {
            let i = positions?[Int(e)] ?? Int(e)
            if !outOfScope, examples[i].codes.isEmpty { continue }
            if let leaveOutSet, examples[i].set == leaveOutSet { continue }
            let union = Int(index.distinct[Int(e)]) + terms.count - Int(s.shared)
            let alike = union > 0 ? Double(s.shared) / Double(union) : 0
            if let leaveOutNear, examples[i].set != Self.catalogueSet, alike >= leaveOutNear { continue }
            ranked.append((s.score, i, alike))
        }
        ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.example < $1.example }
        return ranked
    }

    /// The shipped examples (the tuning sets' questions, ``standardLines``), parsed once.
    public static let standardExamples = parse(lines: standardLines)
    /// The shipped examples indexed, without any catalogue's titles (see ``standard(titles:)``).
    public static let standard = AssistantExamples(standardExamples)

    /// The shipped examples with a catalogue's titles (``catalogue(_:)``), as the assistant uses them: the re-ranking was
    /// fitted with both. Indexed once per catalogue (the reference data's load does it beside the catalogue's index).
    public static func standard(titles: [(code: String, name: String)]) -> AssistantExamples {
        AssistantExamples(standardExamples + catalogue(titles))
    }

    /// The set name of the examples made from the catalogue's own titles (``catalogue(_:)``).
    public static let catalogueSet = "catalogue"

    /// One example per title of the catalogue (without its parentheses and a leading "Thủ tục"; titles alike after that, as
    /// one procedure's at several levels, make one example with all their codes), so that every procedure has a question
    /// that votes for it — the title itself. Without them a procedure nobody asked about before gets no vote, and the votes
    /// of its asked-about siblings ("công nhận hòa giải viên" for "thôi làm hòa giải viên") outweigh its title. They are
    /// never left out as near twins: they are always there, in training as in use.
    public static func catalogue(_ titles: [(code: String, name: String)]) -> [Example] {
        var order: [String] = [], codes: [String: [String]] = [:]
        for p in titles {
            var words = VietnameseText.words(VietnameseText.fold(Assistant.withoutParentheses(p.name)))
            words.removeFirst(Assistant.filler(words))
            guard !words.isEmpty else { continue }
            let text = words.joined(separator: " ")
            if codes[text] == nil { order.append(text) }
            codes[text, default: []].append(p.code)
        }
        return order.map { Example(set: catalogueSet, question: $0, codes: codes[$0]!, searchText: $0) }
    }

    /// Examples from their stored form: one per line, `set<TAB>code,code…<TAB>search text<TAB>question`.
    public init(lines text: String) {
        self.init(Self.parse(lines: text))
    }

    /// The examples of their stored form (``init(lines:)``), not indexed.
    public static func parse(lines text: String) -> [Example] {
        text.split(separator: "\n").compactMap { line -> Example? in
            let parts = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false)
            guard parts.count == 4 else { return nil }
            return Example(set: String(parts[0]), question: String(parts[3]), codes: parts[1].split(separator: ",").map(String.init),
                           searchText: String(parts[2]))
        }
    }

    /// The stored form of examples (see ``init(lines:)``).
    public static func lines(_ examples: [Example]) -> String {
        func clean(_ s: String) -> String { s.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ") }
        return examples.map { "\($0.set)\t\($0.codes.joined(separator: ","))\t\(clean($0.searchText))\t\(clean($0.question))" }
            .joined(separator: "\n")
    }
}
