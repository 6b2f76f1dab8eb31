import Crypto
import Fluent
import Foundation
import MotCuaCore
import SQLKit
import Vapor

/// The append-only audit log: each entry carries the SHA-256 of its content and of the entry before it, and a
/// head row holds the last sequence number and hash, so a changed, inserted or deleted entry (even the last) shows.
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
    }

    static func hash(seq: Int, at: String, actor: String, action: String, subject: String, detail: String, prev: String) -> String {
        var h = SHA256()
        for part in ["\(seq)", at, actor, action, subject, detail, prev] {
            h.update(data: Data(part.utf8))
            h.update(data: Data([0]))
        }
        return h.finalize().hex
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
        try await append(db as! any SQLDatabase, [Draft(actor: actor, action: action, subject: subject, detail: detail, at: at)])
    }

    /// Appends entries in order, in three statements however many there are.
    static func append(_ sql: any SQLDatabase, _ drafts: [Draft]) async throws {
        guard !drafts.isEmpty else { return }
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
            let digest = Self.hash(seq: seq, at: when, actor: d.actor, action: d.action, subject: d.subject, detail: maskedDetail, prev: prev)
            rows.append(Entry(seq: seq, at: when, actor: d.actor, action: d.action, subject: d.subject, detail: maskedDetail,
                              prev_hash: prev, hash: digest))
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
    }

    /// Walks the chain from the first entry and reports the first entry that does not fit.
    static func verify(_ db: any SQLDatabase) async throws -> Verification {
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
                    return Verification(entries: count, problem: e.seq > expectedSeq
                        ? "entry \(expectedSeq) is missing (the log jumps from \(expectedSeq - 1) to \(e.seq))"
                        : "entry \(e.seq) appears out of order", badSequence: expectedSeq)
                }
                if e.prev_hash != prev {
                    return Verification(entries: count, problem: "entry \(e.seq) does not link to entry \(e.seq - 1) (previous hash differs)", badSequence: e.seq)
                }
                let recomputed = hash(seq: e.seq, at: e.at, actor: e.actor, action: e.action, subject: e.subject, detail: e.detail, prev: e.prev_hash)
                if recomputed != e.hash {
                    return Verification(entries: count, problem: "entry \(e.seq) was changed (\(e.action) on \(e.subject) at \(e.at): its content no longer matches its hash)", badSequence: e.seq)
                }
                prev = e.hash
                expectedSeq += 1
                count += 1
            }
            if rows.count < page { break }
            offset += page
        }
        if let head = try await db.select().columns("seq", "hash").from("audit_head").where("id", .equal, SQLBind(1)).first() {
            let seq = try head.decode(column: "seq", as: Int.self)
            let hash = try head.decode(column: "hash", as: String.self)
            if seq != count {
                return Verification(entries: count, problem: "entry \(count + 1) is missing: the log ends at \(count) but \(seq) entries were written", badSequence: count + 1)
            }
            if hash != prev {
                return Verification(entries: count, problem: "entry \(count) was changed: it no longer matches the recorded head of the chain", badSequence: count)
            }
        }
        return Verification(entries: count, problem: nil, badSequence: nil)
    }
}
