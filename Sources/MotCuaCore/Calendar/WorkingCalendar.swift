

/// The working calendar of public servants: Monday–Friday, less holidays, plus decreed make-up days,
/// within office hours. Every deadline in MotCua is computed here.
public struct WorkingCalendar: Sendable {
    public let officeHours: OfficeHours
    /// Same-day procedures received after this second of the day are due the next working day (15:00).
    public let sameDayCutoffSecond: Int
    public let decrees: [Int: DecreedSchedule]
    private let lunar: VietnameseLunarCalendar
    private let precomputed: ClosedRange<Int>
    private let daysOffByJulianDay: [Int: String]
    private let makeUpJulianDays: Set<Int>

    public init(decrees: [DecreedSchedule] = [], officeHours: OfficeHours = .standard,
                sameDayCutoff: Int = 15 * 3600, precomputedYears: ClosedRange<Int> = 1990...2099) {
        self.officeHours = officeHours
        self.sameDayCutoffSecond = sameDayCutoff
        self.lunar = VietnameseLunarCalendar()
        var byYear: [Int: DecreedSchedule] = [:]
        for d in decrees { byYear[d.year] = d }
        self.decrees = byYear
        self.precomputed = precomputedYears
        var off: [Int: String] = [:]
        var makeUp = Set<Int>()
        for year in precomputedYears {
            for d in Self.daysOff(year: year, decrees: byYear, lunar: lunar) where off[d.date.julianDay] == nil {
                off[d.date.julianDay] = d.name
            }
            for d in byYear[year]?.makeUpWorkingDays ?? [] { makeUp.insert(d.julianDay) }
        }
        self.daysOffByJulianDay = off
        self.makeUpJulianDays = makeUp
    }

    private static func daysOff(year: Int, decrees: [Int: DecreedSchedule], lunar: VietnameseLunarCalendar) -> [DayOff] {
        if let decree = decrees[year] { return decree.daysOff.sorted { $0.date < $1.date } }
        return StatutoryHolidays.daysOff(year: year, lunar: lunar).sorted { $0.date < $1.date }
    }

    /// The days off of a year: the decreed schedule when there is one, otherwise the computed statutory holidays.
    public func daysOff(year: Int) -> [DayOff] {
        Self.daysOff(year: year, decrees: decrees, lunar: lunar)
    }

    /// Whether the year's days off come from a decree rather than from the rules.
    public func isDecreed(year: Int) -> Bool { decrees[year] != nil }

    public func makeUpWorkingDays(year: Int) -> [LocalDate] {
        (decrees[year]?.makeUpWorkingDays ?? []).sorted()
    }

    /// The name of the holiday on a date, if it is one.
    public func holidayName(_ date: LocalDate) -> String? {
        if precomputed.contains(date.year) { return daysOffByJulianDay[date.julianDay] }
        return daysOff(year: date.year).first { $0.date == date }?.name
    }

    public func isWorkingDay(_ date: LocalDate) -> Bool {
        let jd = date.julianDay
        if precomputed.contains(date.year) {
            if makeUpJulianDays.contains(jd) { return true }
            return !date.isWeekend && daysOffByJulianDay[jd] == nil
        }
        if makeUpWorkingDays(year: date.year).contains(date) { return true }
        return !date.isWeekend && holidayName(date) == nil
    }

    public func nextWorkingDay(after date: LocalDate) -> LocalDate {
        var d = date.adding(days: 1)
        while !isWorkingDay(d) { d = d.adding(days: 1) }
        return d
    }

    /// Where the clock of a dossier starts: the moment itself if inside office hours on a working day,
    /// otherwise the start of the next working period.
    public func startOfWork(at t: LocalDateTime) -> LocalDateTime {
        if isWorkingDay(t.date) {
            for p in officeHours.periods {
                if t.secondOfDay < p.start * 60 { return LocalDateTime(date: t.date, secondOfDay: p.start * 60) }
                if t.secondOfDay < p.end * 60 { return t }
            }
        }
        return LocalDateTime(date: nextWorkingDay(after: t.date), secondOfDay: officeHours.openingSecond)
    }

    /// The appointment (ngày hẹn trả kết quả) for a dossier received complete at `received`.
    public func appointment(received: LocalDateTime, time: ProcessingTime) -> LocalDateTime {
        let start = startOfWork(at: received)
        switch time {
        case .workingDays(let n):
            var day = start.date
            for _ in 0..<n { day = nextWorkingDay(after: day) }
            return LocalDateTime(date: day, secondOfDay: start.secondOfDay)
        case .workingHours(let n):
            return addingWorkingTime(seconds: n * 3600, to: start)
        case .sameDay:
            let day = start.secondOfDay <= sameDayCutoffSecond ? start.date : nextWorkingDay(after: start.date)
            return LocalDateTime(date: day, secondOfDay: officeHours.closingSecond)
        case .calendarDays(let n):
            return onWorkingDay(LocalDateTime(date: start.date.adding(days: n), secondOfDay: start.secondOfDay))
        case .months(let n):
            let total = start.date.year * 12 + (start.date.month - 1) + n
            let y = total / 12, m = total % 12 + 1
            let d = min(start.date.day, LocalDate.daysIn(month: m, year: y))
            return onWorkingDay(LocalDateTime(date: LocalDate(year: y, month: m, day: d), secondOfDay: start.secondOfDay))
        }
    }

    /// A deadline that falls on a day off moves to the same time on the next working day.
    private func onWorkingDay(_ t: LocalDateTime) -> LocalDateTime {
        isWorkingDay(t.date) ? t : LocalDateTime(date: nextWorkingDay(after: t.date), secondOfDay: t.secondOfDay)
    }

    /// Working time (seconds inside office hours on working days) from `a` to `b`; negative when `b` is before `a`.
    public func workingSeconds(from a: LocalDateTime, to b: LocalDateTime) -> Int {
        if b < a { return -workingSeconds(from: b, to: a) }
        var total = 0
        var day = a.date
        while day <= b.date {
            if isWorkingDay(day) {
                let lo = day == a.date ? a.secondOfDay : 0
                let hi = day == b.date ? b.secondOfDay : 86400
                for p in officeHours.periods {
                    let s = max(lo, p.start * 60), e = min(hi, p.end * 60)
                    if e > s { total += e - s }
                }
            }
            day = day.adding(days: 1)
        }
        return total
    }

    /// The moment reached after `seconds` of working time from `t`.
    public func addingWorkingTime(seconds: Int, to t: LocalDateTime) -> LocalDateTime {
        var remaining = max(0, seconds)
        var current = startOfWork(at: t)
        if remaining == 0 { return current }
        while true {
            for p in officeHours.periods where current.secondOfDay < p.end * 60 {
                let from = max(current.secondOfDay, p.start * 60)
                let available = p.end * 60 - from
                if remaining <= available { return LocalDateTime(date: current.date, secondOfDay: from + remaining) }
                remaining -= available
                current.secondOfDay = p.end * 60
            }
            current = LocalDateTime(date: nextWorkingDay(after: current.date), secondOfDay: officeHours.openingSecond)
        }
    }

    /// A due moment pushed back by the working time of intervals that do not count (a dossier waiting for
    /// the citizen to supplement it): the working time left when each pause began is counted again from its end.
    public func due(_ due: LocalDateTime, excluding pauses: [(start: LocalDateTime, end: LocalDateTime)]) -> LocalDateTime {
        var result = due
        for pause in pauses.sorted(by: { $0.start < $1.start }) where pause.start < result && pause.start < pause.end {
            let left = workingSeconds(from: pause.start, to: result)
            result = addingWorkingTime(seconds: left, to: pause.end)
        }
        return result
    }

    /// Working time left until `due` at `now` (negative when overdue).
    public func timeLeft(until due: LocalDateTime, at now: LocalDateTime) -> Int {
        workingSeconds(from: now, to: due)
    }
}
