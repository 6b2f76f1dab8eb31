import Foundation
import MotCuaCore
import Vapor

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
