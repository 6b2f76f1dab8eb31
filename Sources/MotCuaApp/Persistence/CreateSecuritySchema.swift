import Fluent
import SQLKit

/// What the outside probe's findings need: the request an idempotency key was first used with, failed phone
/// checks counted in the database (shared by every instance), sign-in failures per login whether or not an
/// account exists, and which key sealed each audit entry.
struct CreateSecuritySchema: AsyncMigration {
    var name: String { "007_security" }

    func prepare(on db: any Database) async throws {
        let sql = db.sql
        try await sql.raw("ALTER TABLE dossiers ADD COLUMN request_hash TEXT").run()
        try await sql.raw("ALTER TABLE audit_log ADD COLUMN key_id TEXT").run()
        // Failed proofs of ownership (a wrong phone) per caller and per dossier, per hour window.
        try await db.schema("guess_counts")
            .field("subject", .string, .required)
            .field("hour", .int, .required)
            .field("failures", .int, .required)
            .compositeIdentifier(over: "subject", "hour")
            .create()
        // Failed sign-ins per login (a hash of it): known and unknown logins lock out alike.
        try await db.schema("login_failures")
            .field("login_hash", .string, .identifier(auto: false))
            .field("failures", .int, .required)
            .field("locked_until", .double)
            .field("updated_at", .double, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("login_failures").delete()
        try await db.schema("guess_counts").delete()
    }
}
