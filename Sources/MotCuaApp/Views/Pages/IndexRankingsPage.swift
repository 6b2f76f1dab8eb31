import MotCuaCore

/// The service index ranking (public: no personal data): the communes of a province, or the provinces, for a period —
/// a bar chart drawn on the server (no script; an image, the links are in the table), then the table with each unit's total, on-time share, dossiers and the
/// change from the period before, each unit linking to its breakdown.
struct IndexRankingsPage: Encodable {
    struct Choice: Encodable { let value: String; let label: String; let selected: Bool }
    struct Bar: Encodable { let label: String; let value: String; let y: Int; let barY: Int; let width: Int; let valueX: Int }
    struct Row: Encodable {
        let rank: Int
        let name: String
        let href: String
        let total: String
        let onTime: String
        let dossiers: Int
        let change: String
        let trend: String
    }

    let heading: String
    let summary: String
    let periodChoices: [Choice]
    let provinceChoices: [Choice]
    let chartTitle: String
    let chartHeight: Int
    let bars: [Bar]
    let rows: [Row]
    let csvHref: String
    let xlsxHref: String

    static let chartWidth = 560, labelWidth = 210, barHeight = 16, rowHeight = 24, chartUnits = 20

    init(_ r: RankingsDTO, provinces: [(code: String, name: String)], periods: [IndexPeriod], language l: Language) {
        let place = r.provinceName
        heading = UIText.text(r.province == nil ? "index_rankings_provinces" : "index_rankings_communes", l, place, r.period)
        let withDossiers = r.items.filter { $0.dossiers > 0 }.count
        summary = UIText.text("index_rankings_summary", l, r.items.count, withDossiers, r.previousPeriod)
        periodChoices = periods.map { p in Choice(value: p.description, label: p.description, selected: p.description == r.period) }
        provinceChoices = [Choice(value: "", label: UIText.text("index_all_provinces", l), selected: r.province == nil)]
            + provinces.map { Choice(value: $0.code, label: $0.name, selected: $0.code == r.province) }
        chartTitle = UIText.text("index_chart_title", l, heading, min(Self.chartUnits, r.items.count))
        let scale = Double(Self.chartWidth - Self.labelWidth - 60) / max(1, r.maximum)
        func unitHref(_ unit: String) -> String { SiteRoute.indexUnit.path(unit, query: ["ky": r.period]) }
        // The chart shows the first twenty; the table below lists every unit.
        bars = r.items.prefix(Self.chartUnits).enumerated().map { i, e in
            let width = Int((e.total * scale).rounded())
            let name = e.unitName.count > 28 ? e.unitName.prefix(27) + "…" : e.unitName
            return Bar(label: "\(e.rank). \(name)", value: DisplayFormat.points(e.total, l), y: i * Self.rowHeight + 16, barY: i * Self.rowHeight + 4,
                       width: max(1, width), valueX: Self.labelWidth + max(1, width) + 6)
        }
        chartHeight = max(1, min(Self.chartUnits, r.items.count)) * Self.rowHeight + 8
        rows = r.items.map { e in
            Row(rank: e.rank, name: e.unitName, href: unitHref(e.unit), total: DisplayFormat.points(e.total, l),
                onTime: e.onTime.map { DisplayFormat.percent($0, l) } ?? UIText.text("index_no_data", l), dossiers: e.dossiers,
                change: (e.change > 0 ? "+" : "") + DisplayFormat.points(e.change, l), trend: e.change > 0 ? "up" : e.change < 0 ? "down" : "same")
        }
        csvHref = "/api/v1/index/rankings?" + (r.province.map { "province=\($0)&" } ?? "") + "period=\(r.period)&format=csv"
        xlsxHref = "/api/v1/index/rankings?" + (r.province.map { "province=\($0)&" } ?? "") + "period=\(r.period)&format=xlsx"
    }
}
