import Foundation
import MotCuaCore
import Vapor

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
