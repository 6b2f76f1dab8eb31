import Foundation
import MotCuaCore
import Vapor

/// The dossiers behind a commune's lost progress points in a period, each with why it counts late.
struct LateDossiersDTO: Content {
    struct Item: Content {
        let code: String
        /// `supplements`, `endedLate` or `openPastDue`.
        let reason: String
        let reasonText: String
        let supplementRequests: Int?
        let ended: String?
        let due: String?
    }

    /// A point lost at any indicator computed from dossiers.
    struct Lost: Content {
        /// The indicator's measure (`progress`, `procedureSatisfaction`, `onlineSubmission`, `digitisedDossiers`, `onlinePayment`).
        let measure: String
        let code: String
        let reasonText: String
    }

    let unit: String
    let unitName: String
    let period: String
    let counted: Int
    let items: [Item]
    let lost: [Lost]

    init(_ r: ServiceIndexQueries.Report, language: Language) {
        unit = r.unitCode ?? ""; unitName = r.unitName; period = r.period.description
        counted = r.facts[.progress]?.denominator ?? 0
        lost = IndexMeasure.allCases.flatMap { m in
            (r.lost[m] ?? []).map { Lost(measure: m.rawValue, code: $0.code, reasonText: IndexUnitPage.why($0.why, language)) }
        }
        items = r.late.map { item in
            let text = IndexUnitPage.reason(item.reason, language)
            switch item.reason {
            case .supplements(let n):
                return Item(code: item.code, reason: "supplements", reasonText: text, supplementRequests: n, ended: nil, due: nil)
            case .endedLate(let ended, let due):
                return Item(code: item.code, reason: "endedLate", reasonText: text, supplementRequests: nil, ended: ended.description, due: due.description)
            case .openPastDue(let due):
                return Item(code: item.code, reason: "openPastDue", reasonText: text, supplementRequests: nil, ended: nil, due: due.description)
            }
        }
    }

    /// Every point lost, a line per dossier and indicator.
    func lostSheet(names: [IndexMeasure: String]) -> Spreadsheet.Sheet {
        Spreadsheet.Sheet(name: "Điểm bị mất \(period)", header: ["Chỉ tiêu", "Mã hồ sơ", "Lý do"], rows: lost.map { x in
            [.text(IndexMeasure(rawValue: x.measure).flatMap { names[$0] } ?? x.measure), .text(x.code), .text(x.reasonText)]
        })
    }

    func sheet() -> Spreadsheet.Sheet {
        Spreadsheet.Sheet(name: "Hồ sơ trễ hạn \(period)", header: ["Mã hồ sơ", "Lý do tính trễ hạn", "Số lần yêu cầu bổ sung", "Kết thúc", "Hạn xử lý"],
                          rows: items.map { i in
                              [.text(i.code), .text(i.reasonText), i.supplementRequests.map { .number(Double($0)) } ?? .empty,
                               .text(i.ended ?? ""), .text(i.due ?? "")]
                          })
    }
}
