

/// A year's schedule as decreed by the Government: the days off (holidays, substitutes,
/// compensations) and the Saturdays that become working days to make up for swapped days.
public struct DecreedSchedule: Hashable, Sendable, Codable {
    public var year: Int
    public var daysOff: [DayOff]
    public var makeUpWorkingDays: [LocalDate]
    /// Where the schedule comes from (a decree number, an announcement).
    public var source: String

    public init(year: Int, daysOff: [DayOff], makeUpWorkingDays: [LocalDate], source: String) {
        self.year = year; self.daysOff = daysOff; self.makeUpWorkingDays = makeUpWorkingDays; self.source = source
    }

    /// Problems that make the schedule unusable (dates outside the year, make-up days that are not weekend days…).
    public func validationErrors() -> [String] {
        var errors: [String] = []
        for d in daysOff where d.date.year != year {
            errors.append("day off \(d.date) is not in \(year)")
        }
        for d in makeUpWorkingDays {
            if d.year != year { errors.append("make-up working day \(d) is not in \(year)") }
            if !d.isWeekend { errors.append("make-up working day \(d) is not a Saturday or Sunday") }
        }
        let off = Set(daysOff.map(\.date))
        for d in makeUpWorkingDays where off.contains(d) {
            errors.append("\(d) is both a day off and a make-up working day")
        }
        if Set(daysOff.map(\.date)).count != daysOff.count { errors.append("a day off is listed twice") }
        return errors
    }
}
