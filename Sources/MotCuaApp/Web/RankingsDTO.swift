import Foundation
import MotCuaCore
import Vapor

/// The communes of a province (or the provinces) ranked by their service index for a period, with each group's points
/// and the change from the period before.
struct RankingsDTO: Content {
    struct GroupPoints: Content {
        let key: String
        let points: Double
    }

    struct Entry: Content {
        let rank: Int
        let unit: String
        let unitName: String
        let total: Double
        let maximumWithData: Double
        /// Points of each group, in the rule file's order.
        let groups: [GroupPoints]
        /// The on-time ratio behind the progress group, when there were dossiers.
        let onTime: Double?
        let dossiers: Int
        let previousTotal: Double
        let change: Double
    }

    let province: String?
    let provinceName: String
    let period: String
    let previousPeriod: String
    let maximum: Double
    let items: [Entry]

    init(_ r: ServiceIndexQueries.Ranking, rules: IndexRules) {
        province = r.province; provinceName = r.provinceName; period = r.period.description; previousPeriod = r.period.previous.description
        maximum = rules.maximum
        items = r.entries.map { e in
            let progress = e.report.facts[.progress]
            return Entry(rank: e.rank, unit: e.report.unitCode ?? "", unitName: e.report.unitName, total: e.report.score.total,
                         maximumWithData: e.report.score.maximumWithData,
                         groups: e.report.score.groups.map { GroupPoints(key: $0.key, points: $0.points) },
                         onTime: progress?.value.map { ($0 * 10_000).rounded() / 10_000 }, dossiers: progress?.denominator ?? 0,
                         previousTotal: e.previousTotal, change: ((e.report.score.total - e.previousTotal) * 100).rounded() / 100)
        }
    }

    /// The ranking as a table (CSV or XLSX), one line per unit.
    func sheet(groupKeys: [String]) -> Spreadsheet.Sheet {
        let header = ["Hạng", "Mã đơn vị", "Đơn vị", "Tổng điểm"] + groupKeys + ["Tỷ lệ đúng hạn", "Số hồ sơ", "Kỳ trước (\(previousPeriod))", "Thay đổi"]
        let rows: [[Spreadsheet.Cell]] = items.map { e in
            [.number(Double(e.rank)), .text(e.unit), .text(e.unitName), .number(e.total)]
                + groupKeys.map { key in .number(e.groups.first { $0.key == key }?.points ?? 0) }
                + [e.onTime.map { .number($0) } ?? .empty, .number(Double(e.dossiers)), .number(e.previousTotal), .number(e.change)]
        }
        return Spreadsheet.Sheet(name: "Xếp hạng \(period)", header: header, rows: rows)
    }
}
