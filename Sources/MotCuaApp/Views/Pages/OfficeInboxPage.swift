/// The officer's inbox: warnings first, then open dossiers by working time left.
struct OfficeInboxPage: Encodable {
    struct Warning: Encodable { let href: String; let code: String; let kind: String; let text: String }
    struct Row: Encodable {
        let href: String; let code: String; let procedure: String; let applicant: String; let status: String
        let due: String; let left: String; let urgency: String; let assignee: String
    }

    let who: String
    let warnings: [Warning]?
    let mine: Bool
    let summary: String
    let rows: [Row]?

    init(officer: Principal, warnings: [WarningDTO], list: DossierListDTO, mine: Bool, unitName: (String) -> String, language l: Language) {
        who = officer.name + " · " + officer.grants.map { "\(Names.role($0.role.rawValue, l)) (\(unitName($0.unitCode)))" }.joined(separator: ", ")
        let shown = warnings.prefix(20).map { w in
            Warning(href: SiteRoute.officeDossier.path(w.dossierCode), code: w.dossierCode, kind: w.kind,
                    text: UIText.text(w.kind == "overdue" ? "inbox_overdue" : "inbox_near_due", l, DisplayFormat.dateTime(w.dueAt, l) ?? w.dueAt))
        }
        self.warnings = shown.isEmpty ? nil : shown
        self.mine = mine
        summary = UIText.text("inbox_summary", l, list.total)
        let rows = list.items.map { d in
            Row(href: SiteRoute.officeDossier.path(d.code), code: d.code, procedure: d.procedureName, applicant: d.applicant?.fullName ?? "",
                status: Names.state(d.state, l), due: DisplayFormat.dateTime(d.dueAt ?? d.appointment, l) ?? "—",
                left: Names.timeLeft(d.workingSecondsLeft, urgency: d.urgency, l), urgency: d.urgency ?? "", assignee: d.assigneeName ?? "—")
        }
        self.rows = rows.isEmpty ? nil : rows
    }
}
