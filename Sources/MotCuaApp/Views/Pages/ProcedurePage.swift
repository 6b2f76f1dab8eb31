import MotCuaCore

/// A procedure as the public reads it, the most important first: what you get, how long, how much, where, whether it
/// can be done online (with the button to do it); then the documents to prepare, one per line as the e-form's slots
/// ask for them; then, folded, the steps (cut lines joined, points under their step), the notes the catalogue mixes
/// into its document list, the channels one by one, and the source. Nothing of the import's own bookkeeping is shown.
struct ProcedurePage: Encodable {
    struct Fact: Encodable { let label: String; let value: String }
    struct ChannelRow: Encodable { let name: String; let time: String; let fee: String }
    struct Document: Encodable { let name: String; let more: String?; let detail: String? }
    struct Step: Encodable { let text: String; let points: [String]? }

    let name: String
    let code: String
    let field: String
    let level: String
    let abolition: String?
    let abolitionInForce: Bool
    /// A change of level in force, coming, or the day the procedure starts to apply.
    let competenceNotices: [String]
    let submitHref: String?
    let facts: [Fact]
    let channels: [ChannelRow]
    let hasDocuments: Bool
    let documents: [Document]
    let formNote: String?
    let documentNotes: [String]?
    let steps: [Step]
    let stepNotes: [String]?
    let sourceUrl: String

    init(_ p: Procedure, declaration: DeclarationForm, derived: DerivedDeclaration, changes: CatalogueChanges, today: LocalDate,
         language: Language) {
        let abolition = changes.abolitions[p.code]
        let competence = changes.competence(of: p.code, levels: p.levels, agency: p.competentAgency, on: today)
        func t(_ key: String, _ args: CustomStringConvertible...) -> String {
            UIText.text(key, language, arguments: args)
        }
        name = p.name
        code = p.code
        field = p.field
        func levels(_ list: [ProcedureLevel]) -> String { list.map { t("level_\($0.rawValue)") }.joined(separator: ", ") }
        level = levels(competence.levels)
        var notices: [String] = []
        if let c = competence.change, c.kind == .assign {
            notices.append(t("procedure_competence_changed", DisplayFormat.date(c.effective, language), levels(c.levels), levels(c.previousLevels), c.decision))
        }
        if let c = competence.notYetInForce { notices.append(t("procedure_not_yet", DisplayFormat.date(c.effective, language), c.decision)) }
        if let c = competence.upcoming, c.kind == .assign {
            notices.append(t("procedure_competence_upcoming", DisplayFormat.date(c.effective, language), levels(c.levels), c.decision))
        }
        competenceNotices = notices
        let inForce = abolition?.inForce(on: today) == true
        abolitionInForce = inForce
        self.abolition = abolition.map { a in
            t(inForce ? "procedure_abolished" : "procedure_abolished_soon", DisplayFormat.date(a.effective, language), a.decision)
        }
        submitHref = p.isOfferedOnline && !inForce && competence.notYetInForce == nil ? SiteRoute.citizenSubmit.path(query: ["thu-tuc": p.code]) : nil
        channels = p.channels.map { c in
            ChannelRow(name: t("channel_\(c.channel.rawValue)"), time: Self.time(c, language), fee: Self.fee(c.fee, note: c.feeNote, language: language))
        }
        // The facts people look for first, from the online channel when there is one (else the first).
        let main = p.channel(.online) ?? p.channels.first
        var facts: [Fact] = []
        if let result = p.result?.trimmingCharacters(in: .whitespacesAndNewlines), !result.isEmpty {
            facts.append(Fact(label: t("procedure_you_get"), value: String(result.prefix(300))))
        }
        if let main {
            facts.append(Fact(label: t("procedure_time"), value: Self.time(main, language)))
            // The fee's note in full is under "How to apply"; here its first sentence.
            facts.append(Fact(label: t("procedure_fee"), value: Self.fee(main.fee, note: main.feeNote.map { Self.firstSentence($0).head }, language: language)))
        }
        facts.append(Fact(label: t("procedure_where"), value: [competence.change?.agency ?? p.implementingAgency ?? competence.agency, level.isEmpty ? nil : level]
            .compactMap { $0 }.joined(separator: " · ")))
        facts.append(Fact(label: t("procedure_online"), value: p.isOfferedOnline
            ? (p.fullyOnline == true ? t("procedure_online_full") : t("procedure_online_yes")) : t("procedure_online_no")))
        self.facts = facts
        // Documents: the declaration's slots (what the e-form asks for), the form itself first.
        let conditions = DeclarationFormView(form: declaration, language: language, today: today)
        documents = declaration.documents.map { slot in
            var detail: [String] = []
            if slot.required != true {
                if let c = slot.requiredWhen {
                    detail.append(t("apply_slot_when", conditions.conditionText(c)))
                } else {
                    detail.append(slot.note == nil ? t("procedure_doc_optional") : t("procedure_doc_when"))
                }
            }
            switch slot.form {
            case .original?: detail.append(t("apply_slot_original_plain"))
            case .copy?: detail.append(t("apply_slot_copy"))
            case .certifiedCopy?: detail.append(t("apply_slot_certified_only"))
            case .originalOrCertifiedCopy?: detail.append(t("apply_slot_certified"))
            case nil: break
            }
            if let n = slot.count, n > 1 { detail.append(t("procedure_doc_count", n)) }
            let (head, rest) = Self.firstSentence(language.pick(slot.name, slot.nameEn ?? slot.name))
            return Document(name: head, more: rest, detail: detail.isEmpty ? nil : detail.joined(separator: " · "))
        }
        hasDocuments = !documents.isEmpty
        formNote = t("procedure_form_note", declaration.title)
        let notes = derived.notes + derived.unparsed
        documentNotes = notes.isEmpty ? nil : notes
        let read = ProcedureSteps(p.steps)
        steps = read.steps.map { Step(text: $0.text, points: $0.points.isEmpty ? nil : $0.points) }
        stepNotes = read.notes.isEmpty ? nil : read.notes
        sourceUrl = p.sourceUrl
    }

    static func time(_ c: ProcedureChannel, _ language: Language) -> String {
        if let time = c.time { return language == .vi ? time.vietnamese : time.english }
        let text = c.timeText.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return UIText.text("time_unknown", language) }
        // A number whose unit the source lost ("5 ?"): said so, not shown as a riddle.
        if text.contains("?") { return UIText.text("time_unit_lost", language, text.replacingOccurrences(of: "?", with: "").trimmingCharacters(in: .whitespaces)) }
        return text
    }

    /// The first sentence of a long legal text (for a line people scan), and the rest when there is more.
    static func firstSentence(_ text: String, limit: Int = 120) -> (head: String, rest: String?) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var end: String.Index?
        var i = trimmed.startIndex
        while i < trimmed.endIndex {
            let c = trimmed[i]
            let next = trimmed.index(after: i)
            if (c == "." || c == ";") && (next == trimmed.endIndex || trimmed[next] == " ") && trimmed.distance(from: trimmed.startIndex, to: i) >= 20 {
                end = next
                break
            }
            i = next
        }
        var head = String(trimmed[..<(end ?? trimmed.endIndex)])
        var rest = end.map { String(trimmed[$0...]).trimmingCharacters(in: .whitespaces) }
        if head.count > limit {
            // Cut at a word, never inside one.
            let cut = head.prefix(limit)
            let word = cut.lastIndex(of: " ") ?? cut.endIndex
            rest = String(head[word...]).trimmingCharacters(in: .whitespaces) + (rest.map { " " + $0 } ?? "")
            head = String(head[..<word]) + "…"
        }
        return (head, rest?.isEmpty == false ? rest : nil)
    }

    static func fee(_ fee: Fee, note: String?, language: Language) -> String {
        let text: String
        switch fee {
        case .free: text = UIText.text("fee_free", language)
        case .vnd(let v): text = DisplayFormat.money(v, language)
        case .foreign(let a, let c): text = "\(a) \(c)"
        case .rule(let r): text = r
        case .unknown: text = UIText.text("fee_unknown", language)
        }
        return note.map { "\(text) (\($0))" } ?? text
    }
}
