import Fluent
import NIOConcurrencyHelpers
import Vapor

/// Group commit of submissions on SQLite. A submission joins the queue; one writer at a time takes everything
/// queued (up to ``maxBatch``) and writes it in one transaction with a handful of statements, so the cost of a
/// transaction is shared by all the submissions that arrived while the previous one was being written. If the
/// transaction fails, each submission of it is written alone, so one bad submission fails only itself.
final class SubmissionBatcher: Sendable {
    static let maxBatch = 128

    private struct Waiting: Sendable {
        let item: NewDossier
        let reply: CheckedContinuation<Dossier, any Error>
    }

    private let state = NIOLockedValueBox<(queue: [Waiting], writing: Bool)>(([], false))

    func write(_ item: NewDossier, app: Application) async throws -> Dossier {
        try await withCheckedThrowingContinuation { (reply: CheckedContinuation<Dossier, any Error>) in
            let startWriter = state.withLockedValue { s -> Bool in
                s.queue.append(Waiting(item: item, reply: reply))
                if s.writing { return false }
                s.writing = true
                return true
            }
            if startWriter { Task { await self.writeQueued(app: app) } }
        }
    }

    private func writeQueued(app: Application) async {
        while true {
            let batch = state.withLockedValue { s -> [Waiting] in
                let n = min(s.queue.count, Self.maxBatch)
                if n == 0 { s.writing = false; return [] }
                let batch = Array(s.queue.prefix(n))
                s.queue.removeFirst(n)
                return batch
            }
            if batch.isEmpty { return }
            await commit(batch, app: app)
        }
    }

    private func commit(_ batch: [Waiting], app: Application) async {
        for (waiting, result) in zip(batch, await Self.write(batch.map(\.item), app: app)) { waiting.reply.resume(with: result) }
    }

    /// Writes `items` together; if that fails, each alone. One result per item, in order.
    static func write(_ items: [NewDossier], app: Application) async -> [Result<Dossier, any Error>] {
        do {
            return try await NewDossier.writeTogether(items, app: app).map { .success($0) }
        } catch {
            guard items.count > 1 else { return [.failure(error)] }
            var results: [Result<Dossier, any Error>] = []
            for item in items { results += await write([item], app: app) }
            return results
        }
    }
}
