import Fluent
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// SQLite allows one writer at a time; two transactions that both read before writing can dead-lock
/// each other. On SQLite every write transaction therefore passes through this gate, one after another,
/// inside the process (SQLite deployments are one process). PostgreSQL needs no gate: row locks do the job.
final class WriteGate: Sendable {
    private let state = NIOLockedValueBox<(busy: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

    func acquire() async {
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let runNow = state.withLockedValue { s -> Bool in
                if !s.busy { s.busy = true; return true }
                s.waiters.append(c)
                return false
            }
            if runNow { c.resume() }
        }
    }

    func release() {
        let next = state.withLockedValue { s -> CheckedContinuation<Void, Never>? in
            if s.waiters.isEmpty { s.busy = false; return nil }
            return s.waiters.removeFirst()
        }
        next?.resume()
    }
}

extension Application {
    private struct GateKey: StorageKey { typealias Value = WriteGate }

    var writeGate: WriteGate? {
        if motcuaConfig.database.isPostgres { return nil }
        if let gate = storage[GateKey.self] { return gate }
        let gate = WriteGate()
        storage[GateKey.self] = gate
        return gate
    }

    /// Runs `body` in one database transaction (all or nothing), serialised on SQLite. The dossiers it touched
    /// leave the read cache after the transaction ends; on PostgreSQL the transaction also announces them to the
    /// other instances (``DossierChangeFeed``), delivered only if it commits.
    func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        let gate = writeGate
        let touched = DossierWrites.Touched()
        await gate?.acquire()
        defer {
            gate?.release()
            let codes = touched.codes.withLockedValue { $0 }
            if !codes.isEmpty { dossierReadCache?.drop(codes) }
        }
        let announce = motcuaConfig.database.isPostgres
        return try await db.transaction { tx in
            // Bound inside: Fluent runs the body in a task of its own, which does not inherit ours.
            let result = try await DossierWrites.$current.withValue(touched) { try await body(tx) }
            if announce { try await DossierChangeFeed.announce(touched.codes.withLockedValue { $0 }, on: tx) }
            return result
        }
    }
}

extension Request {
    func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await application.writeTransaction(body)
    }
}
