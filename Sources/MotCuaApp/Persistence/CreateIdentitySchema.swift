import Fluent
import SQLKit

/// Accounts (citizens and staff), role grants, sessions, integration tokens and the hash-chained audit log.
struct CreateIdentitySchema: AsyncMigration {
    var name: String { "003_identity_schema" }

    func prepare(on db: any Database) async throws {
        try await db.schema("accounts")
            .field("id", .string, .identifier(auto: false))
            .field("kind", .string, .required)
            .field("login", .string, .required)
            .field("full_name", .string, .required)
            .field("password_hash", .string)
            .field("phone", .string)
            .field("email", .string)
            .field("oidc_subject", .string)
            .field("failed_attempts", .int, .required)
            .field("locked_until", .double)
            .field("disabled", .bool, .required)
            .field("created_at", .string, .required)
            .unique(on: "login")
            .unique(on: "oidc_subject")
            .create()
        try await db.schema("role_grants")
            .field("id", .string, .identifier(auto: false))
            .field("account_id", .string, .required)
            .field("role", .string, .required)
            .field("unit_code", .string, .required)
            .field("province_code", .string, .required)
            .field("fields", .string, .required)
            .field("granted_at", .string, .required)
            .field("granted_by", .string, .required)
            .unique(on: "account_id", "role", "unit_code")
            .create()
        try await db.schema("sessions")
            .field("token_hash", .string, .identifier(auto: false))
            .field("account_id", .string, .required)
            .field("csrf", .string, .required)
            .field("created_at", .double, .required)
            .field("expires_at", .double, .required)
            .create()
        try await db.schema("api_tokens")
            .field("id", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .field("token_hash", .string, .required)
            .field("scopes", .string, .required)
            .field("unit_code", .string)
            .field("created_at", .string, .required)
            .field("expires_at", .double)
            .field("revoked_at", .string)
            .unique(on: "token_hash")
            .create()
        try await db.schema("audit_log")
            .field("seq", .int, .identifier(auto: false))
            .field("at", .string, .required)
            .field("actor", .string, .required)
            .field("action", .string, .required)
            .field("subject", .string, .required)
            .field("detail", .string, .required)
            .field("prev_hash", .string, .required)
            .field("hash", .string, .required)
            .create()
        try await db.schema("audit_head")
            .field("id", .int, .identifier(auto: false))
            .field("seq", .int, .required)
            .field("hash", .string, .required)
            .create()
        try await db.sql.insert(into: "audit_head").columns("id", "seq", "hash")
            .values(SQLBind(1), SQLBind(0), SQLBind(AuditChain.genesis)).run()
    }

    func revert(on db: any Database) async throws {
        for table in ["audit_head", "audit_log", "api_tokens", "sessions", "role_grants", "accounts"] {
            try await db.schema(table).delete()
        }
    }
}
