import Foundation
import MotCuaCore
import Vapor

/// A unit's service index for a period, over the API: groups and indicators with points, maxima and the ratio behind
/// each; an indicator without data says `noData` and has no points.
struct IndexDTO: Content {
    struct Indicator: Content {
        let key: String
        let name: String
        let nameEn: String
        let points: Double?
        let maximum: Double
        let value: Double?
        let numerator: Int?
        let denominator: Int?
        let noData: Bool
    }

    struct Group: Content {
        let key: String
        let name: String
        let nameEn: String
        let points: Double
        let maximum: Double
        let indicators: [Indicator]
    }

    let unit: String?
    let unitName: String
    let period: String
    let from: String
    let to: String
    let total: Double
    let maximum: Double
    /// The maximum of the indicators with data.
    let maximumWithData: Double
    let rulesVersion: Int
    let groups: [Group]

    init(_ r: ServiceIndexQueries.Report, rules: IndexRules) {
        unit = r.unitCode; unitName = r.unitName; period = r.period.description
        from = r.period.start.description; to = r.period.end.adding(days: -1).description
        total = r.score.total; maximum = r.score.maximum; maximumWithData = r.score.maximumWithData; rulesVersion = rules.version
        groups = r.score.groups.map { g in
            Group(key: g.key, name: g.name, nameEn: g.nameEn, points: g.points, maximum: g.maximum, indicators: g.indicators.map { i in
                Indicator(key: i.key, name: i.name, nameEn: i.nameEn, points: i.points, maximum: i.maximum, value: i.value.map { ($0 * 10_000).rounded() / 10_000 },
                          numerator: i.numerator, denominator: i.denominator, noData: i.noData)
            })
        }
    }

    /// The breakdown as a table (CSV or XLSX): a line per indicator, with the ratio behind it or why there is none.
    func sheet() -> Spreadsheet.Sheet {
        let rows: [[Spreadsheet.Cell]] = groups.flatMap { g in
            g.indicators.map { i in
                [.text(g.name), .text(i.name), i.points.map { .number($0) } ?? .empty, .number(i.maximum), i.value.map { .number($0) } ?? .empty,
                 i.numerator.map { .number(Double($0)) } ?? .empty, i.denominator.map { .number(Double($0)) } ?? .empty,
                 .text(i.noData ? (i.denominator == 0 ? "Không có gì để tính" : "Chưa có dữ liệu") : "")]
            }
        } + [[.text("Tổng"), .text(""), .number(total), .number(maximum), .empty, .empty, .empty, .text("Tối đa có dữ liệu: \(maximumWithData)")]]
        return Spreadsheet.Sheet(name: "Chỉ số \(period)", header: ["Nhóm", "Chỉ tiêu", "Điểm", "Tối đa", "Tỷ lệ", "Tử số", "Mẫu số", "Ghi chú"],
                                 rows: rows)
    }
}
