import Fluent
import Foundation
import SQLKit
import Vapor

/// Failed sign-ins per login, kept by a hash of the login so that unknown logins leave no readable trace:
/// after `limit` failures in a row the login is locked for a while, whether or not an account has it.
enum LoginFailures {
    static func lockedUntil(_ db: any Database, loginHash: String) async throws -> Double? {
        try await db.sql.select().column("locked_until").from("login_failures")
            .where("login_hash", .equal, SQLBind(loginHash)).first()?.decode(column: "locked_until", as: Double?.self)
    }

    /// Counts a failure; returns the count and whether it locked the login.
    static func fail(_ db: any Database, loginHash: String, now: Date, limit: Int, lockSeconds: Double) async throws -> (Int, Bool) {
        let sql = db.sql
        let t = now.timeIntervalSince1970
        let row = try await sql.raw("""
            INSERT INTO login_failures (login_hash, failures, locked_until, updated_at) VALUES (\(bind: loginHash), 1, NULL, \(bind: t))
            ON CONFLICT (login_hash) DO UPDATE SET failures = login_failures.failures + 1, updated_at = \(bind: t) RETURNING failures
            """).first()
        let failures = try row?.decode(column: "failures", as: Int.self) ?? 1
        guard failures >= limit else { return (failures, false) }
        try await sql.update("login_failures").set("failures", to: SQLBind(0)).set("locked_until", to: SQLBind(t + lockSeconds))
            .where("login_hash", .equal, SQLBind(loginHash)).run()
        return (failures, true)
    }

    static func clear(_ db: any Database, loginHash: String) async throws {
        try await db.sql.delete(from: "login_failures").where("login_hash", .equal, SQLBind(loginHash)).run()
    }

    /// Forgets logins with no failure for a day (run by the deadline sweep).
    static func prune(_ db: any Database, now: Date) async throws {
        try await db.sql.delete(from: "login_failures")
            .where("updated_at", .lessThan, SQLBind(now.timeIntervalSince1970 - 86_400)).run()
    }
}
