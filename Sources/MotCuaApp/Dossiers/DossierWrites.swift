import MotCuaCore
import NIOConcurrencyHelpers
import Vapor

/// The dossiers a write transaction touched, collected while it runs (a task-local set) and dropped from the
/// read cache once it has committed (or rolled back).
enum DossierWrites {
    final class Touched: Sendable {
        let codes = NIOLockedValueBox<Set<String>>([])
    }

    @TaskLocal static var current: Touched?

    /// Records that `code` changes in the running transaction. Every write to a dossier or its control sheet runs
    /// in ``Application/writeTransaction(_:)``, which drops what was touched once the transaction has ended.
    static func touch(_ code: String) {
        assert(current != nil, "a dossier written outside writeTransaction")
        current?.codes.withLockedValue { _ = $0.insert(code) }
    }

    /// Records that `code` is created in the running transaction: nothing to drop or announce, since only dossiers
    /// that were found are ever kept.
    static func create(_ code: String) {
        assert(current != nil, "a dossier written outside writeTransaction")
    }
}
