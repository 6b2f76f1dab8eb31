/// Online submission (today's generic form: applicant, where to submit, documents; per-procedure e-forms come next).
struct SubmissionPage: Encodable {
    struct ProcedureRef: Encodable { let name: String; let code: String; let href: String }

    let procedure: ProcedureRef?
    let documents: [String]?
    let formKey: String
    let draftId: String?
    var error: String?
    var fields: [FormField]

    struct Values {
        var procedureCode: String?, unit: String?, fullName: String?, idNumber: String?, phone: String?, email: String?, commune: String?
    }

    init(procedure: (name: String, code: String, documents: [String])?, values v: Values, formKey: String, draftId: String?, language l: Language) {
        func t(_ key: String) -> String { UIText.text(key, l) }
        self.procedure = procedure.map { ProcedureRef(name: $0.name, code: $0.code, href: SiteRoute.procedure.path($0.code)) }
        documents = procedure.flatMap { $0.documents.isEmpty ? nil : Array($0.documents.prefix(12)) }
        self.formKey = formKey
        self.draftId = draftId
        fields = [
            FormField(name: "procedureCode", label: t("field_procedure"), hint: t("field_procedure_hint"), value: v.procedureCode ?? "", maxlength: 40, placeholder: "1.001193"),
            FormField(name: "unit", label: t("field_unit"), hint: t("field_unit_hint"), value: v.unit ?? "", maxlength: 200, placeholder: "Phường Ba Đình, Hà Nội"),
            FormField(name: "fullName", label: t("field_applicant_name"), value: v.fullName ?? "", autocomplete: "name", maxlength: 120),
            FormField(name: "idNumber", label: t("field_id_number"), hint: t("field_id_number_hint"), value: v.idNumber ?? "", inputmode: "numeric", maxlength: 12, pattern: "[0-9]{12}"),
            FormField(name: "phone", label: t("track_phone"), value: v.phone ?? "", type: "tel", autocomplete: "tel", inputmode: "tel", maxlength: 20),
            FormField(name: "email", label: t("field_email"), hint: t("optional"), value: v.email ?? "", type: "email", autocomplete: "email", maxlength: 254),
            FormField(name: "commune", label: t("field_residence"), hint: t("optional"), value: v.commune ?? "", autocomplete: "address-level3", maxlength: 200),
        ]
    }

    /// The field a refused submission is about, when there is one.
    static func field(for code: String) -> String? {
        switch code {
        case "procedure_not_found", "procedure_abolished", "not_online": return "procedureCode"
        case "bad_phone": return "phone"
        case "bad_id", "bad_id_number": return "idNumber"
        case "bad_name": return "fullName"
        case "bad_email": return "email"
        default: return nil
        }
    }

    /// Marks the fields a draft still misses.
    mutating func markMissing(_ missing: [String], language l: Language) {
        let names = ["procedureCode": "procedureCode", "unitCode": "unit", "applicant.fullName": "fullName",
                     "applicant.idNumber": "idNumber", "applicant.phone": "phone"]
        for m in missing { _ = FormField.mark(&fields, names[m], UIText.text("field_required", l)) }
        if error == nil { error = UIText.text("form_has_errors", l) }
    }
}
