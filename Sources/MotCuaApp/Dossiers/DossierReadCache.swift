import MotCuaCore
import NIOConcurrencyHelpers
import Vapor

/// What a citizen's lookup by code needs (the dossier, its control sheet, its rating), kept in memory so that
/// the public status page and API do not read the database on every refresh.
///
/// Every write transaction that touches a dossier drops its entry after the commit (``DossierWrites``). A read that
/// began before such a drop never stores what it read (each drop advances an epoch), so a stale entry cannot
/// survive a change. On SQLite this process is the only writer. On PostgreSQL other instances write too: their
/// commits announce the dossiers they changed and this instance drops them as the notices arrive
/// (``DossierChangeFeed``); the cache is off (and emptied) whenever this instance is not listening.
final class DossierReadCache: Sendable {
    /// A class, so that handing an entry out of the lock is one reference rather than a copy of every field.
    final class Entry: Sendable {
        let row: Dossier
        let events: [DossierEvent]
        let feedback: FeedbackDTO?
        /// The row's clock and processing time, decoded once.
        let clock: DossierClock
        let time: ProcessingTime?
        /// Tells two reads apart (a view rendered from one is not kept for another).
        let id: UInt64

        init(row: Dossier, events: [DossierEvent], feedback: FeedbackDTO?) {
            self.row = row; self.events = events; self.feedback = feedback
            clock = row.clock
            time = try? ProcessingTime.parse(row.procedureTime)
            id = UInt64.random(in: 1...UInt64.max)
        }
    }

    /// The applicant's view as sent, for one minute (the public view is computed as of the minute).
    struct Rendered: Sendable {
        let minute: Int64
        let body: ByteBuffer
    }

    private enum Slot {
        case entry(Entry, Rendered?)
        /// Dropped at this epoch: a read that began earlier must not store.
        case dropped(UInt64)
    }

    private struct State {
        var slots: [String: Slot] = [:]
        var epoch: UInt64 = 0
        /// Reads that began before this epoch may not store (set when the cache is trimmed or reset).
        var floor: UInt64 = 0
        /// Off while changes made elsewhere could go unnoticed (PostgreSQL, not listening).
        var available = true
    }

    private let state = NIOLockedValueBox(State())
    let capacity: Int

    init(capacity: Int, available: Bool = true) {
        self.capacity = capacity
        state.withLockedValue { $0.available = available }
    }

    func entry(_ code: String) -> (Entry, Rendered?)? {
        state.withLockedValue { s in
            guard s.available else { return nil }
            if case .entry(let e, let r)? = s.slots[code] { return (e, r) }
            return nil
        }
    }

    /// Keeps the view rendered from `entry`, unless the entry has changed or gone meanwhile.
    func keep(_ rendered: Rendered, for code: String, of entry: Entry) {
        state.withLockedValue { s in
            if case .entry(let e, _)? = s.slots[code], e.id == entry.id {
                s.slots[code] = .entry(e, rendered)
            }
        }
    }

    /// Call before reading the database for `code`; pass the result to ``store(_:_:readBegan:)``.
    func beginRead() -> UInt64 { state.withLockedValue { $0.epoch } }

    func store(_ code: String, _ entry: Entry, readBegan: UInt64) {
        state.withLockedValue { s in
            guard s.available, readBegan >= s.floor else { return }
            if case .dropped(let at)? = s.slots[code], at > readBegan { return }
            if s.slots.count >= capacity {
                // Full: forget half (dictionary order is arbitrary enough) and refuse reads that began before now.
                let drop = s.slots.keys.prefix(capacity / 2 + 1)
                for k in Array(drop) { s.slots[k] = nil }
                s.epoch += 1
                s.floor = s.epoch
                return
            }
            s.slots[code] = .entry(entry, nil)
        }
    }

    /// Forgets these dossiers (after a commit that changed them).
    func drop(_ codes: some Sequence<String>) {
        state.withLockedValue { s in
            s.epoch += 1
            for c in codes { s.slots[c] = .dropped(s.epoch) }
        }
    }

    /// Forgets everything, refuses reads that began before now, and turns the cache on or off.
    func reset(available: Bool) {
        state.withLockedValue { s in
            s.slots = [:]
            s.epoch += 1
            s.floor = s.epoch
            s.available = available
        }
    }

    var isAvailable: Bool { state.withLockedValue { $0.available } }

    var count: Int { state.withLockedValue { $0.slots.count } }
}

extension Application {
    private struct ReadCacheKey: StorageKey { typealias Value = DossierReadCache }

    /// The lookup cache (nil when `MOTCUA_LOOKUP_CACHE=0`). Made at configuration; on PostgreSQL it stays off until
    /// ``DossierChangeListener`` is listening.
    var dossierReadCache: DossierReadCache? {
        guard motcuaConfig.lookupCacheEntries > 0 else { return nil }
        if let cache = storage[ReadCacheKey.self] { return cache }
        let cache = DossierReadCache(capacity: motcuaConfig.lookupCacheEntries, available: !motcuaConfig.database.isPostgres)
        storage[ReadCacheKey.self] = cache
        return cache
    }
}
