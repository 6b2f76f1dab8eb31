import MotCuaCore
import NIOConcurrencyHelpers
import Vapor

/// The time source. Tests replace it to replay a dossier received on a given Friday afternoon.
final class AppClock: Sendable {
    private let fixed = NIOLockedValueBox<Date?>(nil)

    func now() -> Date { fixed.withLockedValue { $0 } ?? Date() }

    func set(_ date: Date?) { fixed.withLockedValue { $0 = date } }
}
