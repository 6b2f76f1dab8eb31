import Foundation

/// Whether a folded word could be a Vietnamese syllable: an onset the orthography has ("", "b", "ch", "ngh", "qu"…) followed
/// by a rhyme it has ("a", "anh", "uyen", "uong"…), both without marks. A word that is not ("snh", "dag", "khia") is a slip of
/// the keyboard or a foreign word; one that is ("khat", "ruong") is left as it is, known to the catalogue or not.
public enum VietnameseSyllable {
    static let onsets: [String] = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
                                   "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""]

    static let rhymes: Set<String> = {
        var set = Set<String>()
        let groups: [(String, [String])] = [
            ("a", ["", "c", "ch", "i", "m", "n", "ng", "nh", "o", "p", "t", "u", "y"]),
            ("e", ["", "c", "ch", "m", "n", "ng", "nh", "o", "p", "t", "u"]),
            ("i", ["", "a", "ch", "m", "n", "nh", "p", "t", "u"]),
            ("ie", ["c", "m", "n", "ng", "p", "t", "u"]),
            ("y", ["", "e", "en", "et", "eu", "em"]),
            ("o", ["", "c", "i", "m", "n", "ng", "p", "t", "o", "oc", "ong"]),
            ("oa", ["", "c", "ch", "i", "m", "n", "ng", "nh", "o", "p", "t", "y"]),
            ("oe", ["", "m", "n", "o", "t"]),
            ("u", ["", "a", "c", "i", "m", "n", "ng", "p", "t", "u", "y", "e", "o", "ech", "enh"]),
            ("ua", ["", "n", "ng", "t", "y"]),
            ("uo", ["", "c", "i", "m", "n", "ng", "p", "t", "u"]),
            ("uy", ["", "a", "ch", "en", "et", "nh", "t", "u", "p"]),
        ]
        for (nucleus, endings) in groups { for e in endings { set.insert(nucleus + e) } }
        return set
    }()

    /// - Parameter word: folded, lower case.
    public static func isPossible(_ word: Substring) -> Bool {
        for onset in onsets where word.hasPrefix(onset) {
            let rhyme = word.dropFirst(onset.count)
            if rhymes.contains(String(rhyme)) { return true }
        }
        return false
    }
}
