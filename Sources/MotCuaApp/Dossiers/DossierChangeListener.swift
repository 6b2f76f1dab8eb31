import FluentPostgresDriver
import NIOConcurrencyHelpers
import Vapor

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
