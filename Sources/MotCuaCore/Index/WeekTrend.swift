import Foundation

/// Whether a unit is slipping from one week to the next: its late rate among the dossiers it ended, its backlog of open
/// dossiers, or its overdue backlog rose by more than chance would explain on its numbers (a few dossiers more or less
/// in a small commune is not a warning).
public enum WeekTrend {
    /// A unit's figures for a week: what it ended (and how many late) during it, and what was open (and overdue) at its end.
    public struct Week: Sendable, Equatable, Codable {
        public var ended: Int
        public var endedLate: Int
        public var open: Int
        public var openLate: Int
        public init(ended: Int = 0, endedLate: Int = 0, open: Int = 0, openLate: Int = 0) {
            self.ended = ended; self.endedLate = endedLate; self.open = open; self.openLate = openLate
        }
        public var lateRate: Double? { ended > 0 ? Double(endedLate) / Double(ended) : nil }

        /// From a unit's running totals over the week (its days) with what came before its end.
        public init(_ t: IndexTotals) {
            func p(_ c: IndexCounter) -> Int { t.inPeriod[c] ?? 0 }
            func b(_ c: IndexCounter) -> Int { t.beforeCutoff[c] ?? 0 }
            self.init(ended: p(.ended), endedLate: p(.endedLate), open: b(.received) - b(.ended), openLate: b(.lateFrom) - b(.lateEnded))
        }
    }

    public enum Rise: Sendable, Equatable {
        /// The share of dossiers ended late, last week → this week.
        case lateRate(from: Double, to: Double)
        /// Open dossiers at the week's end.
        case backlog(from: Int, to: Int)
        /// Open dossiers past their due moment at the week's end.
        case overdue(from: Int, to: Int)
    }

    /// At least this many ended dossiers for a late rate to be compared, and this rise in points to warn.
    public static let minimumEnded = 5
    public static let lateRateRise = 0.05
    /// A backlog warns when it grew by a fifth and by at least this many dossiers.
    public static let backlogGrowth = 1.2
    public static let minimumMore = 5
    /// Overdue dossiers warn when at least this many more.
    public static let minimumMoreOverdue = 3

    public static func rises(last: Week, this: Week) -> [Rise] {
        var out: [Rise] = []
        if this.ended >= minimumEnded, last.ended >= minimumEnded, let a = last.lateRate, let b = this.lateRate, b - a >= lateRateRise {
            out.append(.lateRate(from: a, to: b))
        }
        if this.open - last.open >= minimumMore, Double(this.open) >= Double(last.open) * backlogGrowth {
            out.append(.backlog(from: last.open, to: this.open))
        }
        if this.openLate - last.openLate >= minimumMoreOverdue, Double(this.openLate) >= Double(last.openLate) * backlogGrowth {
            out.append(.overdue(from: last.openLate, to: this.openLate))
        }
        return out
    }
}
