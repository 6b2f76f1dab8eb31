import Foundation
import MotCuaCore
import Vapor

/// A unit's early warnings over the API: near-due and overdue dossiers per officer, field and unit, the most urgent
/// dossiers, and the units slipping week over week.
struct EarlyWarningsDTO: Content {
    struct Line: Content {
        let key: String
        let name: String
        let nearDue: Int
        let overdue: Int
    }

    struct Item: Content {
        let code: String
        let procedure: String
        let unit: String
        let assignee: String?
        let due: String
        /// `nearDue` or `overdue`.
        let urgency: String
        let workingSecondsLeft: Int
    }

    struct Rise: Content {
        /// `lateRate`, `backlog` or `overdue`.
        let kind: String
        let from: Double
        let to: Double
    }

    struct Rising: Content {
        let unit: String
        let unitName: String
        let lastWeek: WeekTrend.Week
        let thisWeek: WeekTrend.Week
        let rises: [Rise]
    }

    let unit: String
    let unitName: String
    let asOf: String
    let weekFrom: String
    let weekTo: String
    let nearDue: Int
    let overdue: Int
    let byOfficer: [Line]
    let byField: [Line]
    let byUnit: [Line]
    let dossiers: [Item]
    let rising: [Rising]

    init(_ b: EarlyWarnings.Board) {
        unit = b.unitCode; unitName = b.unitName; asOf = b.asOf.description
        weekFrom = b.weekStart.description; weekTo = b.weekStart.adding(days: 6).description
        nearDue = b.nearDue; overdue = b.overdue
        func lines(_ l: [EarlyWarnings.Line]) -> [Line] { l.map { Line(key: $0.key, name: $0.name, nearDue: $0.nearDue, overdue: $0.overdue) } }
        byOfficer = lines(b.byOfficer); byField = lines(b.byField); byUnit = lines(b.byUnit)
        dossiers = b.items.map { Item(code: $0.code, procedure: $0.procedure, unit: $0.unit, assignee: $0.assignee, due: $0.due.description,
                                      urgency: $0.urgency.rawValue, workingSecondsLeft: $0.secondsLeft) }
        rising = b.rising.map { r in
            Rising(unit: r.code, unitName: r.name, lastWeek: r.last, thisWeek: r.this, rises: r.rises.map { rise in
                switch rise {
                case .lateRate(let a, let b): Rise(kind: "lateRate", from: a, to: b)
                case .backlog(let a, let b): Rise(kind: "backlog", from: Double(a), to: Double(b))
                case .overdue(let a, let b): Rise(kind: "overdue", from: Double(a), to: Double(b))
                }
            })
        }
    }
}
