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
        public init(set: String, question: String, codes: [String]) {
            self.set = set; self.question = question; self.codes = codes
        }
    }

    public let examples: [Example]
    /// How many nearest examples vote.
    public var neighbours = 10
    /// Examples whose words are at least this share the same as the question's (Jaccard) are left out: training sets it,
    /// so that a question's near twin in another file does not teach the re-ranking to trust votes more than unseen
    /// questions deserve. Nil in use.
    public var leaveOutNear: Double?
    /// A question file whose examples do not vote (training and reporting on that file). Nil in use.
    public var leaveOutSet: String?

    private let words: [Set<Substring>]
    private let postings: [Substring: [(example: Int32, count: Int32)]]
    private let lengths: [Double]
    private let averageLength: Double
    private let idf: [Substring: Double]

    public init(_ examples: [Example]) {
        self.examples = examples
        var postings: [Substring: [(example: Int32, count: Int32)]] = [:]
        var lengths: [Double] = [], words: [Set<Substring>] = []
        for (i, e) in examples.enumerated() {
            let w = VietnameseText.words(VietnameseText.fold(e.question))
            var counts: [Substring: Int32] = [:]
            var order: [Substring] = []
            for t in w {
                if counts[t] == nil { order.append(t) }
                counts[t, default: 0] += 1
            }
            for t in order { postings[t, default: []].append((Int32(i), counts[t]!)) }
            lengths.append(Double(w.count))
            words.append(Set(w))
        }
        let n = Double(max(examples.count, 1))
        self.idf = postings.mapValues { log(1 + (n - Double($0.count) + 0.5) / (Double($0.count) + 0.5)) }
        self.postings = postings
        self.lengths = lengths
        self.words = words
        self.averageLength = max(lengths.reduce(0, +) / n, 1)
    }

    /// The procedures the question's nearest examples were answered with, each with its vote: every neighbour gives
    /// (its score / the best neighbour's)², shared among its codes (divided by the square root of their number).
    public func votes(for folded: [Substring]) -> [String: Double] {
        guard !examples.isEmpty, !folded.isEmpty else { return [:] }
        var seen = Set<Substring>(), terms: [Substring] = []
        for t in folded where seen.insert(t).inserted { terms.append(t) }
        var scores: [Int32: Double] = [:]
        for t in terms {
            guard let list = postings[t], let weight = idf[t] else { continue }
            for (e, c) in list {
                let f = Double(c)
                scores[e, default: 0] += weight * f * 2.2 / (f + 1.2 * (0.25 + 0.75 * lengths[Int(e)] / averageLength))
            }
        }
        var ranked: [(score: Double, example: Int)] = []
        for (e, s) in scores {
            let i = Int(e)
            if let leaveOutSet, examples[i].set == leaveOutSet { continue }
            if let leaveOutNear {
                let union = words[i].union(seen).count
                if union > 0, Double(words[i].intersection(seen).count) / Double(union) >= leaveOutNear { continue }
            }
            ranked.append((s, i))
        }
        ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.example < $1.example }
        guard let best = ranked.first?.score, best > 0 else { return [:] }
        var votes: [String: Double] = [:]
        for (s, i) in ranked.prefix(neighbours) {
            let codes = examples[i].codes
            guard !codes.isEmpty else { continue }
            let share = (s / best) * (s / best) / Double(codes.count).squareRoot()
            for c in codes { votes[c, default: 0] += share }
        }
        return votes
    }

    /// Examples from their stored form: one per line, `set<TAB>code,code…<TAB>question`.
    public init(lines text: String) {
        self.init(text.split(separator: "\n").compactMap { line -> Example? in
            let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3 else { return nil }
            return Example(set: String(parts[0]), question: String(parts[2]), codes: parts[1].split(separator: ",").map(String.init))
        })
    }

    /// The stored form of examples (see ``init(lines:)``).
    public static func lines(_ examples: [Example]) -> String {
        examples.map { "\($0.set)\t\($0.codes.joined(separator: ","))\t\($0.question.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " "))" }
            .joined(separator: "\n")
    }
}
