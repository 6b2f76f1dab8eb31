import Foundation
import MotCuaCore
import Vapor

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
