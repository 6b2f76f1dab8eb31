import MotCuaCore

/// The decentralisation report as a page (public: the catalogue is): for a period, how many procedures were
/// decentralised from central to local level, reassigned between levels, given another agency, introduced or abolished;
/// the counts by field and by ministry; then every change with its day and deciding document, linking to the procedure.
struct DecentralisationPage: Encodable {
    struct Count: Encodable { let label: String; let value: Int; let key: String }
    struct Row: Encodable { let name: String; let decentralised: Int; let reassigned: Int; let agencyChanged: Int; let introduced: Int; let abolished: Int; let total: Int }
    struct Change: Encodable { let effective: String; let code: String; let name: String; let href: String; let kind: String; let move: String; let decision: String }

    let heading: String
    let summary: String
    let from: String
    let to: String
    let counts: [Count]
    let fields: [Row]
    let ministries: [Row]
    let changes: [Change]
    let csvHref: String
    let xlsxHref: String

    init(_ r: DecentralisationReportDTO, language l: Language) {
        func t(_ key: String, _ args: CustomStringConvertible...) -> String {
            UIText.text(key, l, arguments: args)
        }
        func day(_ iso: String) -> String { LocalDate(iso: iso).map { DisplayFormat.date($0, l) } ?? iso }
        heading = t("decentralisation_heading")
        from = r.from; to = r.to
        summary = t("decentralisation_summary", day(r.from), day(r.to), r.totals.total)
        let kinds: [(DecentralisationReport.Kind, Int)] = [(.decentralised, r.totals.decentralised), (.reassigned, r.totals.reassigned),
                                                          (.agencyChanged, r.totals.agencyChanged), (.introduced, r.totals.introduced),
                                                          (.abolished, r.totals.abolished)]
        func label(_ kind: String) -> String { t(kind == "agencyChanged" ? "decentralisation_agency_changed" : "decentralisation_\(kind)") }
        counts = kinds.map { Count(label: label($0.0.rawValue), value: $0.1, key: $0.0.rawValue) }
        func row(_ x: DecentralisationReportDTO.Tally) -> Row {
            Row(name: x.name.isEmpty ? t("decentralisation_unnamed") : x.name, decentralised: x.decentralised, reassigned: x.reassigned,
                agencyChanged: x.agencyChanged, introduced: x.introduced, abolished: x.abolished, total: x.total)
        }
        fields = r.byField.map(row)
        ministries = r.byMinistry.map(row)
        func levels(_ list: [String]) -> String { list.map { t("level_\($0)") }.joined(separator: ", ") }
        changes = r.items.map { i in
            let move: String
            switch i.kind {
            case "abolished": move = "—"
            case "introduced": move = levels(i.to)
            default: move = "\(levels(i.from)) → \(levels(i.to))" + (i.agency.map { " (\($0))" } ?? "")
            }
            return Change(effective: day(i.effective), code: i.code, name: i.name, href: SiteRoute.procedure.path(i.code),
                          kind: label(i.kind), move: move, decision: i.decision)
        }
        csvHref = "/api/v1/decentralisation/report?from=\(r.from)&to=\(r.to)&format=csv"
        xlsxHref = "/api/v1/decentralisation/report?from=\(r.from)&to=\(r.to)&format=xlsx"
    }
}
