import Foundation

/// The period an index is computed for: a month (`2026-08`), a quarter (`2026-Q3`) or a year (`2026`), from its first
/// day up to (not including) the first day of the next.
public struct IndexPeriod: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable { case month, quarter, year }

    public let kind: Kind
    public let year: Int
    /// The month (1–12) or the quarter (1–4); 0 for a year.
    public let number: Int

    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).uppercased()
        let parts = t.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, first.count == 4, let y = Int(first), (2000...2100).contains(y) else { return nil }
        switch parts.count {
        case 1:
            kind = .year; year = y; number = 0
        case 2 where parts[1].hasPrefix("Q"):
            guard parts[1].count == 2, let q = Int(parts[1].dropFirst()), (1...4).contains(q) else { return nil }
            kind = .quarter; year = y; number = q
        case 2:
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            kind = .month; year = y; number = m
        default:
            return nil
        }
    }

    init(kind: Kind, year: Int, number: Int) {
        self.kind = kind; self.year = year; self.number = number
    }

    /// The first day.
    public var start: LocalDate {
        switch kind {
        case .year: LocalDate(year: year, month: 1, day: 1)
        case .quarter: LocalDate(year: year, month: (number - 1) * 3 + 1, day: 1)
        case .month: LocalDate(year: year, month: number, day: 1)
        }
    }

    /// The first day after it.
    public var end: LocalDate { next.start }

    public var next: IndexPeriod {
        switch kind {
        case .year: IndexPeriod(kind: .year, year: year + 1, number: 0)
        case .quarter: number == 4 ? IndexPeriod(kind: .quarter, year: year + 1, number: 1) : IndexPeriod(kind: .quarter, year: year, number: number + 1)
        case .month: number == 12 ? IndexPeriod(kind: .month, year: year + 1, number: 1) : IndexPeriod(kind: .month, year: year, number: number + 1)
        }
    }

    /// The period before, of the same kind (for trends).
    public var previous: IndexPeriod {
        switch kind {
        case .year: IndexPeriod(kind: .year, year: year - 1, number: 0)
        case .quarter: number == 1 ? IndexPeriod(kind: .quarter, year: year - 1, number: 4) : IndexPeriod(kind: .quarter, year: year, number: number - 1)
        case .month: number == 1 ? IndexPeriod(kind: .month, year: year - 1, number: 12) : IndexPeriod(kind: .month, year: year, number: number - 1)
        }
    }

    /// From the first moment of `start` to the first moment of `end`.
    public var startMoment: LocalDateTime { LocalDateTime(date: start, secondOfDay: 0) }
    public var endMoment: LocalDateTime { LocalDateTime(date: end, secondOfDay: 0) }

    /// The first day not counted as of `now`: the period's end, or today for a period not over (counted up to the end of
    /// yesterday).
    public func cutoff(now: LocalDateTime) -> LocalDate { min(end, max(start, now.date)) }
    public func cutoffMoment(now: LocalDateTime) -> LocalDateTime { LocalDateTime(date: cutoff(now: now), secondOfDay: 0) }

    public var description: String {
        switch kind {
        case .year: String(year)
        case .quarter: "\(year)-Q\(number)"
        case .month: String(format: "%04d-%02d", year, number)
        }
    }
}
