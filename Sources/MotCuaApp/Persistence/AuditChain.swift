import Crypto
import Fluent
import Foundation
import MotCuaCore
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// The append-only audit log. Each entry carries a seal over its content and the seal of the entry before it; a
/// head row holds the last sequence number and seal. Seals are HMAC-SHA256 with the audit key, which is held
/// outside the database (`MOTCUA_AUDIT_KEY`, or a key file): someone with the database alone cannot recompute
/// them after changing an entry. Deleting the newest entries and moving the head back leaves a valid chain, so
/// the head is also written, signed, to checkpoint files outside the database (``AuditCheckpoints``), and
/// verification checks the chain against them.
enum AuditChain {
    static let genesis = String(repeating: "0", count: 64)

    struct Entry: Codable, Sendable {
        var seq: Int
        var at: String
        var actor: String
        var action: String
        var subject: String
        var detail: String
        var prev_hash: String
        var hash: String
        /// Which key sealed the entry (nil: an entry from before the log was keyed).
        var key_id: String?
    }

    /// The key that seals entries and checkpoints.
    struct Key: Sendable {
        let key: SymmetricKey
        /// A short public name of the key (not the key), stored with each entry.
        let id: String

        init(secret: String) {
            key = SymmetricKey(data: SHA256.hash(data: Data("motcua-audit-key|\(secret)".utf8)))
            id = String(SHA256.hash(data: Data("motcua-audit-key-id|\(secret)".utf8)).hex.prefix(16))
        }

        func mac(_ parts: [String]) -> String {
            var h = HMAC<SHA256>(key: key)
            for part in parts {
                h.update(data: Data(part.utf8))
                h.update(data: Data([0]))
            }
            return Data(h.finalize()).hex
        }
    }

    /// The key of this process (set at configuration; every instance on one database must share it).
    private static let current = NIOLockedValueBox<Key?>(nil)
    static var key: Key? {
        get { current.withLockedValue { $0 } }
        set { current.withLockedValue { $0 = newValue } }
    }

    private static func parts(seq: Int, at: String, actor: String, action: String, subject: String, detail: String, prev: String) -> [String] {
        ["\(seq)", at, actor, action, subject, detail, prev]
    }

    /// The unkeyed digest entries had before the log was keyed (kept to verify and re-seal such entries).
    static func legacyHash(seq: Int, at: String, actor: String, action: String, subject: String, detail: String, prev: String) -> String {
        var h = SHA256()
        for part in parts(seq: seq, at: at, actor: actor, action: action, subject: subject, detail: detail, prev: prev) {
            h.update(data: Data(part.utf8))
            h.update(data: Data([0]))
        }
        return h.finalize().hex
    }

    static func seal(_ key: Key, seq: Int, at: String, actor: String, action: String, subject: String, detail: String, prev: String) -> String {
        key.mac(parts(seq: seq, at: at, actor: actor, action: action, subject: subject, detail: detail, prev: prev))
    }

    /// An entry to append: who did what to which subject, and when.
    struct Draft: Sendable {
        var actor: String
        var action: String
        var subject: String
        var detail: String = ""
        var at: Date
    }

    /// Appends one entry; call inside the write transaction of the change it records.
    static func append(_ db: any Database, actor: String, action: String, subject: String, detail: String = "",
                       at: Date = Date()) async throws {
        try await append(db, [Draft(actor: actor, action: action, subject: subject, detail: detail, at: at)])
    }

    /// Appends entries in order, in three statements however many there are.
    static func append(_ db: any Database, _ drafts: [Draft]) async throws {
        guard !drafts.isEmpty else { return }
        let sql = db.sql
        guard let key else { throw Abort(.internalServerError, reason: "audit key not configured") }
        // Taking the head row first locks it (PostgreSQL) until the transaction ends: entries never fork.
        guard let head = try await sql.raw("UPDATE audit_head SET seq = seq + \(bind: drafts.count) WHERE id = 1 RETURNING seq, hash").first() else {
            throw Abort(.internalServerError, reason: "audit head missing")
        }
        var seq = try head.decode(column: "seq", as: Int.self) - drafts.count
        var prev = try head.decode(column: "hash", as: String.self)
        var rows: [Entry] = []
        rows.reserveCapacity(drafts.count)
        for d in drafts {
            seq += 1
            let when = LocalDateTime(d.at).description
            let maskedDetail = PersonalDataMask.mask(d.detail)
            let digest = seal(key, seq: seq, at: when, actor: d.actor, action: d.action, subject: d.subject, detail: maskedDetail, prev: prev)
            rows.append(Entry(seq: seq, at: when, actor: d.actor, action: d.action, subject: d.subject, detail: maskedDetail,
                              prev_hash: prev, hash: digest, key_id: key.id))
            prev = digest
        }
        try await sql.insert(into: "audit_log").models(rows).run()
        try await sql.update("audit_head").set("hash", to: SQLBind(prev)).where("id", .equal, SQLBind(1)).run()
    }

    struct Verification: Sendable {
        var entries: Int
        /// The first problem found, naming the entry.
        var problem: String?
        var badSequence: Int?
        /// What the chain was checked against: the key, and the checkpoints.
        var anchors: [String] = []
    }

    /// Walks the chain from the first entry and reports the first entry that does not fit: its seal (with `key`),
    /// its link to the entry before, the head row, and every checkpoint (which also catches entries deleted from
    /// the end together with the head).
    static func verify(_ database: any Database, key: Key?, checkpoints: AuditCheckpoints.Loaded = .init()) async throws -> Verification {
        let db = database.sql
        var anchors: [String] = []
        if let key { anchors.append("entries sealed with audit key \(key.id)") } else { anchors.append("no audit key: entries checked for their links only") }
        if let source = checkpoints.source {
            anchors.append(checkpoints.points.isEmpty ? "no checkpoints in \(source)"
                           : "\(checkpoints.points.count) checkpoints in \(source), the latest at entry \(checkpoints.points.map(\.seq).max()!)")
        }
        func broken(_ count: Int, _ problem: String, _ seq: Int) -> Verification {
            Verification(entries: count, problem: problem, badSequence: seq, anchors: anchors)
        }
        if let problem = checkpoints.problem { return broken(0, problem, 0) }
        var expected: [Int: AuditCheckpoints.Point] = [:]
        for p in checkpoints.points { expected[p.seq] = p }
        var expectedSeq = 1
        var prev = genesis
        var count = 0
        var offset = 0
        let page = 5_000
        while true {
            let rows = try await db.select().columns("*").from("audit_log").orderBy("seq").limit(page).offset(offset).all()
            for row in rows {
                let e = try row.decode(model: Entry.self)
                if e.seq != expectedSeq {
                    return broken(count, e.seq > expectedSeq
                        ? "entry \(expectedSeq) is missing (the log jumps from \(expectedSeq - 1) to \(e.seq))"
                        : "entry \(e.seq) appears out of order", expectedSeq)
                }
                if e.prev_hash != prev {
                    return broken(count, "entry \(e.seq) does not link to entry \(e.seq - 1) (previous hash differs)", e.seq)
                }
                let recomputed: String
                if let key {
                    guard let id = e.key_id else { return broken(count, "entry \(e.seq) is not sealed with the audit key", e.seq) }
                    guard id == key.id else { return broken(count, "entry \(e.seq) is sealed with another key (\(id)), not \(key.id)", e.seq) }
                    recomputed = seal(key, seq: e.seq, at: e.at, actor: e.actor, action: e.action, subject: e.subject, detail: e.detail, prev: e.prev_hash)
                } else if e.key_id == nil {
                    recomputed = legacyHash(seq: e.seq, at: e.at, actor: e.actor, action: e.action, subject: e.subject, detail: e.detail, prev: e.prev_hash)
                } else {
                    recomputed = e.hash   // sealed, but no key to check it with
                }
                if recomputed != e.hash {
                    return broken(count, "entry \(e.seq) was changed (\(e.action) on \(e.subject) at \(e.at): its content no longer matches its seal)", e.seq)
                }
                if let point = expected[e.seq], point.hash != e.hash {
                    return broken(count, "entry \(e.seq) differs from the checkpoint written at \(point.at)", e.seq)
                }
                prev = e.hash
                expectedSeq += 1
                count += 1
            }
            if rows.count < page { break }
            offset += page
        }
        if let latest = checkpoints.points.max(by: { $0.seq < $1.seq }), latest.seq > count {
            return broken(count, "entries \(count + 1)–\(latest.seq) are missing: the checkpoint written at \(latest.at) recorded \(latest.seq) entries, the log ends at \(count)", count + 1)
        }
        if let head = try await db.select().columns("seq", "hash").from("audit_head").where("id", .equal, SQLBind(1)).first() {
            let seq = try head.decode(column: "seq", as: Int.self)
            let hash = try head.decode(column: "hash", as: String.self)
            if seq != count {
                return broken(count, "entry \(count + 1) is missing: the log ends at \(count) but \(seq) entries were written", count + 1)
            }
            if hash != prev {
                return broken(count, "entry \(count) was changed: it no longer matches the recorded head of the chain", count)
            }
        }
        return Verification(entries: count, problem: nil, badSequence: nil, anchors: anchors)
    }

    /// Seals, with the key, entries written before the log was keyed — once their unkeyed chain has verified — so
    /// that an upgraded database has one keyed chain. Returns how many were sealed (0 when none needed it).
    static func sealUnkeyed(_ app: Application, key: Key) async throws -> Int {
        let sql = app.db.sql
        // Entries from before the key are a prefix of the log: the first entry tells (read by its key, not a scan).
        guard let first = try await sql.select().column("key_id").from("audit_log").orderBy("seq").limit(1).first(),
              try first.decode(column: "key_id", as: String?.self) == nil else { return 0 }
        let check = try await verify(app.db, key: nil)
        guard check.problem == nil else {
            app.logger.error("audit log: entries from before the audit key cannot be sealed, the chain is broken: \(check.problem!)")
            return 0
        }
        return try await app.writeTransaction { db in
            let sql = db.sql
            let entries = try await sql.select().columns("*").from("audit_log").orderBy("seq").all(decoding: Entry.self)
            var prev = genesis
            for e in entries {
                let digest = seal(key, seq: e.seq, at: e.at, actor: e.actor, action: e.action, subject: e.subject, detail: e.detail, prev: prev)
                try await sql.update("audit_log").set("prev_hash", to: SQLBind(prev)).set("hash", to: SQLBind(digest))
                    .set("key_id", to: SQLBind(key.id)).where("seq", .equal, SQLBind(e.seq)).run()
                prev = digest
            }
            try await sql.update("audit_head").set("hash", to: SQLBind(prev)).where("id", .equal, SQLBind(1)).run()
            return entries.count
        }
    }
}
