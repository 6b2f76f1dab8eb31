import MotCuaCore

/// One unit's service index for a period, explained: each group and indicator with its points, the ratio behind it and
/// "no data" where MotCua holds none; the progress points lost, dossier by dossier, for staff who may open them.
struct IndexUnitPage: Encodable {
    struct Indicator: Encodable {
        let name: String
        let points: String
        let maximum: String
        let ratio: String
        let noData: Bool
        let percent: Int
    }
    struct Group: Encodable { let name: String; let points: String; let maximum: String; let percent: Int; let indicators: [Indicator] }
    struct Late: Encodable { let code: String; let href: String?; let reason: String }

    let heading: String
    let total: String
    let maximum: String
    let withData: String
    let rules: String
    let groups: [Group]
    /// The points lost at the other indicators, dossier by dossier (staff who may open them): the first ones, and how
    /// many more the workbook lists.
    struct Lost: Encodable { let name: String; let count: Int; let items: [Late]; let more: String? }
    let lost: [Lost]?
    let lateSummary: String?
    let late: [Late]?
    /// Late dossiers there are, but this reader may not open them.
    let lateHidden: Bool
    let rankingHref: String
    let previousHref: String
    let nextHref: String?
    let previousLabel: String
    let csvHref: String
    /// The total month by month, as columns of a chart drawn on the server.
    struct Column: Encodable { let x: Int; let y: Int; let height: Int; let label: String; let labelX: Int; let value: String; let valueY: Int; let empty: Bool }
    let trend: [Column]?
    let trendTitle: String
    let xlsxHref: String
    let nextLabel: String?

    static let trendHeight = 150, columnWidth = 36, columnStep = 46

    init(_ r: ServiceIndexQueries.Report, rules: IndexRules, province: String?, showDossiers: Bool, nextAllowed: Bool,
         trend months: [(month: IndexPeriod, total: Double, counted: Int)] = [], language l: Language) {
        let top = max(1, rules.maximum)
        trend = months.isEmpty ? nil : months.enumerated().map { i, m in
            let h = max(1, Int((m.total / top * Double(Self.trendHeight - 30)).rounded()))
            let x = 4 + i * Self.columnStep
            return Column(x: x, y: Self.trendHeight - h, height: h, label: String(format: "%02d/%02d", m.month.number, m.month.year % 100),
                          labelX: x + Self.columnWidth / 2, value: DisplayFormat.points(m.total, l), valueY: Self.trendHeight - h - 4, empty: m.counted == 0)
        }
        trendTitle = UIText.text("index_trend_title", l, months.first.map { $0.month.description } ?? "", months.last.map { $0.month.description } ?? "")
        heading = UIText.text("index_unit_heading", l, r.unitName, r.period.description)
        total = DisplayFormat.points(r.score.total, l)
        maximum = DisplayFormat.points(r.score.maximum, l)
        withData = UIText.text("index_with_data", l, DisplayFormat.points(r.score.maximumWithData, l))
        self.rules = UIText.text("index_rules", l, rules.source, rules.version)
        groups = r.score.groups.map { g in
            Group(name: l.pick(g.name, g.nameEn), points: DisplayFormat.points(g.points, l), maximum: DisplayFormat.points(g.maximum, l),
                  percent: g.maximum > 0 ? Int((g.points / g.maximum * 100).rounded()) : 0,
                  indicators: g.indicators.map { i in
                      let ratio = i.noData ? UIText.text(i.denominator == 0 ? "index_nothing_to_count" : "index_no_data_why", l)
                          : "\(i.numerator ?? 0)/\(i.denominator ?? 0) = \(i.value.map { DisplayFormat.percent($0, l) } ?? "")"
                      return Indicator(name: l.pick(i.name, i.nameEn), points: i.points.map { DisplayFormat.points($0, l) } ?? "—",
                                       maximum: DisplayFormat.points(i.maximum, l), ratio: ratio, noData: i.noData,
                                       percent: i.points.map { Int(($0 / i.maximum * 100).rounded()) } ?? 0)
                  })
        }
        let shown = 30
        let others = showDossiers ? r.score.groups.flatMap(\.indicators).filter { $0.measure != .progress }.compactMap { i -> Lost? in
            guard let items = r.lost[i.measure], !items.isEmpty else { return nil }
            return Lost(name: l.pick(i.name, i.nameEn), count: items.count,
                        items: items.prefix(shown).map { Late(code: $0.code, href: SiteRoute.officeDossier.path($0.code), reason: Self.why($0.why, l)) },
                        more: items.count > shown ? UIText.text("index_lost_more", l, items.count - shown) : nil)
        } : []
        lost = others.isEmpty ? nil : others
        let lateCount = r.late.count
        lateSummary = r.facts[.progress].flatMap { $0.denominator > 0 ? UIText.text("index_late_summary", l, lateCount, $0.denominator) : nil }
        lateHidden = !showDossiers && !r.late.isEmpty
        late = showDossiers && !r.late.isEmpty ? r.late.map { item in
            Late(code: item.code, href: SiteRoute.officeDossier.path(item.code), reason: Self.reason(item.reason, l))
        } : nil
        rankingHref = SiteRoute.indexRankings.path(query: ["ky": r.period.description, "tinh": province])
        let unit = r.unitCode ?? ""
        previousHref = SiteRoute.indexUnit.path(unit, query: ["ky": r.period.previous.description])
        previousLabel = UIText.text("index_previous", l, r.period.previous.description)
        csvHref = "/api/v1/index?unit=\(unit)&period=\(r.period)&format=csv"
        xlsxHref = "/api/v1/index?unit=\(unit)&period=\(r.period)&format=xlsx"
        nextHref = nextAllowed ? SiteRoute.indexUnit.path(unit, query: ["ky": r.period.next.description]) : nil
        nextLabel = nextAllowed ? UIText.text("index_next", l, r.period.next.description) : nil
    }

    /// Why a dossier counts late, in words.
    static func reason(_ reason: IndexProgress.LateReason, _ l: Language) -> String {
        switch reason {
        case .supplements(let n): UIText.text("index_late_supplements", l, n)
        case .endedLate(let ended, let due): UIText.text("index_late_ended", l, DisplayFormat.dateTime(ended, l), DisplayFormat.dateTime(due, l))
        case .openPastDue(let due): UIText.text("index_late_open", l, DisplayFormat.dateTime(due, l))
        }
    }

    /// Why a dossier lost a point, in words.
    static func why(_ why: IndexDrillDown.Why, _ l: Language) -> String {
        switch why {
        case .late(let reason): UIText.text("index_lost_late", l, Self.reason(reason, l))
        case .complaint: UIText.text("index_lost_complaint", l)
        case .notOnline: UIText.text("index_lost_not_online", l)
        case .noDocument: UIText.text("index_lost_no_document", l)
        case .paidOffline: UIText.text("index_lost_paid_offline", l)
        }
    }
}
