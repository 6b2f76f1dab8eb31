import Foundation
import MotCuaCore
import Vapor

struct DueCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "received", help: "when the complete dossier was received, e.g. 2026-02-13T16:10:00+07:00") var received: String?
        @Option(name: "time", help: "statutory time: \"3 working-days\", \"4 working-hours\", \"same-day\", \"10 days\"") var time: String?
        @Option(name: "now", help: "a moment to report the working time left at") var now: String?
        @Flag(name: "json", help: "print JSON") var json: Bool
    }
    var help: String { "Computes the appointment for a dossier." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let text = signature.received else { throw CLIError("--received is required, e.g. 2026-02-13T16:10:00+07:00") }
        guard let received = LocalDateTime.parse(text), (1990...2099).contains(received.date.year) else {
            throw CLIError("--received \"\(text)\" is not a date-time such as 2026-02-13T16:10:00+07:00 (years 1990–2099)")
        }
        guard let timeText = signature.time else { throw CLIError("--time is required, e.g. \"3 working-days\"") }
        let time: ProcessingTime
        do { time = try ProcessingTime.parse(timeText) } catch { throw CLIError(error.description) }
        var now: LocalDateTime? = nil
        if let n = signature.now {
            guard let parsed = LocalDateTime.parse(n) else { throw CLIError("--now \"\(n)\" is not a date-time") }
            now = parsed
        }
        let calendar = try await loadCalendar(context.application)
        let due = CalendarQueries.due(calendar, received: received, time: time, now: now)
        if signature.json { try printJSON(due); return }
        print("received \(due.received), clock starts \(due.clockStarts), \(due.time) → due \(due.due) (\(due.dueText))")
    }
}
