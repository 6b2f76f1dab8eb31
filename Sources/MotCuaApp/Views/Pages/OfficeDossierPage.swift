import MotCuaCore

/// One dossier as an officer works on it: facts, the steps the officer may take (irreversible ones behind a
/// confirmation), the forms to print, the control sheet, documents and messages to the applicant.
struct OfficeDossierPage: Encodable {
    struct Fact: Encodable { let label: String; let value: String }
    struct Link: Encodable { let href: String; let label: String }
    struct Person: Encodable { let id: String; let name: String }
    struct Action: Encodable {
        let id: String
        let href: String
        let label: String
        let version: Int
        let assignees: [Person]?
        let needsTarget: Bool
        /// Where a transfer may go: the units of the dossier's province (a picker; typed when there is no list).
        let targets: [Person]?
        let needsAppointment: Bool
        let needsReason: Bool
        /// Refusing and stopping end the dossier for good: a warning and a confirmation box come first.
        let irreversible: Bool
    }
    struct Step: Encodable { let seq: Int; let at: String; let action: String; let state: String; let actor: String; let reason: String }

    let code: String
    let notice: String?
    let error: String?
    let facts: [Fact]
    let parts: [String]?
    let forms: [Link]
    let actions: [Action]?
    let history: [Step]
    let documents: [Link]?
    let notifications: [String]?
    /// The declaration as submitted, readable, and each document slot with what fills it.
    let declaration: [DeclarationReading.Section]?
    let slots: [SlotLine]?

    struct SlotLine: Encodable { let name: String; let state: String; let documents: [Link]?; let missing: Bool }

    static let irreversible: Set<DossierAction> = [.refuse, .stop, .withdraw]

    init(_ d: DossierDTO, notice: String?, error: String?, assignees: [Person], transferTargets: [Person] = [],
         declaration: [DeclarationReading.Section]? = nil, language l: Language) {
        func t(_ key: String, _ args: CustomStringConvertible...) -> String {
            args.isEmpty ? UIText.text(key, l) : UIText.text(key, l, args[0])
        }
        code = d.code
        self.notice = notice
        self.error = error
        let rows: [(String, String?)] = [
            ("dossier_procedure", "\(d.procedureName) (\(d.procedureCode))"), ("track_status", "\(Names.state(d.state, l)) — \(t("office_status_code", d.statusCode))"),
            ("office_applicant", d.applicant.map { "\($0.fullName) · \($0.idNumber) · \($0.phone)" }),
            ("dossier_received_by", d.receivingUnit.name), ("dossier_decided_by", d.competentUnit.name), ("office_transfer_to", d.transferTo?.name),
            ("track_appointment", DisplayFormat.dateTime(d.appointment, l).map { $0 + (d.appointmentProvisional ? " (\(t("provisional")))" : "") }),
            ("office_due", DisplayFormat.dateTime(d.dueAt, l)), ("office_new_date", DisplayFormat.dateTime(d.apologyAppointment, l)),
            ("office_left", d.workingSecondsLeft == nil ? nil : Names.timeLeft(d.workingSecondsLeft, urgency: d.urgency, l)),
            ("office_assignee", d.assigneeName), ("office_supplements", d.supplementRequests > 0 ? "\(d.supplementRequests)" : nil),
            ("dossier_outcome", d.outcome.map { Names.outcome($0, l) }),
            ("procedure_fee", Names.fee(due: d.feeDue, text: d.feeText, l) + (d.feeDue ?? 0 > 0 && d.feePaid ? " (\(t("payment_paid")))" : "")),
        ]
        facts = rows.compactMap { key, value in value.flatMap { $0.isEmpty ? nil : Fact(label: t(key), value: $0) } }
        let parts = (d.parts ?? []).map { p in
            "\(p.name) — \(p.agency)" + (DisplayFormat.dateTime(p.due, l).map { ", " + t("office_part_due", $0) } ?? "")
                + (DisplayFormat.dateTime(p.completedAt, l).map { " · " + t("office_part_done", $0) } ?? "")
        }
        self.parts = parts.isEmpty ? nil : parts
        let printable: [(String, String)] = (declaration == nil ? [] : [("to-khai", "form_declaration")])
        forms = (printable + [("phieu-tiep-nhan", "form_receipt"), ("phieu-bo-sung", "form_supplement"), ("phieu-tu-choi", "form_refusal"),
               ("thu-xin-loi", "form_apology"), ("phieu-kiem-soat", "form_control")])
            .map { Link(href: SiteRoute.printable.path(d.code, $0.0), label: t($0.1)) }
        let actions = (d.availableActions ?? []).compactMap(DossierAction.init(rawValue:)).map { a in
            Action(id: "action-\(a.rawValue)", href: SiteRoute.officeAction.path(d.code, a.rawValue), label: l == .vi ? a.vietnamese : a.englishCommand,
                   version: d.version ?? 0, assignees: a.needsAssignee ? assignees : nil, needsTarget: a == .transfer,
                   targets: a == .transfer && !transferTargets.isEmpty ? transferTargets : nil,
                   needsAppointment: a == .apologise, needsReason: a.needsReason, irreversible: Self.irreversible.contains(a))
        }
        self.actions = actions.isEmpty ? nil : actions
        history = d.history.map { h in
            Step(seq: h.seq, at: DisplayFormat.dateTime(h.at, l) ?? h.at, action: Names.action(h.action, l), state: Names.state(h.state, l),
                 actor: [h.actor, h.role.map { Names.role($0, l) }].compactMap { $0 }.joined(separator: " · "), reason: h.reason ?? "")
        }
        let documents = (d.documents ?? []).map { doc in
            Link(href: "/api/v1/dossiers/\(d.code)/documents/\(doc.id)", label: "\(doc.fileName) · \(doc.docType) · \(max(1, doc.size / 1024)) KB")
        }
        self.documents = documents.isEmpty ? nil : documents
        self.declaration = declaration
        let byId = Dictionary((d.documents ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.slots = d.slots.map { slots in
            slots.compactMap { slot -> SlotLine? in
                let files = slot.documents.compactMap { byId[$0] }.map { doc in
                    Link(href: "/api/v1/dossiers/\(d.code)/documents/\(doc.id)", label: "\(doc.fileName) · \(DisplayFormat.size(doc.size, l))")
                }
                let state: String
                if !files.isEmpty { state = t("slot_attached", files.count) }
                else if slot.presented { state = t("slot_presented") }
                else if let reason = slot.waivedReason { state = t("slot_waived", reason) }
                else if slot.missing { state = t("slot_missing") }
                else if slot.required { state = t("slot_required_empty") }
                else { return nil }
                return SlotLine(name: slot.name, state: state, documents: files.isEmpty ? nil : files, missing: slot.missing || (slot.required && files.isEmpty && !slot.presented && slot.waivedReason == nil))
            }
        }
        let notes = (d.notifications ?? []).map { Names.notification(event: $0.event, channel: $0.channel, status: $0.status, attempts: $0.attempts, l) }
        notifications = notes.isEmpty ? nil : notes
    }
}
