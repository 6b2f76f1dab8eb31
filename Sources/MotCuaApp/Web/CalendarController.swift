import Foundation
import MotCuaCore
import Vapor

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
