import Foundation
import MotCuaCore
import Vapor

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
