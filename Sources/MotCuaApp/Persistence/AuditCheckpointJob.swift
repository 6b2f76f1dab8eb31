import Fluent
import Foundation
import MotCuaCore
import SQLKit
import Vapor

/// Writes checkpoints while the server runs (every `MOTCUA_AUDIT_CHECKPOINT_SECONDS`, and once at shutdown).
struct AuditCheckpointJob: LifecycleHandler {
    struct TaskKey: StorageKey { typealias Value = Task<Void, Never> }

    func didBootAsync(_ app: Application) async throws {
        guard app.isServing, let file = app.motcuaConfig.auditCheckpointFile, let key = AuditChain.key else { return }
        let seconds = app.motcuaConfig.auditCheckpointSeconds
        let task = Task { [weak app] in
            var last = 0
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(seconds))
                guard let app else { return }
                do {
                    last = try await AuditCheckpoints.write(app.db, key: key, file: file, after: last, now: app.clock.now())
                } catch {
                    app.logger.warning("audit checkpoint failed: \(String(describing: error))")
                }
                if Task.isCancelled { return }
            }
        }
        app.storage[TaskKey.self] = task
    }

    func shutdownAsync(_ app: Application) async {
        guard let task = app.storage[TaskKey.self] else { return }
        task.cancel()
        await task.value
        if let file = app.motcuaConfig.auditCheckpointFile, let key = AuditChain.key {
            _ = try? await AuditCheckpoints.write(app.db, key: key, file: file, after: 0, now: app.clock.now())
        }
    }
}
