import MotCuaCore

/// One flagged procedure under review: the catalogue's raw text beside what MotCua read from it (the page citizens see,
/// the lines set apart or not understood), the declaration in force as an editable definition, and every correction.
struct ProcedureReviewPage: Encodable {
    struct RawChannel: Encodable { let name: String; let time: String; let fee: String }
    /// A channel's processing time, to correct when the import could not read it.
    struct TimeField: Encodable { let name: String; let inputName: String; let id: String; var value: String; let source: String }
    struct Revision: Encodable { let revision: Int; let at: String; let by: String; let what: String; let note: String }

    let code: String
    let name: String
    let publicHref: String
    let action: String
    let flags: [String]?
    let reviewed: Bool
    let rawChannels: [RawChannel]
    let rawDocuments: String?
    let rawSteps: String?
    let rawResult: String?
    let parsed: ProcedurePage
    let replacedByForm: [String]?
    let setApart: [String]?
    let unparsed: [String]?
    var times: [TimeField]
    let definitionSource: String
    var definition: String
    var note = ""
    var reviewedChecked: Bool
    var error: String?
    var saved: String?
    let history: [Revision]?

    init(procedure p: Procedure, raw: RawProcedure?, parsed: ProcedurePage, inForce: DeclarationForm, derived: DerivedDeclaration,
         written: Bool, corrections: [ProcedureCorrection], names: [String: String], definitionText: String, language l: Language) {
        code = p.code
        name = p.name
        publicHref = SiteRoute.procedure.path(p.code)
        action = SiteRoute.officeCatalogueProcedure.path(p.code)
        flags = p.flags.isEmpty ? nil : p.flags.map { UIText.text("flag_" + $0.rawValue, l) }
        let last = corrections.first
        reviewed = last?.reviewed == true
        reviewedChecked = last?.reviewed == true
        rawChannels = (raw?.channels ?? []).map { c in
            RawChannel(name: c.channel, time: [c.timeAmount.map { $0 == $0.rounded() ? String(Int($0)) : String($0) }, c.timeUnit]
                .compactMap { $0 }.joined(separator: " "), fee: c.feeAndNote)
        }
        rawDocuments = raw?.documents
        rawSteps = raw?.steps
        rawResult = raw?.result
        self.parsed = parsed
        replacedByForm = derived.replacedByForm.isEmpty ? nil : derived.replacedByForm
        setApart = derived.notes.isEmpty ? nil : derived.notes
        unparsed = derived.unparsed.isEmpty ? nil : derived.unparsed
        times = p.channels.map { c in
            TimeField(name: UIText.text("channel_\(c.channel.rawValue)", l), inputName: "time-" + c.channel.rawValue, id: "time-" + c.channel.rawValue,
                      value: c.time.map { l.pick($0.vietnamese, $0.english) } ?? "",
                      source: UIText.text("review_time_source", l, c.timeText.isEmpty ? "—" : c.timeText))
        }
        let refinedAt = corrections.first { $0.definition != nil }
        definitionSource = refinedAt.map { UIText.text("review_def_refined", l, inForce.version, $0.revision) }
            ?? (written ? UIText.text("review_def_written", l, inForce.version) : UIText.text("review_def_derived", l))
        definition = definitionText
        history = corrections.isEmpty ? nil : corrections.map { c in
            let times = c.times.sorted { $0.key.rawValue < $1.key.rawValue }
                .map { "\(UIText.text("channel_\($0.key.rawValue)", l)): \(l.pick($0.value.vietnamese, $0.value.english))" }
            let what = [c.definition.map { UIText.text("review_what_definition", l, $0.version, $0.documents.count) },
                        times.isEmpty ? nil : UIText.text("review_what_time", l, times.joined(separator: ", ")),
                        c.reviewed ? UIText.text("review_what_reviewed", l) : nil].compactMap { $0 }
            return Revision(revision: c.revision, at: DisplayFormat.dateTime(c.recordedAt, l),
                            by: names[c.recordedBy] ?? c.recordedBy,
                            what: what.isEmpty ? UIText.text("review_what_note", l) : what.joined(separator: " · "), note: c.note)
        }
    }
}
