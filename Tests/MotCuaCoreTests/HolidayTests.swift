import Testing
@testable import MotCuaCore

@Suite("Statutory holidays (Labour Code 2019, Art. 112)")
struct HolidayTests {
    @Test("Every year 2020–2060 follows the rules", arguments: Array(2020...2060))
    func rules(year: Int) throws {
        let lunar = VietnameseLunarCalendar()
        let days = StatutoryHolidays.daysOff(year: year)
        let dates = Set(days.map(\.date))
        #expect(dates.count == days.count, "no date twice")
        func has(_ m: Int, _ d: Int) -> Bool { dates.contains(LocalDate(year: year, month: m, day: d)) }
        #expect(has(1, 1))
        #expect(has(4, 30))
        #expect(has(5, 1))
        #expect(has(9, 2))
        let adjacent = days.filter { $0.name.hasPrefix("Quốc khánh – ngày liền kề") }.map(\.date)
        #expect(adjacent.count == 1 && [1, 3].contains(adjacent[0].day) && adjacent[0].month == 9, "one day adjacent to National Day")
        #expect(has(11, 24) == (year >= 2026), "Vietnam Culture Day from 2026")
        // Tết: lunar new year's eve and the first four days of the year, five consecutive days.
        let tet = lunar.tet(year)
        for offset in -1...3 { #expect(dates.contains(tet.adding(days: offset))) }
        #expect(tet >= LocalDate(year: year, month: 1, day: 21) && tet <= LocalDate(year: year, month: 2, day: 20))
        // The eve is the last day of the 12th month: the next lunar month starts on Tết.
        #expect(lunar.solarDate(lunarDay: 1, lunarMonth: 12, lunarYear: year - 1).map { tet.julianDay - $0.julianDay } ?? 0 >= 29)
        let hung = try #require(lunar.solarDate(lunarDay: 10, lunarMonth: 3, lunarYear: year))
        #expect(dates.contains(hung))
        #expect((tet.julianDay + 66)...(tet.julianDay + 98) ~= hung.julianDay)
        // Statutory days: 1 + 5 + 1 + 1 + 1 + 2 (+ 1 from 2026).
        let statutory = days.filter { !$0.name.hasPrefix("Nghỉ bù") }
        #expect(statutory.count == (year >= 2026 ? 12 : 11))
        // Art. 112(3): each holiday on a weekend gives one compensation day, on a weekday that is not a holiday.
        let onWeekend = statutory.filter { $0.date.isWeekend }.count
        let compensations = days.filter { $0.name.hasPrefix("Nghỉ bù") }
        #expect(compensations.count == onWeekend)
        let statutoryDates = Set(statutory.map(\.date))
        for c in compensations {
            #expect(!c.date.isWeekend)
            #expect(!statutoryDates.contains(c.date))
        }
    }

    @Test("A holiday on Sunday gives the Monday off: Hùng Kings' day 2026")
    func compensation() {
        let days = StatutoryHolidays.daysOff(year: 2026)
        #expect(days.contains { $0.date == LocalDate(year: 2026, month: 4, day: 27) && $0.name.hasPrefix("Nghỉ bù") })
    }

    @Test("The computed Tết and Hùng Kings' days agree with the decrees of 2025 and 2026")
    func agreesWithDecrees() {
        let d2025 = Set(StatutoryHolidays.daysOff(year: 2025).map(\.date))
        for (m, d) in [(1, 28), (1, 29), (1, 30), (1, 31), (4, 7), (4, 30), (5, 1), (9, 1), (9, 2)] {
            #expect(d2025.contains(LocalDate(year: 2025, month: m, day: d)))
        }
        let d2026 = Set(StatutoryHolidays.daysOff(year: 2026).map(\.date))
        for (m, d) in [(2, 16), (2, 17), (2, 18), (2, 19), (2, 20), (4, 26), (4, 27), (9, 1), (9, 2), (11, 24)] {
            #expect(d2026.contains(LocalDate(year: 2026, month: m, day: d)))
        }
    }

    @Test("A decree is validated")
    func decreeValidation() {
        let bad = DecreedSchedule(year: 2027, daysOff: [DayOff(date: LocalDate(year: 2028, month: 1, day: 1), name: "x")],
                                  makeUpWorkingDays: [LocalDate(year: 2027, month: 3, day: 3)], source: "test")
        #expect(bad.validationErrors().count == 2)
        let good = DecreedSchedule(year: 2027, daysOff: [DayOff(date: LocalDate(year: 2027, month: 1, day: 1), name: "x")],
                                   makeUpWorkingDays: [LocalDate(year: 2027, month: 1, day: 9)], source: "test")
        #expect(good.validationErrors().isEmpty)
    }
}
