/// Receiving a dossier at the counter: the procedure (picked from the unit's list), the receiving unit, the applicant;
/// then the procedure's e-form and its document slots, checked one by one.
struct OfficeReceivePage: Encodable {
    struct Option: Encodable { let value: String; let label: String; let selected: Bool }

    let units: [Option]
    /// The procedures the counter's level handles, for the picker (`<datalist>`: type a name or a code).
    let procedures: [Option]
    var error: String?
    var fields: [FormField]
    /// Once a procedure is chosen: its e-form (typed from the paper declaration, or left blank when the paper stands)
    /// and its document slots, ticked one by one.
    var procedure: ProcedureRef?
    var sections: [DeclarationFormView.Section]?
    var slots: [CounterSlot]?
    /// The e-form is shown unfolded once anything was typed in it (or it has an error).
    var formOpen = false

    struct ProcedureRef: Encodable { let code: String; let name: String; let href: String }

    /// One document slot at the counter: seen on paper, or not needed with a reason, or missing (then a supplement is asked for it).
    struct CounterSlot: Encodable {
        let key: String
        let name: String
        let need: String
        let required: Bool
        let presented: Bool
        let waived: String
        var error: String?
    }

    struct Values {
        var procedureCode: String?, unitCode: String?, fullName: String?, idNumber: String?, phone: String?, email: String?, commune: String?, processingTime: String?
    }

    init(units: [(code: String, name: String)], procedures: [(code: String, name: String)], values v: Values, language l: Language) {
        func t(_ key: String) -> String { UIText.text(key, l) }
        self.units = units.map { Option(value: $0.code, label: $0.name, selected: $0.code == v.unitCode) }
        self.procedures = procedures.map { Option(value: $0.code, label: $0.name, selected: false) }
        fields = [
            FormField(name: "procedureCode", label: t("field_procedure"), hint: t("receive_procedure_hint"), value: v.procedureCode ?? "",
                      required: true, maxlength: 200, placeholder: "1.001193", list: "procedure-list"),
            FormField(name: "processingTime", label: t("receive_time"), hint: t("receive_time_hint"), value: v.processingTime ?? "", maxlength: 40,
                      placeholder: "5 working-days"),
            FormField(name: "fullName", label: t("field_applicant_name"), value: v.fullName ?? "", required: true, maxlength: 120),
            FormField(name: "idNumber", label: t("field_id_number"), hint: t("field_id_number_hint"), value: v.idNumber ?? "", inputmode: "numeric",
                      required: true, maxlength: 12, pattern: "[0-9]{12}"),
            FormField(name: "phone", label: t("track_phone"), value: v.phone ?? "", type: "tel", inputmode: "tel", required: true, maxlength: 20),
            FormField(name: "email", label: t("field_email"), hint: t("optional"), value: v.email ?? "", type: "email", maxlength: 254),
            FormField(name: "communeCode", label: t("field_residence"), hint: t("receive_commune_hint"), value: v.commune ?? "", maxlength: 200),
        ]
    }

    static func field(for code: String) -> String? {
        switch code {
        case "procedure_not_found", "procedure_abolished": return "procedureCode"
        case "bad_time": return "processingTime"
        case "bad_phone": return "phone"
        case "bad_id", "bad_id_number": return "idNumber"
        case "bad_name": return "fullName"
        case "bad_email": return "email"
        default: return nil
        }
    }
}
