import Fluent
import Foundation
import MotCuaCore
import Vapor

/// The server's periodic jobs: outbox delivery and the deadline sweep.
struct BackgroundJobs: LifecycleHandler {
    struct TasksKey: StorageKey { typealias Value = [Task<Void, Never>] }

    func didBootAsync(_ app: Application) async throws {
        guard app.isServing else { return }
        let config = app.motcuaConfig
        // The decoy password hash, made now rather than during the first sign-in with an unknown login.
        _ = try await app.decoyPasswordHash(nil)
        // Phone guesses already spent this hour (a restarted SQLite process would otherwise forget them).
        try await app.guessBudget.load(app.db, now: app.clock.now())
        let outbox = Task { [weak app] in
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(config.outboxSeconds))
                guard !Task.isCancelled, let app else { return }
                do {
                    // A full batch means more are waiting: go on without sleeping.
                    while !Task.isCancelled {
                        let done = try await Outbox.deliverDue(app: app, now: app.clock.now(), limit: 50)
                        if done.delivered + done.failed < 50 { break }
                    }
                } catch {
                    app.logger.warning("outbox delivery failed: \(String(describing: type(of: error)))")
                }
            }
        }
        let sweep = Task { [weak app] in
            while !Task.isCancelled {
                guard let app else { return }
                if let snapshot = app.reference.current {
                    do {
                        let r = try await DeadlineSweep.run(app: app, snapshot: snapshot, now: app.clock.now())
                        if r.warningsWritten > 0 { app.logger.notice("deadline sweep: \(r.nearDue) near due, \(r.overdue) overdue, \(r.warningsWritten) new warnings") }
                    } catch {
                        app.logger.warning("deadline sweep failed: \(String(describing: type(of: error)))")
                    }
                }
                try? await Task.sleep(for: .seconds(config.sweepSeconds))
            }
        }
        app.storage[TasksKey.self] = [outbox, sweep]
    }

    func shutdownAsync(_ app: Application) async {
        // Waited for, so that no job reaches for the database once it is shut down.
        let tasks = app.storage[TasksKey.self] ?? []
        tasks.forEach { $0.cancel() }
        for task in tasks { await task.value }
    }
}
