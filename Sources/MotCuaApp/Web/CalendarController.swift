import Foundation
import MotCuaCore
import Vapor

struct DayOffDTO: Content {
    let date: String
    let name: String
}

struct DaysOffDTO: Content {
    let year: Int
    /// "decree" when the Government's schedule for that year is recorded, "rules" when computed.
    let basis: String
    let daysOff: [DayOffDTO]
    let makeUpWorkingDays: [String]
}

/// The answer to "when is it due?".
struct DueDTO: Content {
    let received: String
    /// When the clock starts (the next working period if received outside office hours).
    let clockStarts: String
    let time: String
    let due: String
    /// `hh:mm dd/mm/yyyy`, as printed on the receipt slip.
    let dueText: String
    /// Working seconds from `now` (or receipt) to the due moment; negative when overdue.
    let workingSecondsLeft: Int?
}

enum CalendarQueries {
    static func daysOff(_ calendar: WorkingCalendar, year: Int) -> DaysOffDTO {
        DaysOffDTO(year: year, basis: calendar.isDecreed(year: year) ? "decree" : "rules",
                   daysOff: calendar.daysOff(year: year).map { DayOffDTO(date: $0.date.description, name: $0.name) },
                   makeUpWorkingDays: calendar.makeUpWorkingDays(year: year).map(\.description))
    }

    static func due(_ calendar: WorkingCalendar, received: LocalDateTime, time: ProcessingTime, now: LocalDateTime?) -> DueDTO {
        let due = calendar.appointment(received: received, time: time)
        return DueDTO(received: received.description, clockStarts: calendar.startOfWork(at: received).description,
                      time: time.description, due: due.description, dueText: due.slipText,
                      workingSecondsLeft: now.map { calendar.timeLeft(until: due, at: $0) })
    }
}

struct CalendarController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("calendar", "days-off", use: daysOff)
        routes.get("calendar", "due", use: due)
    }

    func daysOff(req: Request) async throws -> DaysOffDTO {
        let year = try req.intQuery("year", default: LocalDateTime(Date()).date.year, range: 1990...2099)
        return CalendarQueries.daysOff(try req.reference.calendar, year: year)
    }

    func due(req: Request) async throws -> DueDTO {
        guard let receivedText = req.query[String.self, at: "received"], let received = LocalDateTime.parse(receivedText) else {
            throw APIError(.badReceived)
        }
        guard (1990...2099).contains(received.date.year) else {
            throw APIError(.badYear)
        }
        let timeText = req.query[String.self, at: "time"] ?? ""
        let time: ProcessingTime
        do { time = try ProcessingTime.parse(timeText) } catch {
            throw APIError(.badTime, LocalizedText(vi: error.vietnamese, en: error.description))
        }
        var now: LocalDateTime? = nil
        if let nowText = req.query[String.self, at: "now"] {
            guard let parsed = LocalDateTime.parse(nowText) else {
                throw APIError(.badNow)
            }
            now = parsed
        }
        return CalendarQueries.due(try req.reference.calendar, received: received, time: time, now: now)
    }
}
