import FluentPostgresDriver
import NIOConcurrencyHelpers
import Vapor

/// How instances sharing a PostgreSQL database keep their lookup caches true: a transaction that changes dossiers
/// announces their codes with `pg_notify`, which PostgreSQL delivers to every listener only if the transaction
/// commits, in commit order; each instance listens on a connection of its own and drops those dossiers
/// (``DossierChangeListener``).
enum DossierChangeFeed {
    static let channel = "motcua_dossiers"
    /// Codes per notice (a notice carries at most 8,000 bytes).
    static let codesPerNotice = 200

    /// Announces `codes` from inside the transaction `db`.
    static func announce(_ codes: Set<String>, on db: any Database) async throws {
        guard !codes.isEmpty else { return }
        let all = codes.sorted()
        for start in stride(from: 0, to: all.count, by: codesPerNotice) {
            let payload = all[start..<min(all.count, start + codesPerNotice)].joined(separator: ",")
            try await db.notify(channel: channel, payload: payload)
        }
    }

    /// The codes a notice names.
    static func codes(in payload: String) -> [String] {
        payload.split(separator: ",").map(String.init)
    }
}

/// On PostgreSQL, listens for ``DossierChangeFeed`` notices and drops the dossiers they name from this instance's
/// lookup cache. The cache is on only while listening: it is emptied and turned on once `LISTEN` holds, and emptied
/// and turned off when the connection is lost (a notice may have been missed), until listening again.
struct DossierChangeListener: LifecycleHandler {
    final class Running: Sendable {
        let task: NIOLockedValueBox<Task<Void, Never>?> = .init(nil)
        let connection: NIOLockedValueBox<PostgresConnection?> = .init(nil)
    }
    struct RunningKey: StorageKey { typealias Value = Running }

    func didBootAsync(_ app: Application) async throws {
        guard app.isServing, case .postgres(let url) = app.motcuaConfig.database, let cache = app.dossierReadCache else { return }
        let configuration = try SQLPostgresConfiguration(url: url).coreConfiguration
        let logger = app.logger
        let running = Running()
        app.storage[RunningKey.self] = running
        running.task.withLockedValue {
            $0 = Task {
                var failures = 0
                while !Task.isCancelled {
                    do {
                        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
                        running.connection.withLockedValue { $0 = connection }
                        do {
                            try await connection.listen(on: DossierChangeFeed.channel) { notices in
                                cache.reset(available: true)
                                failures = 0
                                for try await notice in notices { cache.drop(DossierChangeFeed.codes(in: notice.payload)) }
                            }
                        } catch {
                            try? await connection.close()
                            throw error
                        }
                        try? await connection.close()
                    } catch {
                        if !Task.isCancelled { logger.warning("lookup cache off: not listening for dossier changes (\(String(describing: type(of: error))))") }
                    }
                    cache.reset(available: false)
                    running.connection.withLockedValue { $0 = nil }
                    failures += 1
                    try? await Task.sleep(for: .seconds(min(30, failures)))
                }
            }
        }
    }

    func shutdownAsync(_ app: Application) async {
        guard let running = app.storage[RunningKey.self] else { return }
        let task = running.task.withLockedValue { $0 }
        task?.cancel()
        try? await running.connection.withLockedValue { $0 }?.close()
        await task?.value
    }
}
