import Foundation

/// A language model of each catalogue field (lĩnh vực), learned from its procedures' indexed text: how likely a
/// question's words are in the text of one field rather than another. People rarely name the field, but their words
/// tell it ("công ty" is the enterprises' word, "luật sư" the lawyers'), and the many procedures of a field say so more
/// reliably than any one title. Dirichlet-smoothed with the whole catalogue, so a word no field favours changes nothing.
public struct FieldModel: Sendable {
    /// The field of each indexed document, as an index into ``names``.
    let fieldOfDocument: [Int32]
    public let names: [String]
    /// Each field's total weighted length.
    let fieldLengths: [Float]
    let totalLength: Float
    /// Dirichlet smoothing: how many words of the whole catalogue's text stand behind each field's own.
    public var smoothing: Float = 20_000

    /// - Parameter fields: the field of each document of `index`, in the index's order.
    public init(index: SearchIndex, fields: [String]) {
        var position: [String: Int32] = [:]
        var names: [String] = []
        var lengths: [Float] = []
        var of: [Int32] = []
        of.reserveCapacity(fields.count)
        for (d, field) in fields.enumerated() {
            let f: Int32
            if let known = position[field] { f = known } else {
                f = Int32(names.count); position[field] = f; names.append(field); lengths.append(0)
            }
            of.append(f)
            lengths[Int(f)] += index.length(of: d)
        }
        self.fieldOfDocument = of
        self.names = names
        self.fieldLengths = lengths
        self.totalLength = max(lengths.reduce(0, +), 1)
    }

    public func field(ofDocument d: Int) -> Int { Int(fieldOfDocument[d]) }

    /// The log-likelihood of the words under each of the given fields (by index), per word: words no document holds
    /// are left out.
    public func logLikelihoods(of words: [Substring], in index: SearchIndex, fields wanted: Set<Int>) -> [Int: Double] {
        var sums = [Int: Double](uniqueKeysWithValues: wanted.map { ($0, 0) })
        var counted = 0
        var inField = [Float](repeating: 0, count: names.count)
        // A word said twice counts twice, but its postings are read once (in the question's order: sums are deterministic).
        var times: [Substring: Int] = [:]
        for word in words { times[word, default: 0] += 1 }
        var seen = Set<Substring>()
        for word in words where seen.insert(word).inserted {
            let n = times[word] ?? 1
            var total: Float = 0
            for f in inField.indices { inField[f] = 0 }
            index.forEachPosting(of: word) { d, tf in
                total += tf
                inField[Int(fieldOfDocument[d])] += tf
            }
            guard total > 0 else { continue }
            counted += n
            let background = smoothing * total / totalLength
            for f in wanted {
                sums[f, default: 0] += Double(n) * Double(log((inField[f] + background) / (fieldLengths[f] + smoothing)))
            }
        }
        guard counted > 0 else { return [:] }
        return sums.mapValues { $0 / Double(counted) }
    }
}
