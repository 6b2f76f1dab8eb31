import Foundation

/// The language an answer is written in: the asker's.
public enum AnswerLanguage: String, Codable, Sendable {
    case vi, en

    /// English when the question has no Vietnamese marks and most of its words are English.
    public static func of(_ question: String) -> AnswerLanguage {
        guard !VietnameseText.hasDiacritics(question) else { return .vi }
        let words = VietnameseText.words(VietnameseText.fold(question))
        guard !words.isEmpty else { return .vi }
        let english = words.filter { englishWords.contains(String($0)) }.count
        if english >= 1 && Double(english) >= Double(words.count) * 0.4 { return .en }
        // Mostly words of the administrative glossary ("can I collect my father's pension on his behalf").
        return EnglishGlossary.standard.readsAsEnglish(words) ? .en : .vi
    }

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
