import Fluent
import Foundation
import MotCuaCore
import SQLKit

/// The `outbox` table seen by its deliverer: due messages, claims, and what each attempt came to.
struct OutboxStore {
    let db: any Database

    /// Messages of `channels` due at `t` (seconds since 1970): pending ones whose time has come, and claims older than
    /// five minutes (a deliverer that crashed), soonest first.
    func due(channels: [String], at t: Double, limit: Int) async throws -> [OutboxMessage] {
        try await db.sql.select().columns("*").from("outbox")
            .where { group in
                group.where { $0.where("status", .equal, SQLBind("pending")).where("next_attempt_at", .lessThanOrEqual, SQLBind(t)) }
                    .orWhere { $0.where("status", .equal, SQLBind("sending")).where("next_attempt_at", .lessThanOrEqual, SQLBind(t - 300)) }
            }
            .where("channel", .in, SQLBind.group(channels))
            .orderBy("next_attempt_at").limit(limit)
            .all(decoding: OutboxRecord.self).map { try $0.message() }
    }

    /// Writes messages whose ids are not there yet (a digest made twice, by two instances or two sweeps, is sent once);
    /// how many were new.
    func insertOnce(_ messages: [OutboxMessage]) async throws -> Int {
        guard !messages.isEmpty else { return 0 }
        let rows = try await db.sql.insert(into: "outbox").models(messages.map(OutboxRecord.init), nilEncodingStrategy: .asNil)
            .ignoringConflicts(with: ["id"]).returning("id").all()
        return rows.count
    }

    /// Claims a message as it was read (a conditional update); false when another deliverer has it.
    func claim(_ message: OutboxMessage, at t: Double) async throws -> Bool {
        let claimed = try await db.sql.update("outbox").set("status", to: SQLBind("sending")).set("next_attempt_at", to: SQLBind(t))
            .where("id", .equal, SQLBind(message.id)).where("status", .equal, SQLBind(message.status.rawValue))
            .where("next_attempt_at", .equal, SQLBind(message.nextAttemptAt))
            .returning("id").all()
        return !claimed.isEmpty
    }

    /// Records a failed attempt: tried again at `retryAt`, or given up.
    func failed(id: String, attempts: Int, giveUp: Bool, retryAt: Double, error: String) async throws {
        try await db.sql.update("outbox").set("status", to: SQLBind(giveUp ? "failed" : "pending")).set("attempts", to: SQLBind(attempts))
            .set("next_attempt_at", to: SQLBind(retryAt)).set("last_error", to: SQLBind(String(error.prefix(300))))
            .where("id", .equal, SQLBind(id)).run()
    }

    func delivered(id: String, attempts: Int, at: Date) async throws {
        try await db.sql.update("outbox").set("status", to: SQLBind("delivered")).set("attempts", to: SQLBind(attempts))
            .set("delivered_at", to: SQLBind(LocalDateTime(at).description)).set("last_error", to: SQLBind(String?.none))
            .where("id", .equal, SQLBind(id)).run()
    }

    /// How many messages are in each status.
    func countsByStatus() async throws -> [(status: String, count: Int)] {
        try await db.sql.select().column("status").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("outbox").groupBy("status").orderBy("status").all()
            .map { (try $0.decode(column: "status", as: String.self), try $0.decode(column: "n", as: Int.self)) }
    }
}
