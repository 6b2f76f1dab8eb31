import Fluent
import NIOConcurrencyHelpers
import Vapor

/// A checked submission waiting for its number: the day's sequence of its receiving unit is the last thing a
/// dossier gets, inside the transaction that writes it.
struct NewDossier: Sendable {
    /// The rows one new dossier writes.
    struct Records: Sendable {
        var row: Dossier
        var events: [DossierEvent] = []
        var documents: [DossierDocument] = []
        var declaration: DossierDeclaration? = nil
        var outbox: [OutboxMessage] = []
        var audit: [AuditChain.Draft] = []
    }

    let unit: String
    /// `yyMMdd`, the day of receipt.
    let day: String
    /// The records, given the number.
    let make: @Sendable (Int) -> Records

    /// Writes the dossier and returns its row. On PostgreSQL it takes its number in a statement of its own (the
    /// counter row stays locked only for that statement; a failure later leaves a gap, never a duplicate) and
    /// commits alone. On SQLite, where writes are one at a time anyway, submissions that arrive together are
    /// committed together (``SubmissionBatcher``).
    static func write(_ item: NewDossier, app: Application) async throws -> Dossier {
        if let batcher = app.submissionBatcher { return try await batcher.write(item, app: app) }
        let seq = try await app.writeTransaction { db in try await DossierStore(db).reserveSequences(unit: item.unit, day: item.day, count: 1) }
        let records = item.make(seq)
        try await app.writeTransaction { db in try await DossierStore(db).write([records]) }
        return records.row
    }

    /// Numbers and writes `items` in one transaction, in order: each unit's day gets consecutive numbers.
    static func writeTogether(_ items: [NewDossier], app: Application) async throws -> [Dossier] {
        try await app.writeTransaction { db in
            let store = DossierStore(db)
            var counts: [String: (unit: String, day: String, count: Int)] = [:]
            var order: [String] = []
            for item in items {
                let key = item.unit + "|" + item.day
                if counts[key] == nil { order.append(key); counts[key] = (item.unit, item.day, 0) }
                counts[key]!.count += 1
            }
            var next: [String: Int] = [:]
            for key in order {
                let c = counts[key]!
                let last = try await store.reserveSequences(unit: c.unit, day: c.day, count: c.count)
                next[key] = last - c.count + 1
            }
            let records = items.map { item -> Records in
                let key = item.unit + "|" + item.day
                let seq = next[key]!
                next[key] = seq + 1
                return item.make(seq)
            }
            try await store.write(records)
            return records.map(\.row)
        }
    }
}

extension Application {
    private struct BatcherKey: StorageKey { typealias Value = SubmissionBatcher }

    /// Made at configuration on SQLite; nil on PostgreSQL, where submissions commit concurrently.
    var submissionBatcher: SubmissionBatcher? {
        guard writeGate != nil else { return nil }
        if let batcher = storage[BatcherKey.self] { return batcher }
        let batcher = SubmissionBatcher()
        storage[BatcherKey.self] = batcher
        return batcher
    }
}
