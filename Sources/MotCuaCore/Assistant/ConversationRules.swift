

public enum ConversationRules {
    /// A question read in its conversation: a dossier code (this question's, or the one waiting for a phone
    /// number when the phone arrives), a choice among a clarifying question's options, a follow-up on the last
    /// procedure, or a fresh retrieval. `dossierCode` is set when a status lookup should be made (with `phone`).
    public static func retrieve(_ assistant: Assistant, question: String, state: ConversationState,
                                phone: String?) -> (retrieval: AssistantRetrieval, dossierCode: String?) {
        var retrieval = assistant.retrieve(question, previous: state.lastCodes)
        var code = retrieval.decision == .dossierStatus ? retrieval.query.dossierCode : nil
        if code == nil, let pending = state.pendingDossier, phone != nil, retrieval.decision != .answer { code = pending }
        if code != nil {
            return (AssistantRetrieval(decision: .dossierStatus, candidates: [], query: retrieval.query), code)
        }
        // A reply to a clarifying question picks one of its options; a question that fits nothing asks again.
        let catalogue = assistant.catalogue
        if !state.choices.isEmpty, retrieval.decision != .answer || question.split(separator: " ").count <= 4 {
            let titles = state.choices.map { catalogue.procedure(code: $0)?.name ?? $0 }
            if let chosen = choose(question, codes: state.choices, titles: titles), let summary = catalogue.procedure(code: chosen) {
                retrieval = AssistantRetrieval(decision: .answer, candidates: [AssistantCandidate(summary: summary, score: 0)], query: retrieval.query)
            } else if retrieval.decision == .outOfScope || retrieval.decision == .followUp {
                let options = state.choices.compactMap { catalogue.procedure(code: $0) }.map { AssistantCandidate(summary: $0, score: 0) }
                retrieval = AssistantRetrieval(decision: .clarify, candidates: options, query: retrieval.query)
            }
        }
        return (retrieval, nil)
    }

    /// What the conversation remembers after a reply.
    public static func remember(_ reply: AssistantReply, in state: ConversationState, awaitingPhoneFor code: String?) -> ConversationState {
        var s = state
        switch reply.decision {
        case .answer, .followUp:
            s.lastCodes = reply.citations.prefix(1).map(\.code)
            s.choices = []
        case .clarify:
            s.choices = reply.candidates.prefix(3).map(\.summary.code)
            s.lastCodes = []
        case .dossierStatus:
            s.pendingDossier = code
        case .outOfScope, .refused, .invalid:
            break
        }
        return s
    }

    /// Reads a reply to a clarifying question: a number ("2", "số 2", "cái thứ hai"), a code among the
    /// options, or words that name only one of them. `titles` are the options' names, in order.
    public static func choose(_ reply: String, codes: [String], titles: [String]) -> String? {
        guard !codes.isEmpty, codes.count == titles.count else { return nil }
        let words = VietnameseText.words(VietnameseText.fold(reply))
        if let code = codes.first(where: { code in reply.contains(code) }) { return code }
        let ordinals: [(Int, [Substring])] = [
            (0, ["1", "mot", "nhat", "dau", "first", "one"]), (1, ["2", "hai", "second", "two"]), (2, ["3", "ba", "third", "three"]),
        ]
        if words.count <= 4 {
            for (i, names) in ordinals where i < codes.count {
                if words.contains(where: { names.contains($0) }) { return codes[i] }
            }
        }
        // Words that tell the options apart: in one title and not in all of them.
        let titleWords = titles.map { Set(VietnameseText.words(VietnameseText.fold($0))) }
        let common = titleWords.dropFirst().reduce(titleWords.first ?? []) { $0.intersection($1) }
        let scores = titleWords.map { t in words.filter { t.contains($0) && !common.contains($0) }.count }
        guard let best = scores.max(), best > 0, scores.filter({ $0 == best }).count == 1,
              let i = scores.firstIndex(of: best) else { return nil }
        return codes[i]
    }

    /// The first Vietnamese phone number written in the text (spaces, dots and dashes allowed inside).
    public static func phoneNumber(in text: String) -> String? {
        var run = ""
        func check() -> String? { run.count >= 10 ? PhoneNumber.normalise(run) : nil }
        for ch in text {
            if ch.isASCII && ch.isNumber || (ch == "+" && run.isEmpty) { run.append(ch); continue }
            if (ch == " " || ch == "." || ch == "-") && !run.isEmpty { continue }
            if let p = check() { return p }
            run = ""
        }
        return check()
    }

    /// A day named in a question — "01/01/2027", "1-1-2027", "2027-01-01", "ngày 1 tháng 1 năm 2027" — for officers asking
    /// what holds from that day. Impossible days are not days.
    public static func dateMention(in question: String) -> LocalDate? {
        let text = String(question.prefix(Assistant.maxQuestionLength))
        let patterns: [(String, (Int, Int, Int))] = [
            (#"(?:^|\D)(\d{4})-(\d{1,2})-(\d{1,2})(?:$|\D)"#, (1, 2, 3)),
            (#"(?:^|\D)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:$|\D)"#, (3, 2, 1)),
            (#"ng[aà]y\s+(\d{1,2})\s+th[aá]ng\s+(\d{1,2})\s+n[aă]m\s+(\d{4})"#, (3, 2, 1)),
        ]
        for (pattern, order) in patterns {
            guard let re = try? Regex(pattern).ignoresCase(), let m = try? re.firstMatch(in: text) else { continue }
            func int(_ i: Int) -> Int? { m.output[i].substring.flatMap { Int($0) } }
            guard let y = int(order.0), let mo = int(order.1), let d = int(order.2), (2000...2100).contains(y), (1...12).contains(mo),
                  (1...LocalDate.daysIn(month: mo, year: y)).contains(d) else { continue }
            return LocalDate(year: y, month: mo, day: d)
        }
        return nil
    }


    /// A commune named in the question ("ở phường Ba Đình", "xa soc son"): the words after xã, phường or
    /// đặc khu that `resolve` recognises as a unit name (longest first), and the question without them.
    public static func placeMention(in question: String, resolve: (String) -> AdministrativeUnit?) -> (unit: AdministrativeUnit, rest: String)? {
        let words = question.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "?" || $0 == "." })
        let folded = words.map { VietnameseText.fold(String($0)) }
        for (i, w) in folded.enumerated() where ["xa", "phuong", "khu"].contains(w) {
            if w == "khu" && (i == 0 || folded[i - 1] != "dac") { continue }
            let start = w == "khu" ? i - 1 : i
            for length in stride(from: 3, through: 1, by: -1) where i + length < words.count {
                let name = words[(i + 1)...(i + length)].joined(separator: " ")
                guard let unit = resolve(words[start...i].joined(separator: " ") + " " + name) else { continue }
                var rest = Array(words[..<start])
                // "ở phường X": the preposition goes with the place.
                if let last = rest.last, ["o", "tai", "in", "at"].contains(VietnameseText.fold(String(last))) { rest.removeLast() }
                rest += words[(i + length + 1)...]
                return (unit, rest.joined(separator: " "))
            }
        }
        return nil
    }
}
