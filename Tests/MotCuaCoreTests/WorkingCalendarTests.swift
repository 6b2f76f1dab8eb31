import Testing
@testable import MotCuaCore

/// The decreed 2026 schedule (as in the shipped reference data).
let decree2026 = DecreedSchedule(
    year: 2026,
    daysOff: [(1, 1), (2, 16), (2, 17), (2, 18), (2, 19), (2, 20), (4, 26), (4, 27), (4, 30), (5, 1), (8, 31), (9, 1), (9, 2), (11, 24)]
        .map { DayOff(date: LocalDate(year: 2026, month: $0.0, day: $0.1), name: "off") },
    makeUpWorkingDays: [LocalDate(year: 2026, month: 8, day: 22)],
    source: "test")

func at(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int) -> LocalDateTime {
    LocalDateTime(date: LocalDate(year: y, month: m, day: d), hour: h, minute: min)
}

@Suite("Working calendar and deadlines")
struct WorkingCalendarTests {
    let calendar = WorkingCalendar(decrees: [decree2026])

    @Test("3 working days from 16:10 on the Friday before Tết 2026 is 16:10 on 25 February")
    func beforeTet() {
        #expect(calendar.appointment(received: at(2026, 2, 13, 16, 10), time: .workingDays(3)) == at(2026, 2, 25, 16, 10))
    }

    @Test("Weekends do not count; a receipt on Saturday starts on Monday morning")
    func weekends() {
        #expect(calendar.appointment(received: at(2026, 3, 6, 9, 0), time: .workingDays(1)) == at(2026, 3, 9, 9, 0))
        #expect(calendar.appointment(received: at(2026, 3, 7, 10, 0), time: .workingDays(2)) == at(2026, 3, 11, 7, 30))
    }

    @Test("A make-up Saturday is a working day; the swapped Monday is off")
    func makeUpSaturday() {
        #expect(calendar.isWorkingDay(LocalDate(year: 2026, month: 8, day: 22)))
        #expect(!calendar.isWorkingDay(LocalDate(year: 2026, month: 8, day: 31)))
        #expect(calendar.appointment(received: at(2026, 8, 21, 10, 0), time: .workingDays(1)) == at(2026, 8, 22, 10, 0))
        // Friday 28/8 + 1: 29–30 weekend, 31/8, 1/9, 2/9 off → Thursday 3/9.
        #expect(calendar.appointment(received: at(2026, 8, 28, 9, 0), time: .workingDays(1)) == at(2026, 9, 3, 9, 0))
    }

    @Test("Same-day procedures: the 15:00 cut-off")
    func sameDay() {
        #expect(calendar.appointment(received: at(2026, 3, 10, 14, 59), time: .sameDay) == at(2026, 3, 10, 17, 0))
        #expect(calendar.appointment(received: at(2026, 3, 10, 15, 0), time: .sameDay) == at(2026, 3, 10, 17, 0))
        #expect(calendar.appointment(received: at(2026, 3, 10, 15, 1), time: .sameDay) == at(2026, 3, 11, 17, 0))
        // Friday 16:10 before Tết: the next working day is Monday 23 February.
        #expect(calendar.appointment(received: at(2026, 2, 13, 16, 10), time: .sameDay) == at(2026, 2, 23, 17, 0))
        // Received in the evening: counts from the next morning, which is before 15:00.
        #expect(calendar.appointment(received: at(2026, 3, 10, 19, 0), time: .sameDay) == at(2026, 3, 11, 17, 0))
    }

    @Test("Working hours are counted inside office hours")
    func workingHours() {
        #expect(calendar.appointment(received: at(2026, 3, 10, 10, 0), time: .workingHours(4)) == at(2026, 3, 10, 16, 0))
        #expect(calendar.appointment(received: at(2026, 3, 10, 16, 0), time: .workingHours(4)) == at(2026, 3, 11, 10, 30))
        #expect(calendar.appointment(received: at(2026, 3, 10, 7, 30), time: .workingHours(4)) == at(2026, 3, 10, 11, 30))
        // Friday 16:00 + 8 h → Monday.
        #expect(calendar.appointment(received: at(2026, 3, 13, 16, 0), time: .workingHours(8)) == at(2026, 3, 16, 16, 30))
    }

    @Test("Receipt outside office hours counts from the next working period")
    func outsideHours() {
        #expect(calendar.startOfWork(at: at(2026, 3, 10, 6, 0)) == at(2026, 3, 10, 7, 30))
        #expect(calendar.startOfWork(at: at(2026, 3, 10, 12, 0)) == at(2026, 3, 10, 13, 30))
        #expect(calendar.startOfWork(at: at(2026, 3, 10, 17, 0)) == at(2026, 3, 11, 7, 30))
        #expect(calendar.appointment(received: at(2026, 3, 10, 12, 0), time: .workingDays(1)) == at(2026, 3, 11, 13, 30))
    }

    @Test("Calendar days and months move a last day off to the next working day")
    func calendarDays() {
        // 10 days from Wednesday 4/3 is Saturday 14/3 → Monday 16/3.
        #expect(calendar.appointment(received: at(2026, 3, 4, 9, 0), time: .calendarDays(10)) == at(2026, 3, 16, 9, 0))
        #expect(calendar.appointment(received: at(2026, 1, 30, 9, 0), time: .months(1)) == at(2026, 3, 2, 9, 0))
    }

    @Test("Working time between moments and time left")
    func workingTime() {
        #expect(calendar.workingSeconds(from: at(2026, 3, 10, 7, 30), to: at(2026, 3, 10, 17, 0)) == 27_000)
        #expect(calendar.workingSeconds(from: at(2026, 3, 13, 16, 0), to: at(2026, 3, 16, 8, 30)) == 2 * 3600)
        #expect(calendar.timeLeft(until: at(2026, 3, 10, 9, 0), at: at(2026, 3, 10, 10, 0)) == -3600)
    }

    @Test("A supplement pause does not count: the time left when it began runs again from its end")
    func pauses() {
        let due = calendar.appointment(received: at(2026, 3, 9, 9, 0), time: .workingDays(3)) // Thursday 12/3 09:00
        #expect(due == at(2026, 3, 12, 9, 0))
        let extended = calendar.due(due, excluding: [(start: at(2026, 3, 10, 10, 0), end: at(2026, 3, 13, 14, 0))])
        let left = calendar.workingSeconds(from: at(2026, 3, 10, 10, 0), to: due)
        #expect(calendar.workingSeconds(from: at(2026, 3, 13, 14, 0), to: extended) == left)
        #expect(extended == at(2026, 3, 17, 11, 0))
    }

    @Test("Without a decree the rules apply; a decree replaces the rules for its year")
    func decreeOverrides() {
        let rules = WorkingCalendar()
        #expect(rules.isWorkingDay(LocalDate(year: 2026, month: 8, day: 31)))
        #expect(!calendar.isWorkingDay(LocalDate(year: 2026, month: 8, day: 31)))
        #expect(!rules.isDecreed(year: 2026) && calendar.isDecreed(year: 2026))
    }

    @Test("Office hours are configurable")
    func officeHours() throws {
        let hours = try #require(OfficeHours(parsing: "08:00-12:00,13:00-17:00"))
        let c = WorkingCalendar(officeHours: hours)
        #expect(c.appointment(received: at(2026, 3, 10, 11, 0), time: .workingHours(2)) == at(2026, 3, 10, 14, 0))
        #expect(OfficeHours(parsing: "12:00-08:00") == nil)
        #expect(OfficeHours(parsing: "08:00-12:00,11:00-17:00") == nil)
    }
}

@Suite("Processing time expressions")
struct ProcessingTimeTests {
    @Test func parses() throws {
        #expect(try ProcessingTime.parse("3 working-days") == .workingDays(3))
        #expect(try ProcessingTime.parse("4 working-hours") == .workingHours(4))
        #expect(try ProcessingTime.parse("same-day") == .sameDay)
        #expect(try ProcessingTime.parse("10 days") == .calendarDays(10))
        #expect(try ProcessingTime.parse("2 months") == .months(2))
        #expect(try ProcessingTime.parse("5 ngày làm việc") == .workingDays(5))
        #expect(try ProcessingTime.parse("Trong ngày") == .sameDay)
    }

    @Test(arguments: ["", "3", "working-days", "three working-days", "-1 working-days", "3 fortnights", "99999 days"])
    func rejects(_ text: String) {
        #expect(throws: ProcessingTime.ParseError.self) { try ProcessingTime.parse(text) }
    }
}

@Suite("Date-times")
struct LocalDateTimeTests {
    @Test func parsesOffsets() {
        #expect(LocalDateTime.parse("2026-02-13T16:10:00+07:00") == at(2026, 2, 13, 16, 10))
        #expect(LocalDateTime.parse("2026-02-13T09:10:00Z") == at(2026, 2, 13, 16, 10))
        #expect(LocalDateTime.parse("2026-02-13T16:10") == at(2026, 2, 13, 16, 10))
        #expect(LocalDateTime.parse("2026-02-13T16:10:00+07:00")?.description == "2026-02-13T16:10:00+07:00")
        for bad in ["2026-02-30T10:00:00+07:00", "2026-13-01T10:00", "yesterday", "2026-02-13", "2026-02-13T25:00"] {
            #expect(LocalDateTime.parse(bad) == nil, "\(bad)")
        }
    }

    @Test("The stored form is read byte by byte and written without format strings, as the general parser and printf would")
    func storedForm() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let t = LocalDateTime(date: LocalDate(julianDay: Int.random(in: 2_415_021...2_524_593, using: &rng)),
                                  secondOfDay: Int.random(in: 0..<86_400, using: &rng))
            let h = t.secondOfDay / 3600, m = t.secondOfDay / 60 % 60, s = t.secondOfDay % 60
            let printf = String(format: "%04d-%02d-%02dT%02d:%02d:%02d+07:00", t.date.year, t.date.month, t.date.day, h, m, s)
            #expect(t.description == printf)
            #expect(LocalDateTime.parseStored(t.description) == t)
            #expect(LocalDateTime.parseStored(String(t.description.prefix(19))) == t)
            #expect(LocalDateTime.parse(t.description) == t)
        }
        for other in ["2026-02-13T16:10:00Z", "2026-02-13T16:10:00+0700", "2026-02-13T16:10", "2026-02-13 16:10:00",
                      "2026-02-13T16:10:00.5+07:00", "2026-02-30T10:00:00+07:00", "2026-02-13T24:00:00+07:00", "2026-02-13T16:1a:00"] {
            #expect(LocalDateTime.parseStored(other) == nil, "\(other) is left to the general parser")
        }
        #expect(LocalDate(year: 987, month: 3, day: 4).description == "0987-03-04")
    }

    @Test func julianDays() {
        let d = LocalDate(year: 2026, month: 2, day: 13)
        #expect(LocalDate(julianDay: d.julianDay) == d)
        #expect(d.isoWeekday == 5)
        #expect(LocalDate(iso: "2026-02-29") == nil)
        #expect(LocalDate(iso: "2024-02-29") != nil)
    }
}
