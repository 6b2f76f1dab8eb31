import Foundation

/// The assistant's understanding and retrieval, over the official catalogue only. Deterministic: the same
/// question (and context) always gives the same result.
public struct Assistant: Sendable {
    public static let maxQuestionLength = 2000

    public let catalogue: ProcedureSearch
    public let lexicon: AssistantLexicon
    /// Below this BM25 score the best match is not trusted as the answer.
    public var minimumScore: Double = 40
    /// (``weakScore``, ``strongScore`` and ``outOfScopeShare`` are the hand rules of the scope decision, used without ``scope``;
    /// with it, a question below ``minimumScore`` that the model keeps is asked back, whatever its score.)
    /// Between this score and ``minimumScore`` a question about an administrative matter that matches weakly gets
    /// the closest procedures as a clarifying question ("did you mean…?") rather than "I don't know". (Calibrated on
    /// questions measured before anything was tuned on them, eval/assistant-dev-12 to -14: between 12 and 20, 7 of 11
    /// were in scope with an acceptable procedure among the first three, 2 were out of scope. Services outside the
    /// catalogue and small talk are turned away by their words, ``AssistantLexicon/uncoveredSectors``, whatever the score.)
    public var weakScore: Double = 12
    /// A match at least this strong is answered even when the question also names something outside the catalogue.
    public var strongScore: Double = 80
    /// How a question's partial match is scored (see ``SearchIndex/Coverage``): a question in people's words holds
    /// words no title has, so the share matched counts once, not squared as in catalogue search.
    public var coverage = SearchIndex.Coverage(power: 1)
    /// How much the field a question's words fit (``FieldModel``) weighs in ranking; 0 leaves it out.
    public var fieldWeight: Double = 0.5
    /// Two candidates closer than this ratio are equally good: ask which one (the hand-weighted ranking).
    public var clarifyRatio: Double = 0.97
    /// Re-ranked, a first candidate given less than this probability among the candidates is not sure enough to answer
    /// alone: the first three are offered. (On the tuning sets, each left out in turn, the first candidate is right for 0.37
    /// of the questions below 0.5 and the first three for 0.81; above it, the first for 0.88.)
    public var clarifyProbability: Double = 0.5
    /// The learned re-ranking of the candidates (nil: the hand-weighted ranking as it is).
    public var reranker: Reranker? = .standard
    /// The re-ranking's trees: when there are, they score the candidates in place of ``reranker``'s linear weights (which
    /// still say whether to re-rank at all).
    public var forest: RerankerForest? = .standard
    /// The learned decision whether the catalogue answers a question at all (nil: hand rules — another sector's word below
    /// ``strongScore``, the nearest examples' ``outOfScopeShare``, ``weakScore``).
    public var scope: ScopeModel? = .standard
    /// Questions asked before with their answers, and the catalogue's titles: the nearest ones vote for candidates (weighed by
    /// ``reranker``). See ``AssistantExamples/standard(titles:)``.
    public var examples: AssistantExamples?
    /// How many of the best-voted procedures join the candidates when the search did not rank them among its first 40.
    public var votedCandidates = 5
    /// The share of the nearest examples' weight that questions out of scope must have for a question matching below
    /// ``outOfScopeCeiling`` to get "I don't know" (``AssistantExamples/outOfScopeShare(for:)``); nil: not used. Calibrated
    /// on the tuning sets, each as unseen (its own examples and other files' near twins left out; eval/README.md): with the
    /// three nearest, 0.8 and 60 turned 14 more of 365 out-of-scope questions away for one more in-scope "I don't know"
    /// among 2,164, hit@3 unchanged; a share of 0.6 gains 3 more and costs 13. Checked again on 2,326 and 429: 0.7 gains 2
    /// and costs 3, 0.9 loses 5; a ceiling of 80 (share 0.7) gains 5 and costs 9. Again on 40 sets (4,435 and 829, the
    /// examples now 5,264): 0.7 turns 9 more away (750 → 759) for one more in-scope "I don't know" (a miss already), hit@1
    /// and hit@3 unchanged; 0.6 gains 13 and costs 6, a ceiling of 80 (share 0.7) gains 17 and costs 4.
    public var outOfScopeShare: Double? = 0.7
    /// The best match above which the nearest examples do not turn a question away.
    public var outOfScopeCeiling: Double = 60
    /// What a citizens' residence procedure keeps of its score when the question is about a foreigner. On the tuning sets (3,823
    /// in scope, each unseen): 0.7 put three more right first, 0.5 four, none lost.
    public var foreignerResidence: Double = 0.5
    /// What an enterprise's procedure keeps of its score when the question is about a household business, and the other way. On
    /// the tuning sets (3,823 in scope, each unseen): 0.7 and 0.5 each put one more right first, none lost.
    public var otherBusinessKind: Double = 0.7

    /// Procedures never offered (abolished by the day of the question).
    public var excluding: Set<String> = []

    public let glossary: EnglishGlossary

    /// Names of provinces and cities (folded words, two or more), taken out of a question before retrieval:
    /// "từ Nghệ An vào Sài Gòn" says where, not what. See ``placeNames(_:)``.
    public var placeNames: [[Substring]] = []

    /// The folded names of places from official names ("Tỉnh Nghệ An", "Thành phố Hồ Chí Minh"), with the names people
    /// use for the largest city; one-syllable names are left out (they are also ordinary words).
    public static func placeNames(_ official: [String]) -> [[Substring]] {
        var names = Set<[Substring]>()
        for name in official + ["Sài Gòn", "TP HCM", "TP Hồ Chí Minh", "Hồ Chí Minh", "Hà Nội"] {
            var words = VietnameseText.words(VietnameseText.fold(name))
            for prefix: [Substring] in [["thanh", "pho"], ["tinh"]] where words.starts(with: prefix) { words.removeFirst(prefix.count) }
            if words.count >= 2 { names.insert(words) }
        }
        return names.sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
    }

    /// `examples`: nil for the shipped examples with this catalogue's titles, indexed now (a snapshot indexes them once and
    /// passes them; see ``AssistantExamples/standard(titles:)``).
    public init(catalogue: ProcedureSearch, lexicon: AssistantLexicon = .standard, glossary: EnglishGlossary = .standard,
                examples: AssistantExamples? = nil) {
        self.catalogue = catalogue
        self.examples = examples ?? .standard(titles: catalogue.titles)
        self.lexicon = lexicon
        self.glossary = glossary
    }

    static let aspectWords: [(QuestionAspect, [String])] = [
        (.authority, ["thuoc cap nao", "cap nao giai quyet", "cap nao", "tham quyen", "don vi nao giai quyet", "don vi nao",
                      "co quan nao giai quyet", "ai giai quyet", "co phai viec cua", "xa hay tinh", "which level", "which unit",
                      "who handles", "who decides"]),
        (.fee, ["le phi", "phi", "bao nhieu tien", "mat tien", "ton tien", "chi phi", "fee", "fees", "cost", "how much"]),
        (.deadline, ["bao lau phai", "han chot", "how soon must", "how soon do i have to", "how many days do i have", "deadline"]),
        (.time, ["bao lau", "may ngay", "thoi han", "bao nhieu ngay", "how long", "mat bao lau", "khi nao co"]),
        (.documents, ["giay to gi", "giay to", "ho so gom", "ho so", "can mang", "mang theo", "documents", "papers", "thanh phan"]),
        (.place, ["o dau", "noi nao", "cho nao", "where", "co quan nao", "nop o dau"]),
        (.online, ["online", "truc tuyen", "qua mang", "tren mang", "dich vu cong", "vneid"]),
        (.steps, ["trinh tu", "cac buoc", "quy trinh", "the nao", "steps", "how to"]),
        // Last, once "bao nhiêu ngày" has been read as time: a bare "how much" is about money.
        (.fee, ["bao nhieu"]),
    ]

    /// Every word of the aspect phrases ("bao lâu", "lệ phí"…), folded.
    static let aspectVocabulary: Set<String> = Set(aspectWords.flatMap { $0.1.flatMap { VietnameseText.words($0) } }.map(String.init))

    /// Words of a title that make it a variant, and the words of a question that ask for it.
    /// ("quan su|quan su|quan doi": the qualifier, then the phrases that ask for it; none listed: the qualifier itself.)
    static let variantQualifiers: [(qualifier: [Substring], triggers: [[Substring]])] = [
        "luu dong", "co yeu to nuoc ngoai|nuoc ngoai", "khu vuc bien gioi", "cap trung uong", "cap huyen", "dang ky lai", "xoa",
        "ket hop", "nguoi da co ho so", "quan su|quan su|quan doi|bo doi", "theo yeu cau cua co quan", "nguoi dich", "duoi 14 tuoi",
        "thay doi noi dung", "cap lai", "cap doi", "gia han", "dieu chinh", "dung thuc hien", "cham dut", "tam ngung", "giai the",
        "tai phat", "tiep tuc bi", "khong phai xin phep|phai xin phep|can xin phep|khong xin phep",
        "chuyen doi|chuyen|doi|convert|change|switch", "mo khoa|mo khoa|mo lai|bi khoa|khoa roi",
    ].map { (s: String) in
        let parts = s.split(separator: "|").map { VietnameseText.words(String($0)) }
        return (parts[0], parts.count > 1 ? Array(parts.dropFirst()) : parts)
    }
    /// The field of the residence law's procedures, which register citizens.
    static let citizensResidence = "Đăng ký, quản lý cư trú"
    /// Whether words name an enterprise ("doanh nghiệp", a company read as one) or a household business, and not both.
    static func businessKind(_ words: [Substring]) -> Bool? {
        let enterprise = SearchIndex.containsPhrase(words, ["doanh", "nghiep"])
        let household = SearchIndex.containsPhrase(words, ["ho", "kinh", "doanh"])
        return enterprise == household ? nil : enterprise
    }
    /// Re-issues and changes: asked for (a loss read as "cấp lại", "xóa", "gia hạn"), the plain procedure is not meant.
    static let reissues: Set<[Substring]> = Set([
        "cap lai", "cap doi", "gia han", "xoa", "dang ky lai", "thay doi noi dung", "cham dut", "tam ngung", "giai the",
    ].map { VietnameseText.words($0) })

    static let injectionPhrases = [
        "ignore your instructions", "ignore previous instructions", "ignore all previous", "ignore the above",
        "system prompt", "you are now", "jailbreak", "developer mode", "bo qua moi huong dan", "bo qua huong dan",
        "bo qua cac huong dan", "quen di huong dan", "bo het quy tac", "bo qua quy tac", "bo qua moi quy tac", "quen het quy tac",
        "ignore the rules", "ignore all rules", "ignore your rules", "bia ra", "make up a", "invent a", "pretend", "forget all",
        "quen vai tro", "hay dong vai", "dong vai ban", "dong vai nguoi", "role play", "roleplay",
    ]
    /// Whether "phải" (must) comes before "bao lâu" (how long), and not as "phải chờ/đợi" (must wait).
    static func asksDeadline(_ folded: [Substring]) -> Bool {
        guard let howLong = folded.indices.dropLast().first(where: { folded[$0] == "bao" && folded[$0 + 1] == "lau" }) else { return false }
        return folded[..<howLong].indices.contains { folded[$0] == "phai" && !["cho", "doi"].contains($0 + 1 < folded.count ? folded[$0 + 1] : "") }
    }
    /// Papers (folded last words of their names) that "mất" after them has lost: "bản chính", "bản gốc", "giấy tờ".
    static let lostPapers: Set<Substring> = ["chinh", "goc", "to", "chieu", "cuoc"]
    /// Asking the assistant to make something up is refused whatever else the question says.
    static let fabricationPhrases = ["bia ra", "bia mot", "make up a", "invent a", "invent an", "tu nghi ra"]
    static let fraudWords = ["forge", "fake", "counterfeit", "lam gia", "gia mao", "lam gia giay", "lam lau"]

    /// Understands a question: validity, injection, aspects, follow-up, dossier code, search words.
    public func analyse(_ question: String) -> AssistantQuery {
        let trimmed = question.trimmingCharacters(in: .whitespacesAndNewlines)
        let controls = trimmed.unicodeScalars.filter { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" }.count
        if trimmed.isEmpty || trimmed.count > Self.maxQuestionLength || controls > 0 {
            return AssistantQuery(kind: .invalid, searchText: "", aspects: [], isFollowUp: false, dossierCode: nil, injectionDetected: false)
        }
        let spaced = " " + VietnameseText.fold(trimmed) + " "
        let injection = Self.injectionPhrases.contains { spaced.contains(" " + $0 + " ") || spaced.contains(" " + $0) }
        if Self.fraudWords.contains(where: { spaced.contains(" " + $0 + " ") })
            || Self.fabricationPhrases.contains(where: { spaced.contains(" " + $0 + " ") }) {
            return AssistantQuery(kind: .refused, searchText: "", aspects: [], isFollowUp: false, dossierCode: nil, injectionDetected: injection)
        }
        if let code = Self.dossierCode(in: trimmed) {
            return AssistantQuery(kind: .dossierStatus, searchText: "", aspects: [], isFollowUp: false, dossierCode: code, injectionDetected: injection)
        }
        let language = AnswerLanguage.of(trimmed)
        var words = QuestionWords(trimmed, shorthand: language == .vi)
        // A slip of the keyboard ("đăg ký", "khai snh"): a word that cannot be a Vietnamese syllable, which no name or stop
        // word has, one letter away from a catalogue word, is read as that word; and, typed without marks, a slip that made
        // another word.
        if language == .vi {
            let unmarked = !words.accentedMatching
            words.respell { w, before, after in
                guard !lexicon.knownWords.contains(String(w)), !Self.aspectVocabulary.contains(String(w)) else { return nil }
                guard VietnameseSyllable.isPossible(w) else { return catalogue.index.nearestWord(to: w, before: before, after: after) }
                // A slip that made another word ("can cuc"), in a question typed without marks: read by the content words
                // beside it. Kin and nationalities are never read so.
                guard unmarked, !Self.kin.contains(w), !AssistantLexicon.nationalities.contains(w) else { return nil }
                let content = { (n: Substring?) in n.flatMap { lexicon.foldedStopWords.contains(String($0)) ? nil : $0 } }
                return catalogue.index.pairedWord(for: w, before: content(before), after: content(after))
            }
        }
        let asked = words
        // "ông tôi vừa mất": a death, not a lost document (checked before aspect words are taken out).
        // "… bị mất", "làm mất", "đánh mất" at the end is a loss.
        let folded = words.folded
        // ("bản chính đã mất", "giấy tờ cũng mất": a paper before "mất" is what was lost.)
        let lost = { (i: Int) in
            var j = i - 1
            while j > 0, ["da", "cung", "bi"].contains(folded[j]) { j -= 1 }
            return i > 0 && (Self.lossVerbs.contains(folded[i - 1]) || Self.lostPapers.contains(folded[j]))
        }
        let endsWithDeath = folded.last == "mat" && !lost(folded.count - 1)
            || (words.count >= 2 && folded[words.count - 2] == "mat" && folded.last == "roi" && !lost(words.count - 2))
            || Self.kinDied(folded)
        // "mất bao lâu", "mất mấy ngày", "mất tiền không": "mất" is "take" or "cost" there, neither a loss nor a death.
        let taking: Set<Substring> = ["bao", "may", "khoang", "tien", "thoi", "het", "it", "nhieu", "chung", "phi"]
        let beforeTaking = words
        words.removeAll { i in beforeTaking.folded[i] == "mat" && i + 1 < beforeTaking.count && taking.contains(beforeTaking.folded[i + 1]) }
        var aspects: [QuestionAspect] = []
        for (aspect, phrases) in Self.aspectWords {
            for phrase in phrases {
                // VNeID is a channel and a subject ("tài khoản VNeID bị khóa"): it stays for the aliases to read.
                if phrase == "vneid" {
                    if words.findFolded(["vneid"]) != nil, !aspects.contains(aspect) { aspects.append(aspect) }
                    continue
                }
                var from = 0
                while let range = words.findFolded(VietnameseText.words(phrase), from: from) {
                    if !aspects.contains(aspect) { aspects.append(aspect) }
                    // In English, an aspect word inside a phrase the glossary translates stays for it: a "registration
                    // fee" is a tax to declare ("lệ phí trước bạ"), not only the question of a fee.
                    if language == .en, glossary.holds(words.folded, range) { from = range.upperBound; continue }
                    words.remove(range)
                }
            }
        }
        let subject = words.folded
        // "phải đi khai sinh trong bao lâu" asks by when the asker must act; "phải chờ bao lâu" how long the office takes.
        if let t = aspects.firstIndex(of: .time), Self.asksDeadline(asked.folded) { aspects[t] = .deadline }
        for place in placeNames {
            while let range = words.findFolded(place) { words.remove(range) }
        }
        // "ở Việt Nam", "sang Việt Nam": where, not which procedure ("quốc tịch Việt Nam" stays).
        for preposition in ["o", "tai", "sang", "ve", "den", "vao", "in", "to"] as [Substring] {
            while let range = words.findFolded([preposition, "viet", "nam"]) { words.remove(range.dropFirst()) }
        }
        var (placed, rest) = lexicon.expandPlaced(words) { catalogue.index.knowsPair($0, $1) }
        // "con trai lấy vợ, muốn tách hộ khẩu": what comes before "muốn"/"thì" is the situation, what follows the request.
        // When both name a procedure, the request's is the one meant.
        // (Words, not names: "sang tên" after "thì" does not say which procedure.)
        if let marker = Self.requestMarker(in: words),
           placed.contains(where: { $0.at > marker && !lexicon.vocabularyExpansions.contains($0.expansion) }) {
            placed.removeAll { $0.at < marker }
        }
        // "chuyển đất vườn sang đất ở để xây nhà": what follows "để" is the purpose; the request comes before it.
        if let purpose = Self.purposeMarker(in: words),
           placed.contains(where: { $0.at < purpose }) || words.positions.filter({ $0 < purpose }).count >= 4 {
            placed.removeAll { $0.at > purpose }
        }
        var expansions = placed.map(\.expansion)
        // "sai ngày sinh", "đổi tên" said of another paper (an ID card, a social insurance book, a land certificate): that
        // paper's correction, not the civil status one.
        if expansions.contains(where: Self.civilCorrections.contains) {
            let others = expansions.filter { !Self.civilCorrections.contains($0) }.flatMap { VietnameseText.words($0) }
            let names = { (phrases: [[Substring]]) in
                phrases.contains { SearchIndex.containsPhrase(rest.folded, $0) || SearchIndex.containsPhrase(others, $0) }
            }
            // A business's new name is a change of its registration ("đổi tên công ty", "hộ kinh doanh đổi tên chủ hộ").
            if names(Self.businesses) {
                expansions = expansions.map { Self.civilCorrections.contains($0) ? "dang ky doi ten thay doi noi dung dang ky" : $0 }
            } else if names(Self.otherPapers) {
                expansions = expansions.map { Self.civilCorrections.contains($0) ? "dieu chinh thong tin" : $0 }
            }
        }
        // A mistake on a card or a book ("sổ bảo hiểm bị sai năm sinh") is put right by adjusting its details; a land
        // certificate's is corrected ("đính chính").
        let expanded = expansions.map { VietnameseText.words($0) }
        if expansions.contains(Self.mistake), Self.adjustedPapers.contains(where: { paper in SearchIndex.containsPhrase(rest.folded, paper)
                || expanded.contains { SearchIndex.containsPhrase($0, paper) } }) {
            expansions = expansions.map { $0 == Self.mistake ? "dieu chinh thong tin" : $0 }
        }
        // Born in another country ("con tôi sinh bên Nhật"): a birth registered there is recorded here; one not registered
        // there ("chưa đăng ký khai sinh ở bên đó", or nothing said of it) is registered here, with its foreign element.
        if AssistantLexicon.bornAbroad(folded), !expansions.contains(where: { $0.contains("nuoc ngoai") }) {
            expansions.append(AssistantLexicon.registeredAbroad(folded)
                ? "sinh o nuoc ngoai ghi vao so ho tich viec ho tich da duoc giai quyet tai co quan co tham quyen cua nuoc ngoai"
                : "dang ky khai sinh co yeu to nuoc ngoai")
        }
        // What a neighbour builds is the situation ("hàng xóm xây tường lấn sang"), not a permit the asker needs.
        if SearchIndex.containsPhrase(folded, ["hang", "xom"]) || SearchIndex.containsPhrase(folded, ["nha", "ben", "canh"]) {
            expansions.removeAll { $0.contains("giay phep xay dung") }
        }
        if endsWithDeath && !aspects.contains(.time) {
            expansions.append("dang ky khai tu")
            // "mất" has been read as the death.
            let snapshot = rest
            rest.removeAll { snapshot.folded[$0] == "mat" }
        }
        // A death told as the situation of another request ("bà tôi mất rồi, còn lương hưu chưa lĩnh", "lợn chết hết vì dịch,
        // xin hỗ trợ"): the request is the procedure meant; the death only qualifies it.
        if expansions.contains("dang ky khai tu"), expansions.contains(where: { $0 != "dang ky khai tu" && !lexicon.vocabularyExpansions.contains($0)
                                                                              && !Self.qualifiersOnly.contains($0) }) {
            expansions = expansions.map { $0 == "dang ky khai tu" ? "da chet" : $0 }
        }
        let situations = lexicon.situationExpansions(rest, expansions: expansions)
        expansions += situations
        // Another country's nationality has been read as a foreign element: its words would pull the nationality procedures.
        if let range = AssistantLexicon.foreignNationality(in: rest.folded) { rest.remove(range) }
        // A loss read as a re-issue: "bị mất" has done its work (left in, it would favour titles that say "bị mất").
        if situations.contains("cap lai") {
            let snapshot = rest
            rest.removeAll { i in
                let isLoss = snapshot.accentedMatching ? snapshot.accented[i] == "mất" : snapshot.folded[i] == "mat" && i > 0 && Self.lossVerbs.contains(snapshot.folded[i - 1])
                let beforeLoss = i + 1 < snapshot.count && Self.lossVerbs.contains(snapshot.folded[i])
                    && (snapshot.accentedMatching ? snapshot.accented[i + 1] == "mất" : snapshot.folded[i + 1] == "mat")
                return isLoss || beforeLoss
            }
        }
        if injection {
            let injected: Set<Substring> = ["ignore", "instructions", "previous", "your", "bo", "qua", "moi", "huong", "dan", "truoc", "do", "va"]
            let restFolded = rest.folded
            rest.removeAll { injected.contains(restFolded[$0]) }
        }
        // An English question: its words of administrative life in the catalogue's Vietnamese.
        var translated: [String] = []
        if language == .en {
            let (vietnamese, untranslated) = glossary.translate(rest.folded)
            translated = vietnamese + (EnglishGlossary.foundsBusiness(words.folded) ? ["thanh lap"] : [])
            let keep = Set(untranslated.map(String.init))
            let restFolded = rest.folded
            rest.removeAll { !keep.contains(String(restFolded[$0])) }
            // The situation read from the question in the catalogue's words ("a copy of my marriage certificate").
            expansions += lexicon.situationExpansions(QuestionWords(translated.joined(separator: " ")), expansions: expansions)
                .filter { !expansions.contains($0) }
            // A mistake ("wrong", "mistake": "cải chính") on another paper than a civil status one is that paper's own
            // correction, as in Vietnamese: a social insurance book's details adjusted, a certificate's corrected.
            if translated.contains(where: { $0.contains("cai chinh") }) {
                let said = (translated + expansions).flatMap { VietnameseText.words($0) }
                let names = { (papers: [[Substring]]) in papers.contains { SearchIndex.containsPhrase(said, $0) } }
                // (A card with a mistake is exchanged for a right one.)
                let card = names([["the", "can", "cuoc"], ["can", "cuoc"]])
                let correction = card ? "cap doi" : names(Self.adjustedPapers) ? "dieu chinh thong tin" : names(Self.otherPapers) ? Self.mistake : nil
                if let correction { translated = translated.map { $0.replacingOccurrences(of: "cai chinh", with: correction) } }
            }
            // A vehicle or a machine pledged ("pledged my excavator", "trucks as collateral") is a movable's security, as
            // "thế chấp xe" is in Vietnamese; land is the security the English words otherwise read.
            if translated.contains(where: { $0.contains("bien phap bao dam") || $0.contains("the chap") }),
               words.folded.contains(where: { Self.movables.contains($0) }), !words.folded.contains(where: { Self.realEstate.contains($0) }) {
                translated.append("bien phap bao dam bang dong san")
            }
        }
        // Closing for a while ("đóng cửa 2 tháng", "dừng hoạt động nửa năm rồi mở lại", "close for two months"): a pause, not
        // an end.
        if AssistantLexicon.closesForAWhile(folded) {
            let ending = { (s: String) in s.contains("cham dut") }
            expansions.removeAll(where: ending); translated.removeAll(where: ending)
            expansions.append("tam ngung kinh doanh")
        } else if Self.isEnterprise(folded), expansions.contains(where: { $0.contains("cham dut hoat dong") }) {
            // An enterprise that closes for good is dissolved ("doanh nghiệp tư nhân … đóng hẳn"); ending a business is a
            // household business's word.
            expansions = expansions.map { $0.contains("cham dut hoat dong") ? "giai the doanh nghiep" : $0 }
        }
        let snapshot = rest
        rest.removeAll { lexicon.isStopWord(snapshot, at: $0) }
        // Who is who in the family ("bố mẹ cho con gái mảnh đất") is the situation, not the procedure: only the procedures
        // about kinship (recognising a parent or a child, adoption, guardianship) have kin in their titles.
        if !Self.aboutKinship(words.folded, expansions) {
            let kinSnapshot = rest
            rest.removeAll { Self.isKin(kinSnapshot, at: $0) }
        }
        // Words no procedure uses cannot match; leaving them in would only lower every score alike.
        let searchWords = rest.folded.filter { catalogue.index.knows($0) }
        var searchText = (searchWords.map(String.init) + translated + expansions).joined(separator: " ")
        // The catalogue's titles write some terms short ("sổ BHXH, thẻ BHYT", "chế độ TNLĐ, BNN"): said in full, they say
        // the short form too.
        let said = VietnameseText.words(searchText)
        let short = Self.abbreviations.filter { SearchIndex.containsPhrase(said, $0.full) && !said.contains($0.short) }.map { String($0.short) }
        if !short.isEmpty { searchText += " " + short.joined(separator: " ") }
        let followUpWords: Set<Substring> = ["con", "the", "vay", "thi", "sao", "nua", "and", "what", "about"]
        let isFollowUp = !aspects.isEmpty && expansions.isEmpty && rest.folded.allSatisfy { followUpWords.contains($0) }
        // A sector the catalogue does not cover (schools, hospitals, jobs, prices…), named without any procedure name:
        // not a follow-up; whether it is turned away is decided on the match (a strong one is never turned away).
        // (A re-issue or a foreign national read from the situation qualifies a procedure; it does not name one.)
        let namesProcedure = expansions.contains { !lexicon.vocabularyExpansions.contains($0) && !Self.qualifiersOnly.contains($0) }
        // (Read on the words as asked too: "đóng bao nhiêu tiền điện" has lost "tiền" to the question of the fee.)
        let sector = namesProcedure || lexicon.certifies(words) ? nil : lexicon.uncoveredSector(words) ?? lexicon.uncoveredSector(asked)
        let offTopic = sector != nil
        var query = AssistantQuery(kind: injection && searchWords.count < 2 && expansions.isEmpty ? .refused : .procedures,
                                   searchText: searchText, aspects: aspects, isFollowUp: isFollowUp && !offTopic,
                                   dossierCode: nil, injectionDetected: injection)
        query.expansions = expansions
        query.ownWords = searchWords + translated.flatMap { VietnameseText.words($0) }
        query.asked = VietnameseText.words(VietnameseText.fold(trimmed))
        query.subject = subject
        query.english = language == .en
        if asked.accentedMatching {
            for (f, a) in zip(asked.folded, asked.accented) { query.marked[f, default: []].insert(VietnameseText.toneKey(a)) }
        }
        // Only a question that names no procedure (no alias or situation read into it) can be about something else.
        query.namesSmallTalk = lexicon.namesSmallTalk(words)
        query.namesNonService = !namesProcedure && (sector != nil || query.namesSmallTalk)
        query.uncoveredSector = sector
        query.namesProcedure = namesProcedure
        return query
    }

    private static func removing(_ phrase: [Substring], from words: [Substring]) -> [Substring] {
        var out: [Substring] = []
        var i = 0
        while i < words.count {
            if i + phrase.count <= words.count, Array(words[i..<(i + phrase.count)]) == phrase { i += phrase.count; continue }
            out.append(words[i]); i += 1
        }
        return out
    }

    /// A dossier code such as `000.00.14.H56-260213-0118` or `00004-260213-0001`.
    static func dossierCode(in text: String) -> String? {
        for token in text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "?" }) {
            let parts = token.split(separator: "-")
            if parts.count == 3, parts[1].count == 6, parts[1].allSatisfy(\.isNumber), parts[2].count >= 3,
               parts[2].allSatisfy(\.isNumber), parts[0].count >= 5 {
                return String(token)
            }
        }
        return nil
    }

    /// English words for movable things a loan is secured on, and for land and buildings.
    static let movables: Set<Substring> = ["car", "cars", "truck", "trucks", "excavator", "excavators", "machine", "machines",
                                           "machinery", "vehicle", "vehicles", "motorbike", "motorbikes", "tractor", "tractors",
                                           "harvester", "equipment", "van", "lorry"]
    static let realEstate: Set<Substring> = ["land", "plot", "house", "apartment", "flat", "building", "field", "parcel"]

    /// Whether the question is about an enterprise (a company, a private enterprise) and not a household business.
    static func isEnterprise(_ folded: [Substring]) -> Bool {
        let has = { (phrase: [Substring]) in SearchIndex.containsPhrase(folded, phrase) }
        return (has(["doanh", "nghiep"]) || has(["cong", "ty"])) && !has(["ho", "kinh", "doanh"])
    }

    /// Kin words, with their marks; unmarked, only those that fold into no other word of administrative life
    /// ("chồng" folds into "chống", "chị" into "chỉ", "bổ" into "bố").
    static let kinAccented: Set<Substring> = ["bố", "mẹ", "cha", "má", "ba", "con", "chồng", "vợ", "ông", "bà", "anh", "chị", "em", "cô",
                                             "chú", "bác", "dì", "cậu", "cháu"]
    static let kinFolded: Set<Substring> = ["me", "cha", "vo", "ong", "em", "con"]
    static func isKin(_ words: QuestionWords, at i: Int) -> Bool {
        let w = words.accentedMatching ? words.accented[i] : words.folded[i]
        guard words.accentedMatching ? kinAccented.contains(w) : kinFolded.contains(w) else { return false }
        // "con dấu", "con tàu", "con nuôi" are not kin.
        return words.folded[i] != "con" || i + 1 == words.count || !["dau", "tau", "nuoi", "lon", "bo", "trau", "ga", "vit", "cho"].contains(words.folded[i + 1])
    }
    /// Whether a question is about kinship itself: recognising a parent or a child, adoption, guardianship, a relative's
    /// visa exemption.
    static func aboutKinship(_ folded: [Substring], _ expansions: [String]) -> Bool {
        let phrases: [[Substring]] = [["nhan"], ["xac", "dinh"], ["con", "nuoi"], ["giam", "ho"], ["duong"], ["ke"], ["ruot"],
                                      ["mien", "thi", "thuc"], ["gia", "thu"], ["khai", "sinh"]]
        return phrases.contains { SearchIndex.containsPhrase(folded, $0) }
            || expansions.contains { $0.contains("cha me con") || $0.contains("con nuoi") || $0.contains("giam ho") || $0.contains("khai sinh") }
    }

    /// Terms the catalogue's titles also write short, folded.
    static let abbreviations: [(full: [Substring], short: Substring)] = [
        ("bao hiem xa hoi", "bhxh"), ("bao hiem y te", "bhyt"), ("tai nan lao dong", "tnld"), ("benh nghe nghiep", "bnn"),
        ("gia tri gia tang", "gtgt"), ("thu nhap ca nhan", "tncn"), ("thu nhap doanh nghiep", "tndn"), ("trach nhiem huu han", "tnhh"),
        ("duong suc phuc hoi suc khoe", "dsphsk"),
    ].map { (VietnameseText.words($0.0), Substring($0.1)) }

    /// Situation readings that only qualify a procedure ("cấp lại" from a loss): they do not say which procedure.
    static let qualifiersOnly: Set<String> = ["cap lai", "cap doi", "dang ky lai", "nguoi nuoc ngoai", "cho nguoi duoi 14 tuoi", "da chet",
                                               "cho nguoi tu du 14 tuoi tro len"]

    /// Where the request begins: the first "muốn" or "thì" after the question's first word.
    static func requestMarker(in words: QuestionWords) -> Int? {
        for i in 1..<max(words.count, 1) {
            let w = words.accentedMatching ? words.accented[i] : words.folded[i]
            if words.accentedMatching ? (w == "muốn" || w == "thì") : (w == "muon" || w == "thi") { return words.positions[i] }
        }
        return nil
    }

    /// The civil status corrections the lexicon reads from "sai ngày sinh", "đổi tên", "sai tên".
    static let civilCorrections: Set<String> = ["thay doi cai chinh bo sung thong tin ho tich", "thay doi cai chinh thong tin"]
    /// What "viết sai", "ghi sai", "bị sai" read as (``AssistantLexicon``).
    static let mistake = "cai chinh dinh chinh sai sot"
    /// Cards and books whose mistakes are put right by adjusting their details.
    static let adjustedPapers: [[Substring]] = [
        "the can cuoc", "can cuoc", "so bao hiem", "bao hiem xa hoi", "the bao hiem", "bao hiem y te", "bhxh", "bhyt",
        "co so du lieu", "du lieu dan cu",
    ].map { VietnameseText.words($0) }

    /// Businesses, whose names are changed by a change of their registration.
    static let businesses: [[Substring]] = ["cong ty", "doanh nghiep", "ho kinh doanh", "hop tac xa", "chi nhanh", "phuong tien", "tau ca"]
        .map { VietnameseText.words($0) }

    /// Papers that are not civil status ones, whose details are corrected by their own procedures.
    static let otherPapers: [[Substring]] = [
        "the can cuoc", "can cuoc", "so bao hiem", "bao hiem xa hoi", "the bao hiem", "bao hiem y te", "giay chung nhan quyen su dung dat",
        "giay phep lai xe", "ho chieu", "dang ky xe", "giay phep kinh doanh", "dang ky kinh doanh", "ma so thue",
    ].map { VietnameseText.words($0) }

    /// Where a purpose begins: "để" ("để lại" is "leave behind"). Unmarked, "de" is also "đề nghị", "dễ": it begins a
    /// purpose only before a verb that says what for ("de lam so do", "de nop ho so", "de vay von").
    static func purposeMarker(in words: QuestionWords) -> Int? {
        for i in 1..<max(words.count, 1) {
            let next = i + 1 < words.count ? words.folded[i + 1] : ""
            if words.accentedMatching {
                // ("để lại" is to leave to someone, "để trống" to leave blank: neither says what the request is for.)
                if words.accented[i] == "để" && !["lai", "trong"].contains(next) { return words.positions[i] }
            } else if words.folded[i] == "de", Self.purposeVerbs.contains(next)
                        || (next == "dang" && i + 2 < words.count && words.folded[i + 2] == "ky") {
                return words.positions[i]
            }
        }
        return nil
    }

    /// Verbs that, after an unmarked "de", say what a request is for.
    static let purposeVerbs: Set<Substring> = ["lam", "nop", "xin", "vay", "mua", "ban", "di", "bo", "xay", "hoc", "chia", "the", "hoan",
                                               "huong", "nhan", "linh", "dung", "cho", "ket", "lo", "chuyen", "tach", "sang", "kinh", "xuat",
                                               "ra", "du", "cap", "giam", "tham", "dat", "o"]

    /// Words before "mất" that make it a loss ("bị mất", "làm mất", "đánh mất"), not a death.
    static let lossVerbs: Set<Substring> = ["bi", "lam", "danh", "that", "lo"]

    static let kin: Set<Substring> = ["bo", "me", "cha", "ong", "ba", "chong", "vo", "con", "noi", "ngoai", "chu", "bac", "co", "di", "cau"]
    static let afterDeath: Set<Substring> = ["o", "tai", "hom", "roi", "nam", "ngay", "thang", "sang", "luc", "vao", "do", "nhung", "ma",
                                             "nen", "da", "lau", "cach", "tuan", "khi", "thi", "tu", "hoi", "tren", "trong"]

    /// "bố tôi mất ở bệnh viện", "mẹ mất hôm qua": a relative died (not a lost paper: "mẹ tôi mất thẻ căn cước").
    static func kinDied(_ folded: [Substring]) -> Bool {
        for (i, w) in folded.enumerated() where w == "mat" && i > 0 {
            let before = folded[i - 1]
            let relative = kin.contains(before) || (i > 1 && ["toi", "minh", "em"].contains(before) && kin.contains(folded[i - 2]))
            guard relative else { continue }
            if i + 1 == folded.count || afterDeath.contains(folded[i + 1]) { return true }
        }
        return false
    }

    /// "Đổi giấy phép…" (but not "đối với", which folds alike).
    static func exchanges(_ title: [Substring]) -> Bool {
        title.indices.contains { title[$0] == "doi" && ($0 + 1 == title.count || title[$0 + 1] != "voi") }
    }

    /// A title without what it says in parentheses ("Gia hạn giấy phép xây dựng đối với công trình cấp III, cấp IV (công trình
    /// không theo tuyến/…)"); an unclosed parenthesis runs to the end.
    static func withoutParentheses(_ title: String) -> String {
        var out = "", depth = 0
        for c in title {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(depth - 1, 0) } else if depth == 0 { out.append(c) }
        }
        return out
    }

    /// Whether a question's words say a title: three quarters or more of its own words (three words or more; its
    /// parentheses and a leading "Thủ tục" left out), and of the rest only the verbs every kind of title has ("cấp",
    /// "khai", "đăng ký").
    static func says(title name: String, _ words: Set<Substring>, whole: Bool = false) -> Bool {
        let w = VietnameseText.words(VietnameseText.fold(name.contains("(") ? withoutParentheses(name) : name))
        let own = Set(w.dropFirst(filler(w)))
        let unsaid = own.filter { !words.contains($0) }
        if whole { return own.count >= 3 && unsaid.isEmpty }
        return own.count >= 3 && Double(unsaid.count) <= 0.25 * Double(own.count) && unsaid.allSatisfy(genericTitleWords.contains)
    }
    static let genericTitleWords: Set<Substring> = ["cap", "khai", "dang", "ky", "thuc", "hien", "giai", "quyet", "lai", "doi", "moi"]

    /// Whether a title is for organisations and not for people: it names "tổ chức" but neither individuals nor households
    /// ("tổ chức, cá nhân" is for both).
    static func forOrganisationsOnly(_ title: [Substring]) -> Bool {
        SearchIndex.containsPhrase(title, ["to", "chuc"]) && !SearchIndex.containsPhrase(title, ["ca", "nhan"])
            && !SearchIndex.containsPhrase(title, ["ho", "gia", "dinh"]) && !SearchIndex.containsPhrase(title, ["nguoi"])
    }
    /// Words by which a question says it is asked for an organisation.
    static let organisations: [[Substring]] = ["to chuc", "cong ty", "doanh nghiep", "co quan", "don vi", "hop tac xa", "truong",
                                               "ngan hang", "du an", "chu dau tu"].map { VietnameseText.words($0) }

    /// Leading "Thủ tục" of a title, which says nothing.
    static func filler(_ title: [Substring]) -> Int { title.starts(with: ["thu", "tuc"]) ? 2 : 0 }

    /// The catalogue's procedures ranked for an analysed question (the search's first 40 and up to ``votedCandidates`` the
    /// nearest examples vote for), best first, before any decision: the
    /// hand-weighted ranking, re-ordered by ``reranker`` when there is one.
    public func rank(_ query: AssistantQuery) -> [AssistantCandidate] {
        let votes = reranker == nil ? Votes() : self.votes(query)
        let scored = scoredCandidates(query, votes: votes)
        guard let reranker, scored.count > 1 else { return scored.map(\.candidate) }
        let features = features(query, scored, votes: votes)
        // The learned score as a ratio scale (its exponential, the best 1): a candidate's share of the sum is the probability
        // the model gives it.
        let learned = features.map { forest?.score($0) ?? reranker.score($0) }
        let top = learned.max() ?? 0
        let reranked = zip(scored, learned).map { s, l in
            AssistantCandidate(summary: s.candidate.summary, score: exp(l - top), match: s.candidate.match)
        }
        return reranked.sorted { $0.score != $1.score ? $0.score > $1.score : $0.summary.code < $1.summary.code }
    }

    /// What the nearest examples vote for: by the question's own words, and, for an English question, by its words in the
    /// catalogue's Vietnamese too (which Vietnamese examples share).
    struct Votes {
        var asked: [String: Double] = [:]
        var english: [String: Double] = [:]
        /// How much alike the question and the likest example that voted for each procedure are (by either vote).
        var likeness: [String: Double] = [:]
        /// The best-voted procedures (both votes together; ties by code), at most `limit`.
        func best(_ limit: Int) -> [String] {
            var sum = asked
            for (c, v) in english { sum[c, default: 0] += v }
            return sum.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit).map(\.key)
        }
    }

    func votes(_ query: AssistantQuery) -> Votes {
        guard let examples else { return Votes() }
        let asked = examples.neighbourhood(for: query.asked)
        guard query.english else { return Votes(asked: asked.votes, likeness: asked.likeness) }
        let english = examples.neighbourhood(for: query.asked, analysed: VietnameseText.words(query.searchText))
        return Votes(asked: asked.votes, english: english.votes, likeness: asked.likeness.merging(english.likeness, uniquingKeysWith: max))
    }

    /// The procedures the nearest examples vote for most, which join the candidates (see ``votedCandidates``).
    public func voted(_ query: AssistantQuery) -> [String] { votes(query).best(votedCandidates) }

    /// One labelled question's candidates of the hand-weighted ranking with their features, for training ``Reranker``
    /// (nil when the question is not a search for procedures).
    public func trainingList(_ question: String, accept: Set<String>) -> Reranker.TrainingList? {
        let query = analyse(question)
        guard query.kind == .procedures, !query.searchText.isEmpty else { return nil }
        let votes = self.votes(query)
        let scored = scoredCandidates(query, votes: votes)
        guard !scored.isEmpty else { return nil }
        return .init(features: features(query, scored, votes: votes), relevant: scored.map { accept.contains($0.candidate.summary.code) },
                     codes: scored.map(\.candidate.summary.code))
    }

    /// A candidate of the hand-weighted ranking with what went into its score.
    struct Scored {
        let candidate: AssistantCandidate
        /// How much of the title the question says (0…1).
        let cover: Double
        /// Variant qualifiers that cost it (a variant not asked for, or a re-issue asked for that it is not).
        let variants: Int
        /// The per-word log-likelihood of the question's words in its field, minus the best candidate field's (≤ 0).
        let fieldFit: Double
        /// Title words, without the parentheses' and the leading "Thủ tục".
        let titleLength: Int
    }

    /// The hand-weighted ranking: BM25 over the procedures' sections, boosted by level, variants asked for and how much of
    /// the title the question says, weighed by the field the question's words fit. The best-``votedCandidates`` procedures
    /// of `votes` join the first 40 when the search found them further down.
    func scoredCandidates(_ query: AssistantQuery, votes: Votes = Votes()) -> [Scored] {
        // With a procedure read into the question, the rest of its words are its context: they count less.
        var coverage = self.coverage
        if !query.expansions.isEmpty {
            let named = Set(query.expansions.flatMap { VietnameseText.words($0) }.map(String.init))
            coverage.light = Set(VietnameseText.words(query.searchText).map(String.init)).subtracting(named)
        }
        var hits = catalogue.search(query.searchText, filter: .init(excluding: excluding), limit: votes.asked.isEmpty && votes.english.isEmpty ? 40 : 1000, coverage: coverage).hits
        if hits.count > 40 {
            let voted = Set(votes.best(votedCandidates))
            hits = Array(hits.prefix(40)) + hits.dropFirst(40).filter { voted.contains($0.0.code) }
        }
        // Citizens go to their commune first: among near-equal matches prefer commune, then province level.
        let queryWords = VietnameseText.words(query.searchText)
        let queryWordSet = Set(queryWords)

        // A foreigner's stay is the immigration law's (temporary residence cards, declared stays, extensions), not the
        // residence law's, which registers citizens.
        let foreigner = SearchIndex.containsPhrase(queryWords, ["nguoi", "nuoc", "ngoai"])
        let businessKind = Self.businessKind(queryWords)
        let scored = hits.map { hit -> Scored in
            let levels = hit.0.levels
            var boost = levels.contains(.commune) ? 1.15 : levels.contains(.province) ? 1.05 : 1.0
            if foreigner, hit.0.field == Self.citizensResidence { boost *= foreignerResidence }
            // An enterprise's procedure is not a household business's, nor the other way ("doanh nghiệp tạm ngừng kinh doanh"
            // against "hộ kinh doanh tạm ngừng"), when the question says which it is.
            let title = VietnameseText.words(VietnameseText.fold(hit.0.name))
            if let asked = businessKind, let kind = Self.businessKind(title), kind != asked { boost *= otherBusinessKind }
            var variants = 0
            // Special variants (mobile registration, foreign element, border areas, re-registration, other
            // levels) only when asked for: the plain procedure is what most people mean.
            // And the other way: a variant asked for ("cấp lại" read from a loss, "xóa", "gia hạn") is not the plain one.
            for (qualifier, triggers) in Self.variantQualifiers {
                let inTitle = SearchIndex.containsPhrase(title, qualifier)
                if inTitle && !triggers.contains(where: { SearchIndex.containsPhrase(queryWords, $0) }) { boost *= 0.85; variants += 1 }
                // ("Đổi giấy phép lái xe" is an exchange too.)
                if !inTitle && Self.reissues.contains(qualifier) && SearchIndex.containsPhrase(queryWords, qualifier)
                    && !(qualifier == ["cap", "doi"] && Self.exchanges(title)) { boost *= 0.85; variants += 1 }
            }
            // A title for organisations only ("… lần đầu đối với tổ chức đang sử dụng đất") is not what a person asking for
            // themselves means: the households' and individuals' version is.
            if Self.forOrganisationsOnly(title), !Self.organisations.contains(where: { SearchIndex.containsPhrase(queryWords, $0) }) {
                boost *= 0.85; variants += 1
            }
            // A procedure name read into the question that is the title itself, or most of it, is what was meant. (A title's
            // parentheses list the cases it covers or the level that runs it: they are not its name.)
            let name = hit.0.name.contains("(") ? VietnameseText.words(VietnameseText.fold(Self.withoutParentheses(hit.0.name))) : title
            var cover = 0.0
            for e in query.expansions {
                let phrase = VietnameseText.words(e)
                if SearchIndex.containsPhrase(name, phrase) { cover = max(cover, Double(phrase.count) / Double(max(name.count - Self.filler(name), 1))) }
            }
            // Likewise a short title whose words the question holds ("đăng ký tạm trú" over a long title that mentions it).
            let own = Set(name.dropFirst(Self.filler(name)))
            if !own.isEmpty { cover = max(cover, Double(own.filter { queryWordSet.contains($0) }.count) / Double(own.count)) }
            boost *= 1 + 0.5 * min(cover, 1)
            return Scored(candidate: AssistantCandidate(summary: hit.0, score: hit.1 * boost), cover: min(cover, 1), variants: variants,
                          fieldFit: 0, titleLength: name.count - Self.filler(name))
        }
        return weighedByField(scored, words: queryWords)
            .sorted { $0.candidate.score != $1.candidate.score ? $0.candidate.score > $1.candidate.score : $0.candidate.summary.code < $1.candidate.summary.code }
    }

    /// Candidates of a field the question's words fit less well than another candidate's lose some of their score: the
    /// field model's log-likelihood per word, relative to the best candidate field's, times ``fieldWeight``.
    func weighedByField(_ candidates: [Scored], words: [Substring]) -> [Scored] {
        guard candidates.count > 1 else { return candidates }
        let model = catalogue.fields
        let fieldOf = candidates.map { catalogue.position(code: $0.candidate.summary.code).map(model.field(ofDocument:)) ?? -1 }
        let likelihoods = model.logLikelihoods(of: words, in: catalogue.index, fields: Set(fieldOf.filter { $0 >= 0 }))
        guard let best = likelihoods.values.max() else { return candidates }
        return zip(candidates, fieldOf).map { s, f in
            guard let l = likelihoods[f] else { return s }
            let c = s.candidate
            return Scored(candidate: AssistantCandidate(summary: c.summary, score: c.score * exp(fieldWeight * (l - best)), match: c.match),
                          cover: s.cover, variants: s.variants, fieldFit: l - best, titleLength: s.titleLength)
        }
    }

    /// The features ``Reranker`` weighs, for each candidate of the hand-weighted ranking (in its order); see
    /// ``Reranker/featureNames``.
    func features(_ query: AssistantQuery, _ scored: [Scored], votes: Votes = Votes()) -> [[Double]] {
        let index = catalogue.index
        let words = index.weigh(VietnameseText.words(query.searchText))
        let named = index.weigh(query.expansions.flatMap { VietnameseText.words($0) })
        let topScore = max(scored.first?.candidate.score ?? 1, 1e-9)
        let topMatch = max(scored.map(\.candidate.match).max() ?? 1, 1e-9)
        // Each candidate's own title words, and in how many of the first ten titles each word stands: a word few of them
        // share tells a candidate from its neighbours.
        let queryWordSet = Set(VietnameseText.words(query.searchText))
        let ownWordSet = Set(query.ownWords)
        // (Each title's distinct words in the title's order: sums taken in a set's order differ in their last digits from one
        // run to the next, and the same question must give the same answer.)
        let foldedTitles = scored.map { s -> ArraySlice<Substring> in
            let name = s.candidate.summary.name
            let w = VietnameseText.words(VietnameseText.fold(name.contains("(") ? Self.withoutParentheses(name) : name))
            return w.dropFirst(Self.filler(w))
        }
        let titles = foldedTitles.map { w -> [Substring] in
            var seen = Set<Substring>()
            return w.filter { seen.insert($0).inserted }
        }
        var shared: [Substring: Int] = [:]
        for t in titles.prefix(10) { for w in t { shared[w, default: 0] += 1 } }
        let k = Double(min(titles.count, 10))
        let topVote = max(votes.asked.values.max() ?? 1, 1e-9), topEnglish = max(votes.english.values.max() ?? 1, 1e-9)
        // The question's own words a title holds only as another word once marks are read ("rượu vang" against "vàng
        // miếng", "đặt cọc" against "đất"): the share of them, for a question typed with its marks.
        // (Read from the candidates' titles as they come, in one pass over each title's letters: a map of the whole
        // catalogue's titles made at load cost 150 ms more on the snapshot load.)
        // (Word by word as the title has them: "Cấp lại giấy phép lái xe" holds "lái" as asked and "lại" as another word.)
        let clashes = scored.map { s -> Double in
            guard !query.marked.isEmpty else { return 0 }
            var held = 0, clashing = 0
            VietnameseText.forEachWordAndTone(s.candidate.summary.name) { folded, key in
                guard let asked = query.marked[Substring(folded)] else { return }
                held += 1
                if !asked.contains(key) { clashing += 1 }
            }
            return held == 0 ? 0 : Double(clashing) / Double(held)
        }
        // What the question asks be done (its "cấp lại", "gia hạn", "sửa chữa"…) against what each title does: the share of
        // the title's actions the question says, and whether the question says only other actions.
        let askedActions = AssistantLexicon.actions(in: VietnameseText.words(query.searchText))
        // How much alike the question and its likest example are, whichever procedure it voted for: low when nobody asked
        // this before, and the votes then say less.
        let nearest = votes.likeness.values.max() ?? 0
        let actions = foldedTitles.map { title -> (said: Double, other: Double) in
            let titleActions = AssistantLexicon.actions(in: Array(title))
            guard !titleActions.isEmpty else { return (0, 0) }
            let said = titleActions.intersection(askedActions).count
            return (Double(said) / Double(titleActions.count), said == 0 && !askedActions.isEmpty ? 1 : 0)
        }
        return scored.enumerated().map { r, s in
            let c = s.candidate
            let d = catalogue.position(code: c.summary.code) ?? 0
            var distinctSaid = 0.0, distinctUnsaid = 0.0
            // How much of the title the question's own words say (an alias read into it is not what the person said).
            let ownCover = titles[r].isEmpty ? 0 : Double(titles[r].filter { ownWordSet.contains($0) }.count) / Double(titles[r].count)
            for w in titles[r] {
                let distinct = 1 - Double(shared[w] ?? 0) / k
                if queryWordSet.contains(w) { distinctSaid += distinct } else { distinctUnsaid += distinct }
            }
            var sections = index.shares(of: words, inDocument: d).map(Double.init)
            // title, field, result, subjects, documents, steps, requirements; then the title's pairs.
            let pairs = sections.removeLast()
            while sections.count < 7 { sections.append(0) }
            let expansionTitle = named.isEmpty ? 0 : Double(index.shares(of: named, inDocument: d).first ?? 0)
            let levels = c.summary.levels
            return [log(max(c.score, 1e-9) / topScore), log(max(c.match, 1e-9) / topMatch), 1 / Double(r + 1)]
                + sections.prefix(7) + [pairs, s.cover, s.fieldFit, levels.contains(.commune) ? 1 : 0, levels.contains(.province) ? 1 : 0,
                                        log(Double(max(s.titleLength, 1))), Double(s.variants), expansionTitle,
                                        distinctSaid, log(1 + distinctUnsaid), ownCover, votes.asked[c.summary.code] ?? 0,
                                        (votes.asked[c.summary.code] ?? 0) / topVote, (votes.english[c.summary.code] ?? 0) / topEnglish,
                                        clashes[r], actions[r].said, actions[r].other, votes.likeness[c.summary.code] ?? 0, nearest]
        }
    }

    /// Finds the procedures that fit a question. `previous` are the codes the conversation was about.
    public func retrieve(_ question: String, previous: [String] = []) -> AssistantRetrieval {
        let query = analyse(question)
        switch query.kind {
        case .invalid: return AssistantRetrieval(decision: .invalid, candidates: [], query: query)
        case .refused: return AssistantRetrieval(decision: .refused, candidates: [], query: query)
        case .dossierStatus: return AssistantRetrieval(decision: .dossierStatus, candidates: [], query: query)
        case .procedures: break
        }
        if query.isFollowUp, !previous.isEmpty {
            let candidates = previous.compactMap { catalogue.procedure(code: $0) }.map { AssistantCandidate(summary: $0, score: 0) }
            return AssistantRetrieval(decision: .followUp, candidates: candidates, query: query)
        }
        let ranked = rank(query)
        let queryWords = VietnameseText.words(query.searchText)
        let queryWordSet = Set(queryWords)
        guard let best = ranked.first, !query.searchText.isEmpty else {
            return AssistantRetrieval(decision: .outOfScope, candidates: [], query: query)
        }
        // Whether the catalogue holds anything like the question: the best match, whichever field it is in.
        let strength = ranked.map(\.match).max() ?? 0
        // Whether the catalogue answers the question at all, learned (``scope``): "I don't know", or the candidates — asked
        // about when the match is weak ("did you mean…").
        if let scope {
            if !scope.answers(scopeFeatures(query, ranked)) || strength < minimumScore && query.injectionDetected {
                var r = AssistantRetrieval(decision: .outOfScope, candidates: [], query: query)
                r.bestScore = strength
                return r
            }
            if strength < minimumScore {
                var r = AssistantRetrieval(decision: .clarify, candidates: Array(ranked.prefix(3)), query: query)
                r.bestScore = strength
                return r
            }
        }
        // Without it, hand rules.
        // Something another sector does (a school, a hospital, small talk…) named in a question that matches only moderately
        // (unless the question says most of a procedure's title besides: "sinh viên ở ký túc xá có phải đăng ký tạm trú").
        else if query.namesNonService && strength < strongScore
            && !(query.uncoveredSector != nil && ranked.prefix(3).contains { Self.says(title: $0.summary.name, queryWordSet) }) {
            var r = AssistantRetrieval(decision: .outOfScope, candidates: [], query: query)
            r.bestScore = strength
            return r
        }
        // Asked the way questions the catalogue does not answer were asked before (most of the nearest examples' weight
        // theirs), and matching no procedure well: "I don't know".
        if scope == nil, let threshold = outOfScopeShare, strength < outOfScopeCeiling, !query.injectionDetected,
           let share = examples?.outOfScopeShare(for: query.asked), share >= threshold {
            var r = AssistantRetrieval(decision: .outOfScope, candidates: [], query: query)
            r.bestScore = strength
            return r
        }
        if strength < minimumScore {
            // Weak: the closest procedures as a question when the match is not negligible, else "I don't know".
            var r = strength >= weakScore && !query.injectionDetected
                ? AssistantRetrieval(decision: .clarify, candidates: Array(ranked.prefix(3)), query: query)
                : AssistantRetrieval(decision: .outOfScope, candidates: [], query: query)
            r.bestScore = strength
            return r
        }
        let top = Array(ranked.prefix(5))
        // A bare field name ("chứng thực", "đất đai") that many titles hold asks which procedure is meant.
        if query.expansions.isEmpty, queryWordSet.count <= 2, query.aspects.isEmpty {
            let holding = top.filter { c in queryWords.allSatisfy { VietnameseText.words(VietnameseText.fold(c.summary.name)).contains($0) } }
            if holding.count >= 3 { return AssistantRetrieval(decision: .clarify, candidates: Array(holding.prefix(3)), query: query) }
        }
        // Two candidates about as good (or, re-ranked, a first one the model gives less than ``clarifyProbability``): ask which.
        let unsure = reranker == nil ? top.count > 1 && top[1].score >= best.score * clarifyRatio
            : best.score / ranked.map(\.score).reduce(0, +) < clarifyProbability
        // (A question that says the first title whole and not the second's names what it means: "đăng ký khai sinh thuộc cấp nào".)
        // (Said whole against a second said all but a generic word, it names the first too: "đăng ký khai sinh", not "đăng
        // ký lại khai sinh".)
        let namesBest = top.count > 1 && Self.says(title: best.summary.name, queryWordSet)
            && (!Self.says(title: top[1].summary.name, queryWordSet)
                || Self.says(title: best.summary.name, queryWordSet, whole: true) && !Self.says(title: top[1].summary.name, queryWordSet, whole: true))
        if top.count > 1, unsure, !namesBest, top[1].summary.name != best.summary.name {
            return AssistantRetrieval(decision: .clarify, candidates: Array(top.prefix(3)), query: query)
        }
        return AssistantRetrieval(decision: .answer, candidates: top, query: query)
    }
}
