import MotCuaCore

/// One step of applying online: the progress through the four steps, the procedure, and what this step asks for —
/// where to submit and who is applying; the e-form; the documents slot by slot; everything to review before sending.
struct ApplyPage: Encodable {
    struct Progress: Encodable { let number: Int; let title: String; let state: String; let href: String? }
    struct ProcedureRef: Encodable { let name: String; let code: String; let href: String }
    struct Choice: Encodable { let value: String; let label: String; let selected: Bool }
    struct Attached: Encodable { let fileName: String; let size: String; let removeName: String }
    /// A document given in an earlier dossier that this slot may use again.
    struct Held: Encodable { let label: String; let reuseName: String }
    struct Slot: Encodable {
        let key: String
        let inputName: String
        let id: String
        let name: String
        let required: Bool
        let need: String
        let note: String?
        let accept: String
        let attached: [Attached]?
        var held: [Held]?
        var error: String?
    }
    struct ReviewRow: Encodable { let label: String; let value: String }
    struct ReviewBlock: Encodable { let title: String; let rows: [ReviewRow]; let editHref: String }

    let step: Int
    let stepTitle: String
    let stepCount: Int
    let progress: [Progress]
    let procedure: ProcedureRef
    let action: String
    let draftId: String?
    let formKey: String
    var error: String?
    var notice: String?
    var backHref: String?

    // Step 1
    var fields: [FormField]?
    var unitChoices: [Choice]?
    // Step 2
    var sections: [DeclarationFormView.Section]?
    // Step 3
    var slots: [Slot]?
    /// The slots the case declared does not need (shown folded: a document may still be added).
    var otherSlots: [Slot]?
    var otherSlotsSummary: String?
    // Step 4
    var review: [ReviewBlock]?
    var problems: [String]?
    var ready: Bool = false

    init(step: ApplyStep, reached: ApplyStep, procedure: (name: String, code: String), draftId: String?, formKey: String, language l: Language) {
        self.step = step.number
        self.stepTitle = UIText.text(step.titleKey, l)
        self.stepCount = ApplyStep.allCases.count
        self.progress = ApplyStep.allCases.map { s in
            Progress(number: s.number, title: UIText.text(s.titleKey, l),
                     state: s == step ? "current" : s.number < step.number ? "done" : "todo",
                     href: s != step && s.number <= reached.number ? draftId.map { ApplyPage.path($0, s) } : nil)
        }
        self.procedure = ProcedureRef(name: procedure.name, code: procedure.code, href: SiteRoute.procedure.path(procedure.code))
        self.action = draftId.map { ApplyPage.path($0, step) } ?? SiteRoute.citizenSubmit.path()
        self.draftId = draftId
        self.formKey = formKey
        self.backHref = step.previous.flatMap { p in draftId.map { ApplyPage.path($0, p) } }
    }

    static func path(_ draft: String, _ step: ApplyStep) -> String { SiteRoute.citizenApplyStep.path(draft, step.rawValue) }

    /// The field of step 1 a refused applicant is about, when there is one.
    static func field(for code: String) -> String? {
        switch code {
        case "bad_phone": return "phone"
        case "bad_id", "bad_id_number": return "idNumber"
        case "bad_name": return "fullName"
        case "bad_email": return "email"
        case "unit_not_found", "unit_ambiguous": return "unit"
        default: return nil
        }
    }

    /// Step 1's fields: where to submit (a name or code, or an old address to convert) and who applies.
    static func placeFields(unit: String?, oldAddress: String?, fullName: String?, idNumber: String?, phone: String?, email: String?,
                            language l: Language) -> [FormField] {
        func t(_ key: String) -> String { UIText.text(key, l) }
        return [
            FormField(name: "unit", label: t("apply_unit"), hint: t("apply_unit_hint"), value: unit ?? "", maxlength: 200, placeholder: "Phường Ba Đình, Hà Nội"),
            FormField(name: "oldAddress", label: t("apply_old_address"), hint: t("apply_old_address_hint"), value: oldAddress ?? "", maxlength: 200,
                      placeholder: "Phường Đội Cấn, Quận Ba Đình, Hà Nội"),
            FormField(name: "fullName", label: t("field_applicant_name"), value: fullName ?? "", autocomplete: "name", required: true, maxlength: 120),
            FormField(name: "idNumber", label: t("field_id_number"), hint: t("field_id_number_hint"), value: idNumber ?? "", inputmode: "numeric",
                      required: true, maxlength: 12, pattern: "[0-9]{12}"),
            FormField(name: "phone", label: t("track_phone"), hint: t("apply_phone_hint"), value: phone ?? "", type: "tel", autocomplete: "tel",
                      inputmode: "tel", required: true, maxlength: 20),
            FormField(name: "email", label: t("field_email"), hint: t("optional"), value: email ?? "", type: "email", autocomplete: "email", maxlength: 254),
        ]
    }

    /// Step 3's slots, each with its documents and what it needs in the case declared.
    static func slots(_ form: DeclarationForm, needed: Set<String>, attachments: [DraftAttachment], problems: [DeclarationProblem],
                      held: [String: [DossierDocument]] = [:], language l: Language) -> [Slot] {
        let conditions = DeclarationFormView(form: form, language: l, today: LocalDate(year: 2000, month: 1, day: 1))
        return form.documents.map { slot in
            let attached = attachments.enumerated().filter { $0.element.slot == slot.key }.map { i, a in
                Attached(fileName: a.fileName, size: DisplayFormat.size(a.size), removeName: "remove:\(i)")
            }
            var need: [String] = []
            if needed.contains(slot.key) {
                need.append(UIText.text("apply_slot_required", l))
            } else if let c = slot.requiredWhen {
                need.append(UIText.text("apply_slot_when", l, conditions.conditionText(c)))
            } else {
                need.append(UIText.text("apply_slot_optional", l))
            }
            switch slot.form {
            case .original?: need.append(UIText.text("apply_slot_original", l))
            case .copy?: need.append(UIText.text("apply_slot_copy", l))
            case .certifiedCopy?: need.append(UIText.text("apply_slot_certified_only", l))
            case .originalOrCertifiedCopy?: need.append(UIText.text("apply_slot_certified", l))
            case nil: break
            }
            if slot.reusable == true { need.append(UIText.text("apply_slot_reusable", l)) }
            let problem = problems.first { $0.key == "documents." + slot.key }
            return Slot(key: slot.key, inputName: "slot." + slot.key, id: "s-" + slot.key, name: l.pick(slot.name, slot.nameEn ?? slot.name),
                        required: needed.contains(slot.key), need: need.joined(separator: " · "), note: slot.note,
                        accept: (slot.mediaTypes ?? ["application/pdf", "image/jpeg", "image/png"]).joined(separator: ","),
                        attached: attached.isEmpty ? nil : attached,
                        held: held[slot.key].flatMap { docs in
                            let unused = docs.filter { d in !attachments.contains { $0.slot == slot.key && $0.sha256 == d.sha256 } }.prefix(5)
                            return unused.isEmpty ? nil : unused.map { d in
                                Held(label: UIText.text("apply_reuse", l, d.fileName, d.dossierCode), reuseName: "reuse:\(slot.key):\(d.sha256)")
                            }
                        },
                        error: problem.map { l.pick($0.message, $0.messageEn) })
        }
    }
}
