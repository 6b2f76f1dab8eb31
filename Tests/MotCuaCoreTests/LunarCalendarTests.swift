import Testing
@testable import MotCuaCore

@Suite("Vietnamese lunar calendar")
struct LunarCalendarTests {
    let lunar = VietnameseLunarCalendar()

    /// Published dates of Tết Nguyên Đán (Vietnamese calendar).
    static let publishedTet: [(Int, Int, Int)] = [
        (1985, 1, 21), (1990, 1, 27), (1991, 2, 15), (1992, 2, 4), (1993, 1, 23), (1994, 2, 10), (1995, 1, 31),
        (1996, 2, 19), (1997, 2, 7), (1998, 1, 28), (1999, 2, 16), (2000, 2, 5), (2001, 1, 24), (2002, 2, 12),
        (2003, 2, 1), (2004, 1, 22), (2005, 2, 9), (2006, 1, 29), (2007, 2, 17), (2008, 2, 7), (2009, 1, 26),
        (2010, 2, 14), (2011, 2, 3), (2012, 1, 23), (2013, 2, 10), (2014, 1, 31), (2015, 2, 19), (2016, 2, 8),
        (2017, 1, 28), (2018, 2, 16), (2019, 2, 5), (2020, 1, 25), (2021, 2, 12), (2022, 2, 1), (2023, 1, 22),
        (2024, 2, 10), (2025, 1, 29), (2026, 2, 17), (2027, 2, 6), (2028, 1, 26), (2029, 2, 13), (2030, 2, 2),
    ]

    @Test("Tết matches the published dates", arguments: publishedTet)
    func tet(year: Int, month: Int, day: Int) {
        #expect(lunar.tet(year) == LocalDate(year: year, month: month, day: day))
    }

    @Test("The Vietnamese calendar (UTC+7) differs from the Chinese one (UTC+8) in 1985, 2007 and 2030")
    func differsFromChinese() {
        let chinese = VietnameseLunarCalendar(timeZoneHours: 8)
        #expect(chinese.tet(1985) == LocalDate(year: 1985, month: 2, day: 20))
        #expect(chinese.tet(2007) == LocalDate(year: 2007, month: 2, day: 18))
        #expect(chinese.tet(2030) == LocalDate(year: 2030, month: 2, day: 3))
        for year in [1985, 2007, 2030] { #expect(lunar.tet(year) != chinese.tet(year)) }
    }

    @Test("Hùng Kings' day (lunar 10/3) of recent years")
    func hungKings() {
        #expect(lunar.solarDate(lunarDay: 10, lunarMonth: 3, lunarYear: 2024) == LocalDate(year: 2024, month: 4, day: 18))
        #expect(lunar.solarDate(lunarDay: 10, lunarMonth: 3, lunarYear: 2025) == LocalDate(year: 2025, month: 4, day: 7))
        #expect(lunar.solarDate(lunarDay: 10, lunarMonth: 3, lunarYear: 2026) == LocalDate(year: 2026, month: 4, day: 26))
    }

    @Test("A leap month exists only where the year has one")
    func leapMonths() {
        // 2023 had a leap 2nd month (nhuận tháng 2), 2025 a leap 6th month.
        #expect(lunar.solarDate(lunarDay: 1, lunarMonth: 2, lunarYear: 2023, isLeapMonth: true) == LocalDate(year: 2023, month: 3, day: 22))
        #expect(lunar.solarDate(lunarDay: 1, lunarMonth: 6, lunarYear: 2025, isLeapMonth: true) == LocalDate(year: 2025, month: 7, day: 25))
        #expect(lunar.solarDate(lunarDay: 1, lunarMonth: 5, lunarYear: 2025, isLeapMonth: true) == nil)
        #expect(lunar.solarDate(lunarDay: 1, lunarMonth: 1, lunarYear: 2026, isLeapMonth: true) == nil)
    }
}
