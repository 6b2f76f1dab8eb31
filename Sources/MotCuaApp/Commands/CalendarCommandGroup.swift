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
