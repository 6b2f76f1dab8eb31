import Foundation
import MotCuaCore

/// A unit's early warnings for its leaders: the counts, per officer, field and unit, the most urgent dossiers, and the
/// units slipping week over week.
struct EarlyWarningsPage: Encodable {
    struct Line: Encodable { let name: String; let nearDue: Int; let overdue: Int; let href: String? }
    struct Item: Encodable { let href: String; let code: String; let procedure: String; let assignee: String; let due: String; let left: String; let urgency: String }
    struct Rising: Encodable { let name: String; let href: String; let text: String }
    struct Choice: Encodable { let code: String; let name: String; let selected: Bool }

    let heading: String
    let summary: String
    let byOfficer: [Line]?
    let byField: [Line]?
    let byUnit: [Line]?
    let items: [Item]?
    let rising: [Rising]?
    let risingNone: String
    let units: [Choice]?

    init(_ b: EarlyWarningsDTO, units: [(code: String, name: String)], language l: Language) {
        heading = UIText.text("warnings_heading", l, b.unitName)
        summary = UIText.text("warnings_summary", l, b.nearDue, b.overdue, DisplayFormat.dateTime(b.asOf, l) ?? b.asOf)
        func lines(_ x: [EarlyWarningsDTO.Line], link: Bool = false) -> [Line]? {
            x.isEmpty ? nil : x.map { Line(name: $0.name, nearDue: $0.nearDue, overdue: $0.overdue,
                                           href: link ? SiteRoute.officeWarnings.path(query: ["don-vi": $0.key]) : nil) }
        }
        byOfficer = lines(b.byOfficer)
        byField = lines(b.byField)
        byUnit = b.byUnit.count > 1 || b.byUnit.first?.key != b.unit ? lines(b.byUnit, link: true) : nil
        items = b.dossiers.isEmpty ? nil : b.dossiers.map { d in
            Item(href: SiteRoute.officeDossier.path(d.code), code: d.code, procedure: d.procedure, assignee: d.assignee ?? "—",
                 due: DisplayFormat.dateTime(d.due, l) ?? d.due, left: Names.timeLeft(d.workingSecondsLeft, urgency: d.urgency, l), urgency: d.urgency)
        }
        let week = UIText.text("warnings_week", l, LocalDate(iso: b.weekFrom).map { DisplayFormat.date($0, l) } ?? b.weekFrom)
        rising = b.rising.isEmpty ? nil : b.rising.map { r in
            Rising(name: r.unitName, href: SiteRoute.indexUnit.path(r.unit), text: week + ": " + r.rises.map { rise in
                switch rise.kind {
                case "lateRate": UIText.text("warnings_rise_late", l, Int((rise.from * 100).rounded()), Int((rise.to * 100).rounded()))
                case "backlog": UIText.text("warnings_rise_backlog", l, Int(rise.from), Int(rise.to))
                default: UIText.text("warnings_rise_overdue", l, Int(rise.from), Int(rise.to))
                }
            }.joined(separator: "; "))
        }
        risingNone = UIText.text("warnings_rise_none", l, week)
        self.units = units.count > 1 ? units.map { Choice(code: $0.code, name: $0.name, selected: $0.code == b.unit) } : nil
    }
}
