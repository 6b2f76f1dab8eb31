import MotCuaCore

/// A procedure as the public reads it: how to apply, time, fees, documents, steps, result, the source.
struct ProcedurePage: Encodable {
    struct ChannelRow: Encodable { let name: String; let time: String; let fee: String }
    struct Document: Encodable { let name: String; let detail: String? }

    let name: String
    let code: String
    let field: String
    let level: String
    let abolition: String?
    let abolitionInForce: Bool
    let submitHref: String?
    let channels: [ChannelRow]
    let hasDocuments: Bool
    let documents: [Document]
    let steps: [String]
    let result: String?
    let sourceUrl: String

    init(_ p: Procedure, abolition: ProcedureAbolition?, today: LocalDate, language: Language) {
        func t(_ key: String, _ args: CustomStringConvertible...) -> String {
            args.isEmpty ? UIText.text(key, language) : UIText.text(key, language, args[0], args.count > 1 ? args[1] : "")
        }
        name = p.name
        code = p.code
        field = p.field
        level = p.levels.map { t("level_\($0.rawValue)") }.joined(separator: ", ")
        let inForce = abolition?.inForce(on: today) == true
        abolitionInForce = inForce
        self.abolition = abolition.map { a in
            t(inForce ? "procedure_abolished" : "procedure_abolished_soon", DisplayFormat.date(a.effective, language), a.decision)
        }
        submitHref = p.isOfferedOnline && !inForce ? SiteRoute.citizenSubmit.path(query: ["thu-tuc": p.code]) : nil
        channels = p.channels.map { c in
            ChannelRow(name: t("channel_\(c.channel.rawValue)"),
                       time: c.time.map { language == .vi ? $0.vietnamese : $0.english } ?? (c.timeText.isEmpty ? t("time_unknown") : c.timeText),
                       fee: Self.fee(c.fee, note: c.feeNote, language: language))
        }
        documents = p.documents.map { d in
            Document(name: d.name, detail: d.originals == 0 && d.copies == 0 ? nil : t("procedure_copies", d.originals, d.copies))
        }
        hasDocuments = !documents.isEmpty
        steps = p.steps
        result = p.result
        sourceUrl = p.sourceUrl
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
