import Foundation

/// The language an answer is written in: the asker's.
public enum AnswerLanguage: String, Codable, Sendable {
    case vi, en

    /// English when the question has (almost) no Vietnamese marks and most of its words are English. A marked word or
    /// two in a longer question is an English loanword's accent ("fiancé", "café", "résumé"), not Vietnamese: Vietnamese
    /// written with its marks marks most of its words.
    public static func of(_ question: String) -> AnswerLanguage {
        let words = VietnameseText.words(VietnameseText.fold(question))
        guard !words.isEmpty else { return .vi }
        if VietnameseText.hasDiacritics(question) {
            let marked = question.split { !$0.isLetter }.filter { VietnameseText.hasDiacritics(String($0)) }.count
            guard words.count >= 6, marked * 10 <= words.count else { return .vi }
        }
        let english = words.filter { englishWords.contains(String($0)) }.count
        if english >= 1 && Double(english) >= Double(words.count) * 0.4 { return .en }
        // Mostly words of the administrative glossary ("can I collect my father's pension on his behalf").
        if EnglishGlossary.standard.readsAsEnglish(words) { return .en }
        // Mostly words no Vietnamese syllable is shaped like ("a credit institution from Japan plans a liaison office").
        let foreign = words.filter { !$0.contains(where: \.isNumber) && !Self.vietnameseSyllable($0) }.count
        return foreign >= 3 && Double(foreign) >= Double(words.count) * 0.5 ? .en : .vi
    }

    /// Whether a folded word has the shape of a Vietnamese syllable: an initial consonant, a vowel group, a final
    /// consonant ("nghieng", "truong", "khuyen"). "credit", "from", "office", "plans" do not; "in", "the", "an" do.
    static func vietnameseSyllable(_ word: Substring) -> Bool {
        for onset in onsets + [""] where word.hasPrefix(onset) {
            let rest = word.dropFirst(onset.count)
            for coda in codas + [""] where rest.hasSuffix(coda) && nuclei.contains(String(rest.dropLast(coda.count))) {
                return true
            }
        }
        return false
    }

    static let onsets = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
                         "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"]
    static let codas = ["ng", "nh", "ch", "c", "m", "n", "p", "t"]
    static let nuclei: Set<String> = [
        "uye", "uya", "uyu", "ieu", "yeu", "uoi", "uou", "oai", "oay", "oao", "oeo", "uay", "uau", "ai", "ao", "au", "ay",
        "eo", "eu", "ia", "ie", "iu", "oa", "oe", "oi", "oo", "ua", "ue", "ui", "uo", "uu", "uy", "ye", "a", "e", "i", "o",
        "u", "y",
    ]

    /// Common English words that are not also unaccented Vietnamese syllables ("an", "do", "to", "me", "can"…
    /// are left out on purpose).
    static let englishWords: Set<String> = [
        "how", "what", "where", "when", "which", "who", "why", "my", "the", "for", "of", "is", "are", "need", "apply",
        "get", "register", "registration", "certificate", "want", "please", "lost", "card", "id", "passport", "marriage",
        "marry", "birth", "death", "died", "copy", "business", "residence", "temporary", "permanent", "fee", "fees", "cost",
        "much", "long", "does", "take", "with", "and", "or", "your", "it", "this", "that", "be", "have", "has", "was",
        "will", "would", "should", "land", "house", "building", "permit", "child", "baby", "daughter", "son", "wife",
        "husband", "am", "from", "at", "by", "about", "certify", "documents", "papers", "household", "in", "i", "a",
        "level", "unit", "handles", "status", "dossier", "application", "file", "submit", "online", "days", "time",
        "restaurant", "weather", "good", "capital", "football", "won", "yesterday", "today", "recommend", "tell", "me",
        "forget", "rules", "invent", "code", "ignore", "instructions", "you", "new", "old", "renew", "replace",
    ]
}
