import Foundation
import MotCuaCore
import Vapor

/// At server boot: prepares the reference data before the server accepts requests, then watches the
/// version counter so that changes made by another instance are picked up.
struct ReferenceLifecycle: LifecycleHandler {
    func willBootAsync(_ app: Application) async throws {
        guard app.isServing else { return }
        try await prepareReferenceData(app)
        let seconds = app.motcuaConfig.referenceRefreshSeconds
        let task = Task { [weak app] in
            // Each instance polls one small row; an import or decree elsewhere bumps it.
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(seconds))
                if Task.isCancelled { return }
                guard let app, let current = app.reference.current else { continue }
                do {
                    if try await ReferenceRepository(db: app.db).version() != current.version {
                        try await reloadReference(app)
                        app.logger.notice("reference data reloaded")
                    }
                } catch {
                    app.logger.warning("reference refresh failed: \(String(describing: error))")
                }
            }
        }
        app.storage[WatcherKey.self] = task
    }

    /// Stops the watcher and waits for it, so that it never reaches for the database once it is shut down.
    func shutdownAsync(_ app: Application) async {
        let task = app.storage[WatcherKey.self]
        task?.cancel()
        await task?.value
    }

    struct WatcherKey: StorageKey { typealias Value = Task<Void, Never> }
}
