import Foundation
import MotCuaCore
import Vapor

/// `motcua calendar days-off|due|decree`.
struct CalendarCommandGroup: AsyncCommandGroup {
    var help: String { "Working calendar: days off, deadlines, and recording a year's decree." }
    var commands: [String: any AnyAsyncCommand] {
        ["days-off": DaysOffCommand(), "due": DueCommand(), "decree": DecreeCommand()]
    }
}

/// The calendar as stored (decrees recorded by administrators included).
private func loadCalendar(_ app: Application) async throws -> WorkingCalendar {
    try await prepareReferenceData(app)
    return app.reference.current!.calendar
}

struct DaysOffCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "year", help: "a year from 1990 to 2099") var year: String
        @Option(name: "to", help: "list every year up to this one") var to: String?
        @Flag(name: "rules", help: "the days computed by the Labour Code rules, ignoring recorded decrees") var rules: Bool
        @Flag(name: "json", help: "print JSON") var json: Bool
    }
    var help: String { "Lists the days off of a year (or of the years up to --to)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let first = Int(signature.year), (1990...2099).contains(first) else {
            throw CLIError("the year must be a number from 1990 to 2099, not \"\(signature.year)\"")
        }
        var last = first
        if let to = signature.to {
            guard let y = Int(to), (first...2099).contains(y) else { throw CLIError("--to must be a year from \(first) to 2099") }
            last = y
        }
        let calendar = signature.rules ? WorkingCalendar() : try await loadCalendar(context.application)
        let days = (first...last).flatMap { calendar.daysOff(year: $0) }.map { DayOffDTO(date: $0.date.description, name: $0.name) }
        if signature.json { try printJSON(days); return }
        for year in first...last {
            print("\(year) (\(calendar.isDecreed(year: year) ? "decreed" : "computed from the rules")):")
            for d in days where d.date.hasPrefix("\(year)-") { print("  \(d.date)  \(d.name)") }
            let makeUp = calendar.makeUpWorkingDays(year: year)
            if !makeUp.isEmpty { print("make-up working days: " + makeUp.map(\.description).joined(separator: ", ")) }
        }
    }
}

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

/// `motcua calendar decree --file decree.json [--replace]`: records a year's decreed schedule.
struct DecreeCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "file", help: "JSON: {\"year\":2027,\"daysOff\":[{\"date\":\"…\",\"name\":\"…\"}],\"makeUpWorkingDays\":[…],\"source\":\"…\"}")
        var file: String?
        @Flag(name: "replace", help: "replace a schedule already recorded for that year") var replace: Bool
    }
    var help: String { "Records the Government's schedule of days off for a year (overrides the computed holidays)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let path = signature.file else { throw CLIError("--file is required") }
        guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("cannot read \(path)") }
        let schedule: DecreedSchedule
        do { schedule = try JSONDecoder().decode(DecreedSchedule.self, from: data) } catch {
            throw CLIError("\(path) is not a decree schedule: \(error)")
        }
        let problems = schedule.validationErrors()
        guard problems.isEmpty else { throw CLIError("the schedule is not valid: " + problems.joined(separator: "; ")) }
        let app = context.application
        try await prepareReferenceData(app)
        if !signature.replace, app.reference.current!.calendar.isDecreed(year: schedule.year) {
            throw CLIError("a schedule for \(schedule.year) is already recorded; use --replace to replace it")
        }
        try await ReferenceRepository(db: app.db).recordDecrees([schedule], recordedBy: "cli", replace: true)
        print("recorded the schedule of \(schedule.year): \(schedule.daysOff.count) days off, \(schedule.makeUpWorkingDays.count) make-up working days")
    }
}
