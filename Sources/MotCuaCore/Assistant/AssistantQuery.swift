

/// How a question was understood.
public struct AssistantQuery: Sendable {
    public enum Kind: String, Sendable {
        /// A question about procedures.
        case procedures
        /// Nothing to answer from: empty, too long, not text.
        case invalid
        /// An attempt to make the assistant leave its instructions or help with fraud.
        case refused
        /// A dossier code to look up.
        case dossierStatus
    }
    public let kind: Kind
    /// The folded words used for retrieval (stop words and aspect words removed, expansions added).
    public let searchText: String
    /// The procedure names the alias table and the situation rules read into the question (folded).
    public var expansions: [String] = []
    /// The question's own words as searched (its English words in the catalogue's Vietnamese), without the expansions.
    public var ownWords: [Substring] = []
    /// The question's words as asked (folded), for finding the examples nearest to it (``AssistantExamples``).
    public var asked: [Substring] = []
    /// The question's words as asked without what it asks about the procedure (its fee, time, place, papers: "how much
    /// does … cost", "ở đâu", "bao lâu"), for telling whether questions like it were in scope: a price question and a
    /// question of a procedure's fee share their asking words, not their subject.
    public var subject: [Substring] = []
    /// The question's words as written with their marks (``VietnameseText/toneKey(_:)``), by folded word; empty for a
    /// question typed without them.
    public var marked: [Substring: Set<String>] = [:]
    /// The question is in English (its search words are the glossary's Vietnamese).
    public var english = false
    public let aspects: [QuestionAspect]
    /// The question names no procedure of its own (e.g. "còn lệ phí thì sao?"): a follow-up.
    public let isFollowUp: Bool
    public let dossierCode: String?
    public let injectionDetected: Bool
    /// The question names something that is not a procedure of this catalogue (small talk, prices, another sector's
    /// service): a weak match then gets "I don't know", not a guess.
    public var namesNonService = false
    /// The sector of ``AssistantLexicon/uncoveredSectors`` the question names (when it names no procedure).
    public var uncoveredSector: String?
    /// The question names small talk (a greeting, the assistant itself, a joke…).
    public var namesSmallTalk = false
    /// An alias or a situation rule read a procedure's name into the question (not only a word of its vocabulary).
    public var namesProcedure = false
}
