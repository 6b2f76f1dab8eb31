/// A question's words, both folded and as written, kept aligned.
public struct QuestionWords: Sendable {
    public private(set) var folded: [Substring]
    public private(set) var accented: [Substring]
    /// Each word's place in the question as asked (words taken out leave gaps).
    public private(set) var positions: [Int]
    /// Match phrases and stop words by their accented form (the question was typed with diacritics).
    public private(set) var accentedMatching: Bool

    /// - Parameter shorthand: chat shorthand is written out first (``ChatShorthand``): for a question in Vietnamese.
    public init(_ text: String, shorthand: Bool = false) {
        var lower = VietnameseText.lowerWords(text)
        // (How it was typed is read from the words as typed, before shorthand is written out with its marks.)
        self.accentedMatching = Self.writtenWithMarks(lower)
        if shorthand { lower = ChatShorthand.expand(lower) }
        var folded: [Substring] = []
        var accented: [Substring] = []
        for w in lower {
            let f = VietnameseText.fold(w)
            guard !f.isEmpty, !f.contains(" ") else { continue }
            folded.append(Substring(f))
            accented.append(Substring(w))
        }
        self.folded = folded
        self.accented = accented
        self.positions = Array(folded.indices)
    }

    /// Whether the writer typed the marks: a quarter of the words or more carry one (in Vietnamese written with its marks
    /// about half the syllables do). A question with one or two marked words among many ("tôi muon lam lai can cuoc") was
    /// typed without them, the marks that are there put in by a phone: its words are read folded.
    static func writtenWithMarks(_ words: [String]) -> Bool {
        guard !words.isEmpty else { return false }
        let marked = words.filter { w in w.unicodeScalars.contains { $0.value > 0x7F } }.count
        return marked > 0 && marked * 4 >= words.count
    }

    public var count: Int { folded.count }

    /// Where a phrase (in the matching form) stands, if it does.
    public func find(_ phrase: [Substring]) -> Range<Int>? {
        let words = accentedMatching ? accented : folded
        guard !phrase.isEmpty, phrase.count <= words.count else { return nil }
        for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
            if (1..<phrase.count).allSatisfy({ words[start + $0] == phrase[$0] }) { return start..<(start + phrase.count) }
        }
        return nil
    }

    /// Where the words of a phrase stand in order with at most `gap` other words between each two of them ("sửa lại mặt
    /// tiền nhà" holds "sửa nhà"), the nearest such placing first; nil for a phrase of one word.
    public func find(_ phrase: [Substring], gap: Int) -> [Int]? {
        let words = accentedMatching ? accented : folded
        guard phrase.count >= 2, gap > 0 else { return nil }
        for start in words.indices where words[start] == phrase[0] {
            var placed = [start]
            for word in phrase.dropFirst() {
                let from = placed.last! + 1
                guard let next = (from..<min(from + gap + 1, words.count)).first(where: { words[$0] == word }) else { break }
                placed.append(next)
            }
            if placed.count == phrase.count { return placed }
        }
        return nil
    }

    /// Finds a folded phrase whatever the matching form (aspect words are written folded), from word `from` on.
    public func findFolded(_ phrase: [Substring], from: Int = 0) -> Range<Int>? {
        guard !phrase.isEmpty, from + phrase.count <= folded.count else { return nil }
        for start in from...(folded.count - phrase.count) where folded[start] == phrase[0] {
            if (1..<phrase.count).allSatisfy({ folded[start + $0] == phrase[$0] }) { return start..<(start + phrase.count) }
        }
        return nil
    }

    /// Replaces the words `respelling` gives another spelling for (folded). The marks of a respelt word are unknown, so a
    /// question typed with marks is then read folded, like one typed without.
    /// `respelling` is given each word with the words before and after it (as typed).
    public mutating func respell(_ respelling: (Substring, Substring?, Substring?) -> String?) {
        for i in folded.indices {
            guard let word = respelling(folded[i], i > 0 ? folded[i - 1] : nil, i + 1 < folded.count ? folded[i + 1] : nil) else { continue }
            folded[i] = Substring(word)
            accented[i] = Substring(word)
            accentedMatching = false
        }
    }

    public mutating func remove(_ range: Range<Int>) {
        folded.removeSubrange(range)
        accented.removeSubrange(range)
        positions.removeSubrange(range)
    }

    public mutating func removeAll(where shouldRemove: (Int) -> Bool) {
        let keep = (0..<count).filter { !shouldRemove($0) }
        folded = keep.map { folded[$0] }
        accented = keep.map { accented[$0] }
        positions = keep.map { positions[$0] }
    }
}
