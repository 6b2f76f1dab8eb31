import Foundation

/// An in-memory full-text index ranked by BM25 over weighted fields (a BM25F simplification:
/// term frequencies and lengths are summed with the field weights).
///
/// Terms are diacritic-folded syllables and pairs of adjacent syllables: Vietnamese words are mostly
/// two syllables ("khai sinh", "đất đai"), so a pair that matches counts as a phrase. Folding makes
/// "đăng ký khai sinh" and "dang ky khai sinh" the same query. Ranking is deterministic: ties
/// break by position in the indexed array.
public struct SearchIndex: Sendable {
    public let ids: [String]
    /// Term ids of single syllables.
    private let vocabulary: Vocabulary
    /// Term ids of adjacent syllable pairs, keyed by the two syllables' ids.
    private let pairs: [UInt64: Int32]
    private let postings: [[Posting]]
    private let lengths: [Float]
    private let averageLength: Float
    private let k1: Float = 1.2
    private let b: Float = 0.75
    /// A pair of syllables counts this much more than a single syllable.
    private let pairBoost: Float = 1.5
    /// How much a query standing whole in the title multiplies the score (scaled by the share of the title it covers).
    private let titlePhraseBoost: Float = 0.6
    /// Folded title syllables (as term ids), without leading filler ("Thủ tục …").
    private let titles: [[Int32]]
    /// Each document's distinct single-syllable term ids, field by field (in the document's order), sorted, all in one
    /// array: field `f` of document `d` is `sectionTerms[sectionBounds[sectionOfDocument[d] + f]..<sectionBounds[… + f + 1]]`.
    private let sectionTerms: [Int32]
    private let sectionBounds: [Int32]
    private let sectionOfDocument: [Int32]

    private struct Posting: Sendable {
        let doc: Int32
        let tf: Float
    }

    /// - Parameter textIsFolded: the documents' text is already folded (``VietnameseText/fold(_:)``).
    /// - Parameter textIsFolded: the documents' text is already folded (``VietnameseText/fold(_:)``).
    public init(documents: [SearchDocument], titleFiller: [String] = ["thu", "tuc"], textIsFolded: Bool = false,
                pairFieldWeight: Float = 1) {
        let fold: (String) -> String = textIsFolded ? { $0 } : { VietnameseText.fold($0) }
        var vocabulary = Vocabulary()
        var pairs: [UInt64: Int32] = [:]
        var postings: [[Posting]] = []
        var lengths: [Float] = []
        lengths.reserveCapacity(documents.count)
        func pairId(_ a: Int32, _ b: Int32) -> Int32 {
            let key = UInt64(UInt32(a)) << 32 | UInt64(UInt32(b))
            if let id = pairs[key] { return id }
            let id = Int32(postings.count); pairs[key] = id; postings.append([]); return id
        }
        var titles: [[Int32]] = []
        var sectionTerms: [Int32] = [], sectionBounds: [Int32] = [0], sectionOfDocument: [Int32] = []
        sectionOfDocument.reserveCapacity(documents.count + 1)
        var section: [Int32] = []
        // Term frequencies of the current document, in a dense array indexed by term id.
        var tf: [Float] = []
        var touched: [Int32] = []
        func add(_ id: Int32, _ w: Float) {
            if Int(id) >= tf.count { tf.append(contentsOf: repeatElement(0, count: Int(id) + 1024 - tf.count)) }
            if tf[Int(id)] == 0 { touched.append(id) }
            tf[Int(id)] += w
        }
        for (d, doc) in documents.enumerated() {
            var length: Float = 0
            sectionOfDocument.append(Int32(sectionBounds.count - 1))
            for field in doc.fields {
                section.removeAll(keepingCapacity: true)
                let w = Float(field.weight)
                // Pairs (phrases) only in the weighty fields: in long, light ones they cost more than they rank.
                let pairsToo = w >= pairFieldWeight
                var previous: Int32 = -1
                Self.forEachWordBytes(fold(field.text)) { word in
                    let id = vocabulary.id(word) { postings.append([]); return Int32(postings.count - 1) }
                    add(id, w)
                    section.append(id)
                    if pairsToo && previous >= 0 { add(pairId(previous, id), w) }
                    previous = id
                    length += w
                }
                section.sort()
                var last: Int32 = -1
                for id in section where id != last { sectionTerms.append(id); last = id }
                sectionBounds.append(Int32(sectionTerms.count))
            }
            for id in touched {
                postings[Int(id)].append(Posting(doc: Int32(d), tf: tf[Int(id)]))
                tf[Int(id)] = 0
            }
            touched.removeAll(keepingCapacity: true)
            lengths.append(max(length, 1))
            var title: [Int32] = []
            Self.forEachWordBytes(fold(doc.title)) { word in
                title.append(vocabulary.id(word) { postings.append([]); return Int32(postings.count - 1) })
            }
            let filler = titleFiller.compactMap { vocabulary.existing(Array($0.utf8)[...]) }
            if filler.count == titleFiller.count, title.count > filler.count, title.starts(with: filler) {
                title.removeFirst(filler.count)
            }
            titles.append(title)
        }
        // Postings are appended in document order, so each list is sorted by document.
        self.ids = documents.map(\.id)
        self.vocabulary = vocabulary
        self.pairs = pairs
        self.postings = postings
        self.lengths = lengths
        self.averageLength = lengths.isEmpty ? 1 : lengths.reduce(0, +) / Float(lengths.count)
        self.titles = titles
        sectionOfDocument.append(Int32(sectionBounds.count - 1))
        self.sectionTerms = sectionTerms
        self.sectionBounds = sectionBounds
        self.sectionOfDocument = sectionOfDocument
    }

    /// A question's distinct words with their weights (idf; a word no document holds weighs as the rarest), for
    /// ``shares(of:inDocument:)``.
    public struct WeighedWords: Sendable {
        let ids: [Int32]
        let weights: [Float]
        let total: Float
        /// Term ids of the adjacent pairs the index knows.
        let pairs: [(Int32, Int32)]
        public var isEmpty: Bool { ids.isEmpty }
    }

    public func weigh(_ words: [Substring]) -> WeighedWords {
        let n = Float(ids.count)
        var seen = Set<Substring>(), termIds: [Int32] = [], weights: [Float] = []
        var known: [Int32] = []
        for word in words {
            let id = vocabulary.existing(Array(word.utf8)[...]) ?? -1
            known.append(id)
            guard seen.insert(word).inserted else { continue }
            let df = id >= 0 ? Float(postings[Int(id)].count) : 0
            termIds.append(id)
            weights.append(log(1 + (n - df + 0.5) / (df + 0.5)))
        }
        let pairs = zip(known, known.dropFirst()).filter { $0.0 >= 0 && $0.1 >= 0 && $0.0 != $0.1 }
        return WeighedWords(ids: termIds, weights: weights, total: max(weights.reduce(0, +), 1e-6), pairs: pairs)
    }

    /// For each field of a document (in its order), the share of the words that field holds, each word counted by its
    /// weight; then the share of the words' adjacent pairs that stand side by side in the title.
    public func shares(of words: WeighedWords, inDocument d: Int) -> [Float] {
        let first = Int(sectionOfDocument[d]), end = Int(sectionOfDocument[d + 1])
        var out: [Float] = (first..<end).map { f in
            let start = Int(sectionBounds[f]), stop = Int(sectionBounds[f + 1])
            var held: Float = 0
            for (id, w) in zip(words.ids, words.weights) where id >= 0 {
                var lo = start, hi = stop
                while lo < hi { let mid = (lo + hi) / 2; if sectionTerms[mid] < id { lo = mid + 1 } else { hi = mid } }
                if lo < stop && sectionTerms[lo] == id { held += w }
            }
            return held / words.total
        }
        let title = titles[d]
        let together = words.pairs.filter { Self.contains(title, phrase: [$0.0, $0.1]) }.count
        out.append(words.pairs.isEmpty ? 0 : Float(together) / Float(words.pairs.count))
        return out
    }

    /// Calls `body` with the bytes of each space-separated word of a folded text.
    static func forEachWordBytes(_ folded: String, _ body: (ArraySlice<UInt8>) -> Void) {
        let bytes = Array(folded.utf8)
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 {
            if i > start { body(bytes[start..<i]) }
            start = i + 1
        }
    }

    public var count: Int { ids.count }

    /// Whether any document holds this (folded) word.
    public func knows(_ word: Substring) -> Bool {
        vocabulary.existing(Array(word.utf8)[...]) != nil
    }

    /// Calls `body` with each document that holds this (folded) word and the word's weighted frequency in it.
    public func forEachPosting(of word: Substring, _ body: (Int, Float) -> Void) {
        guard let id = vocabulary.existing(Array(word.utf8)[...]) else { return }
        for p in postings[Int(id)] { body(Int(p.doc), p.tf) }
    }

    /// The word of the index one slip of the keyboard away from a (folded, lower-case a–z) word no document holds — a letter
    /// left out, one too many, one wrong, two swapped — held by at least `minimumFrequency` documents; for a word of three
    /// letters only one left out ("snh" is "sinh"). Of several, the one that stands beside the word before or after it in the
    /// most documents ("chng thuc" is "chung thuc"), then a letter left out (the commonest slip), then the most documents.
    /// Nil when the word is known or nothing is near enough.
    public func nearestWord(to word: Substring, before: Substring? = nil, after: Substring? = nil, minimumFrequency: Int = 3) -> String? {
        let letters = Array(word.utf8)
        guard letters.count >= 3, letters.count <= 8, letters.allSatisfy({ (0x61...0x7A).contains($0) }), !knows(word) else { return nil }
        let previous = before.flatMap { vocabulary.existing(Array($0.utf8)[...]) }, next = after.flatMap { vocabulary.existing(Array($0.utf8)[...]) }
        var best: (word: [UInt8], rank: (Int, Int, Int))?
        func consider(_ candidate: [UInt8], inserted: Bool) {
            guard let id = vocabulary.existing(candidate[...]) else { return }
            let df = postings[Int(id)].count
            guard df >= minimumFrequency else { return }
            let rank = (max(pairFrequency(previous, id), pairFrequency(id, next)), inserted ? 1 : 0, df)
            if let b = best, b.rank > rank || (b.rank == rank && !candidate.lexicographicallyPrecedes(b.word)) { return }
            best = (candidate, rank)
        }
        let alphabet = Array(UInt8(0x61)...UInt8(0x7A))
        for i in 0...letters.count {
            for c in alphabet { var w = letters; w.insert(c, at: i); consider(w, inserted: true) }
        }
        if letters.count >= 4 {
            for i in letters.indices {
                var w = letters; w.remove(at: i); consider(w, inserted: false)
                for c in alphabet where c != letters[i] { var w = letters; w[i] = c; consider(w, inserted: false) }
                if i + 1 < letters.count, letters[i] != letters[i + 1] { var w = letters; w.swapAt(i, i + 1); consider(w, inserted: false) }
            }
        }
        return best.map { String(decoding: $0.word, as: UTF8.self) }
    }

    /// A (folded) word the index knows that stands beside neither of its neighbours in any title, field name or result, read
    /// as the word one letter longer that stands beside one of them in at least `minimumPairs` documents: a letter left out
    /// that made another word ("can cuc" is "can cuoc", "ho chiu" is "ho chieu"). Nil when the word fits a neighbour, when
    /// neither neighbour is known, or when no longer word fits one. (With fewer than ten documents, real words beside words
    /// the catalogue never pairs them with were read as slips: "ở bến sông" as "biển".)
    public func pairedWord(for word: Substring, before: Substring?, after: Substring?, minimumPairs: Int = 10) -> String? {
        let letters = Array(word.utf8)
        guard letters.count >= 3, letters.count <= 7, letters.allSatisfy({ (0x61...0x7A).contains($0) }),
              let id = vocabulary.existing(letters[...]) else { return nil }
        let previous = before.flatMap { vocabulary.existing(Array($0.utf8)[...]) }, next = after.flatMap { vocabulary.existing(Array($0.utf8)[...]) }
        guard previous != nil || next != nil, pairFrequency(previous, id) == 0, pairFrequency(id, next) == 0 else { return nil }
        var best: (word: [UInt8], rank: (Int, Int))?
        for i in 0...letters.count {
            for c in UInt8(0x61)...UInt8(0x7A) {
                var w = letters; w.insert(c, at: i)
                guard let candidate = vocabulary.existing(w[...]) else { continue }
                let together = max(pairFrequency(previous, candidate), pairFrequency(candidate, next))
                guard together >= minimumPairs else { continue }
                let rank = (together, postings[Int(candidate)].count)
                if let b = best, b.rank > rank || (b.rank == rank && !w.lexicographicallyPrecedes(b.word)) { continue }
                best = (w, rank)
            }
        }
        return best.map { String(decoding: $0.word, as: UTF8.self) }
    }

    /// In how many documents two words stand side by side (in a title, field name or result).
    private func pairFrequency(_ a: Int32?, _ b: Int32?) -> Int {
        guard let a, let b, let p = pairs[UInt64(UInt32(a)) << 32 | UInt64(UInt32(b))] else { return 0 }
        return postings[Int(p)].count
    }

    /// A document's weighted length (its words counted by their fields' weights).
    public func length(of doc: Int) -> Float { lengths[doc] }

    /// Whether two (folded) words stand side by side in a title, field name or result of some document.
    public func knowsPair(_ a: Substring, _ b: Substring) -> Bool {
        guard let x = vocabulary.existing(Array(a.utf8)[...]), let y = vocabulary.existing(Array(b.utf8)[...]) else { return false }
        return pairs[UInt64(UInt32(x)) << 32 | UInt64(UInt32(y))] != nil
    }

    /// Whether `phrase` occurs as consecutive words of `words`.
    public static func containsPhrase(_ words: [Substring], _ phrase: [Substring]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= words.count else { return false }
        for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
            if (1..<phrase.count).allSatisfy({ words[start + $0] == phrase[$0] }) { return true }
        }
        return false
    }

    static func contains(_ words: [Int32], phrase: [Int32]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= words.count else { return false }
        for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
            var k = 1
            while k < phrase.count && words[start + k] == phrase[k] { k += 1 }
            if k == phrase.count { return true }
        }
        return false
    }

    /// How much a document that holds only part of the query loses.
    public struct Coverage: Sendable {
        /// The score is multiplied by the share of the query matched to this power.
        public var power: Float
        /// The share counts each word by its weight (idf) rather than as one: a question's common words ("làm", "bị")
        /// missing cost little, its rare ones ("khai tử") a lot. For questions in people's words rather than titles.
        public var byWeight: Bool
        /// Words that count less in the share matched (folded): the context of a question whose procedure is already
        /// named ("bố tôi mất ở bệnh viện" around "khai tử"), so that a title need not hold them.
        public var light: Set<String> = []
        public var lightWeight: Float = 0.5
        public init(power: Float = 2, byWeight: Bool = false) { self.power = power; self.byWeight = byWeight }
        /// Catalogue search: typed titles, every word matters alike.
        public static let titles = Coverage()
    }

    /// The best matches for a free-text query, best first. `include` filters by document position.
    public func search(_ query: String, limit: Int = 20, include: ((Int) -> Bool)? = nil, coverage rule: Coverage = .titles) -> [SearchHit] {
        var words: [ArraySlice<UInt8>] = []
        Self.forEachWordBytes(VietnameseText.fold(query)) { words.append($0) }
        guard !words.isEmpty, limit > 0 else { return [] }
        // Unknown words still count in the coverage (a query with a word no document has is a weaker match).
        let singles = Set(words.map { Array($0) }).count
        let ids: [Int32] = words.map { vocabulary.existing($0) ?? -1 }
        var queryTerms: [(id: Int32, isPair: Bool)] = []
        var seen = Set<Int32>()
        for id in ids where id >= 0 && seen.insert(id).inserted { queryTerms.append((id, false)) }
        for (a, b) in zip(ids, ids.dropFirst()) where a >= 0 && b >= 0 {
            if let p = pairs[UInt64(UInt32(a)) << 32 | UInt64(UInt32(b))], seen.insert(p).inserted { queryTerms.append((p, true)) }
        }
        let n = Float(self.ids.count)
        var scores = [Float](repeating: 0, count: self.ids.count)
        var matchedSingles = [UInt8](repeating: 0, count: self.ids.count)
        // By weight: each distinct word's idf (an unknown word weighs as the rarest), and the weight matched per document.
        var matchedWeight = [Float](repeating: 0, count: rule.byWeight ? self.ids.count : 0)
        var totalWeight: Float = 0
        if rule.byWeight {
            let rarest = log(1 + (n + 0.5) / 0.5)
            var counted = Set<Int32>()
            for id in ids {
                if id < 0 { totalWeight += rarest; continue }
                guard counted.insert(id).inserted else { continue }
                let df = Float(postings[Int(id)].count)
                totalWeight += log(1 + (n - df + 0.5) / (df + 0.5))
            }
        }
        // Light words: each distinct word's weight in the share, and the weight matched per document.
        let weighted = !rule.light.isEmpty
        var lightWeightOf: [Int32: Float] = [:]
        var wordsWeight: Float = 0
        var matchedWords = [Float](repeating: 0, count: weighted ? self.ids.count : 0)
        if weighted {
            var counted = Set<[UInt8]>()
            for (word, id) in zip(words, ids) where counted.insert(Array(word)).inserted {
                let w: Float = rule.light.contains(String(decoding: word, as: UTF8.self)) ? rule.lightWeight : 1
                wordsWeight += w
                if id >= 0 { lightWeightOf[id] = w }
            }
        }
        var touched: [Int32] = []
        // The filter is asked once per document, not once per posting: 0 not asked, 1 in, 2 out.
        var allowed = [UInt8](repeating: include == nil ? 1 : 0, count: include == nil ? 0 : self.ids.count)
        for (term, isPair) in queryTerms {
            let list = postings[Int(term)]
            let df = Float(list.count)
            let idf = log(1 + (n - df + 0.5) / (df + 0.5))
            let boost: Float = isPair ? pairBoost : 1
            for p in list {
                let d = Int(p.doc)
                if let include {
                    if allowed[d] == 0 { allowed[d] = include(d) ? 1 : 2 }
                    if allowed[d] == 2 { continue }
                }
                if scores[d] == 0 { touched.append(p.doc) }
                let norm = k1 * (1 - b + b * lengths[d] / averageLength)
                scores[d] += boost * idf * (p.tf * (k1 + 1)) / (p.tf + norm)
                if !isPair {
                    matchedSingles[d] &+= 1
                    if weighted { matchedWords[d] += lightWeightOf[term] ?? 1 }
                    if rule.byWeight { matchedWeight[d] += idf }
                }
            }
        }
        let tokens = ids
        // Documents that hold every word of the query come first: scale by the share of words matched.
        var hits: [SearchHit] = []
        hits.reserveCapacity(touched.count)
        for d32 in touched {
            let d = Int(d32)
            let coverage = Float(matchedSingles[d]) / Float(singles)
            let share = rule.byWeight ? matchedWeight[d] / max(totalWeight, 1e-6) : weighted ? matchedWords[d] / max(wordsWeight, 1e-6) : coverage
            var score = scores[d] * (rule.power == 2 ? share * share : pow(share, rule.power))
            let title = titles[d]
            if coverage == 1, Self.contains(title, phrase: tokens) {
                score *= 1 + titlePhraseBoost * Float(tokens.count) / Float(max(title.count, tokens.count))
                if title.count == tokens.count { score *= 1.2 } // the query is the whole title
            }
            if score > 0 { hits.append(SearchHit(index: d, id: self.ids[d], score: Double(score))) }
        }
        hits.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        return Array(hits.prefix(limit))
    }
}
