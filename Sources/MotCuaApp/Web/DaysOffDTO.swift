import Foundation
import MotCuaCore
import Vapor

struct DaysOffDTO: Content {
    let year: Int
    /// "decree" when the Government's schedule for that year is recorded, "rules" when computed.
    let basis: String
    let daysOff: [DayOffDTO]
    let makeUpWorkingDays: [String]
}
