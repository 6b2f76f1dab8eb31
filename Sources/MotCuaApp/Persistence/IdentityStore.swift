import Crypto
import Fluent
import Foundation
import MotCuaCore
import SQLKit
import Vapor

/// Accounts, role grants, sessions and integration tokens.
struct IdentityStore {
    let db: any Database
    var sql: any SQLDatabase { db.sql }

    struct Account: Codable, Sendable {
        var id: String
        var kind: String
        var login: String
        var fullName: String
        var passwordHash: String?
        var phone: String?
        var email: String?
        var oidcSubject: String?
        var failedAttempts: Int
        var lockedUntil: Double?
        var disabled: Bool
        var createdAt: String
        /// ``IdentityFacts`` as JSON, from the OpenID Connect identity.
        var identityFacts: String? = nil
    }

    struct GrantRow: Codable, Sendable {
        var id: String
        var accountId: String
        var role: String
        var unitCode: String
        var provinceCode: String
        var fields: String
        var grantedAt: String
        var grantedBy: String
    }

    static func sha256(_ text: String) -> String { SHA256.hash(data: Data(text.utf8)).hex }

    /// A random token: `prefix` + 32 bytes, base64url.
    static func randomToken(prefix: String) -> String {
        var bytes = [UInt8](repeating: 0, count: 32)
        var rng = SystemRandomNumberGenerator()
        for i in bytes.indices { bytes[i] = rng.next() }
        return prefix + Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    func account(login: String) async throws -> Account? {
        try await sql.select().columns("*").from("accounts").where("login", .equal, SQLBind(login.lowercased()))
            .first(decoding: Account.self, keyDecodingStrategy: .convertFromSnakeCase)
    }

    func account(id: String) async throws -> Account? {
        try await sql.select().columns("*").from("accounts").where("id", .equal, SQLBind(id))
            .first(decoding: Account.self, keyDecodingStrategy: .convertFromSnakeCase)
    }

    func account(oidcSubject: String) async throws -> Account? {
        try await sql.select().columns("*").from("accounts").where("oidc_subject", .equal, SQLBind(oidcSubject))
            .first(decoding: Account.self, keyDecodingStrategy: .convertFromSnakeCase)
    }

    /// Sets what an identity provider vouched for, and the phone and e-mail when given.
    func updateProfile(id: String, identityFacts: String?, phone: String?, email: String?) async throws {
        var update = sql.update("accounts").set("identity_facts", to: SQLBind(identityFacts)).where("id", .equal, SQLBind(id))
        if let phone { update = update.set("phone", to: SQLBind(phone)) }
        if let email { update = update.set("email", to: SQLBind(email)) }
        try await update.run()
    }

    func insert(_ account: Account) async throws {
        try await sql.insert(into: "accounts").model(account, keyEncodingStrategy: .convertToSnakeCase).run()
    }

    func grants(of accountId: String) async throws -> [RoleGrant] {
        let rows = try await sql.select().columns("*").from("role_grants").where("account_id", .equal, SQLBind(accountId))
            .all(decoding: GrantRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        return rows.compactMap { r in
            guard let role = Role(rawValue: r.role) else { return nil }
            let fields = (try? JSONDecoder().decode([String].self, from: Data(r.fields.utf8))) ?? []
            return RoleGrant(role: role, unitCode: r.unitCode, provinceCode: r.provinceCode, fields: fields)
        }
    }

    func grantRows(of accountId: String) async throws -> [GrantRow] {
        try await sql.select().columns("*").from("role_grants").where("account_id", .equal, SQLBind(accountId))
            .all(decoding: GrantRow.self, keyDecodingStrategy: .convertFromSnakeCase)
    }

    func addGrant(account: String, grant: RoleGrant, by actor: String, at: Date) async throws -> String {
        let id = UUID().uuidString.lowercased()
        let fields = String(decoding: try JSONEncoder().encode(grant.fields), as: UTF8.self)
        try await sql.insert(into: "role_grants").model(GrantRow(
            id: id, accountId: account, role: grant.role.rawValue, unitCode: grant.unitCode, provinceCode: grant.provinceCode,
            fields: fields, grantedAt: LocalDateTime(at).description, grantedBy: actor), keyEncodingStrategy: .convertToSnakeCase).run()
        return id
    }

    func removeGrant(id: String, account: String) async throws -> GrantRow? {
        guard let row = try await sql.select().columns("*").from("role_grants").where("id", .equal, SQLBind(id))
            .where("account_id", .equal, SQLBind(account))
            .first(decoding: GrantRow.self, keyDecodingStrategy: .convertFromSnakeCase) else { return nil }
        try await sql.delete(from: "role_grants").where("id", .equal, SQLBind(id)).run()
        return row
    }

    /// Staff holding a role in a unit (for deadline warnings).
    func accounts(withRole roles: [Role], unit: String) async throws -> [String] {
        try await sql.select().distinct().column("account_id").from("role_grants")
            .where("unit_code", .equal, SQLBind(unit))
            .where("role", .in, SQLBind.group(roles.map(\.rawValue)))
            .all().map { try $0.decode(column: "account_id", as: String.self) }
    }

    /// Every leader with a unit, and how to reach them (for the daily digest).
    func leaders() async throws -> [(id: String, name: String, phone: String?, email: String?, unit: String)] {
        try await sql.select().columns(SQLColumn("id", table: "a"), SQLColumn("full_name", table: "a"), SQLColumn("phone", table: "a"),
                                       SQLColumn("email", table: "a"), SQLColumn("unit_code", table: "g"))
            .from(SQLAlias(SQLIdentifier("role_grants"), as: SQLIdentifier("g")))
            .join(SQLAlias(SQLIdentifier("accounts"), as: SQLIdentifier("a")), method: SQLJoinMethod.inner,
                  on: SQLColumn("id", table: "a"), .equal, SQLColumn("account_id", table: "g"))
            .where(SQLColumn("role", table: "g"), .equal, SQLBind(Role.leader.rawValue))
            .where(SQLColumn("disabled", table: "a"), .equal, SQLBind(false))
            .orderBy(SQLColumn("unit_code", table: "g")).all().map { r in
                (try r.decode(column: "id", as: String.self), try r.decode(column: "full_name", as: String.self),
                 try r.decode(column: "phone", as: String?.self), try r.decode(column: "email", as: String?.self),
                 try r.decode(column: "unit_code", as: String.self))
            }
    }

    // MARK: Sessions

    func createSession(account: String, now: Date, hours: Int) async throws -> (token: String, csrf: String, expires: Date) {
        let token = Self.randomToken(prefix: "s_")
        let csrf = Self.randomToken(prefix: "")
        let expires = now.addingTimeInterval(TimeInterval(hours * 3600))
        try await sql.insert(into: "sessions").columns("token_hash", "account_id", "csrf", "created_at", "expires_at")
            .values(SQLBind(Self.sha256(token)), SQLBind(account), SQLBind(csrf), SQLBind(now.timeIntervalSince1970),
                    SQLBind(expires.timeIntervalSince1970)).run()
        return (token, csrf, expires)
    }

    func deleteSession(token: String) async throws {
        try await sql.delete(from: "sessions").where("token_hash", .equal, SQLBind(Self.sha256(token))).run()
    }

    /// The principal a session or API token stands for, if it is valid now.
    func principal(token: String, now: Date, viaCookie: Bool) async throws -> Principal? {
        let hash = Self.sha256(token)
        if token.hasPrefix("s_") {
            guard let row = try await sql.select().columns("account_id", "csrf", "expires_at").from("sessions")
                .where("token_hash", .equal, SQLBind(hash)).first() else { return nil }
            guard try row.decode(column: "expires_at", as: Double.self) > now.timeIntervalSince1970 else { return nil }
            let accountId = try row.decode(column: "account_id", as: String.self)
            guard let account = try await account(id: accountId), !account.disabled else { return nil }
            let grants = account.kind == "staff" ? try await grants(of: accountId) : []
            return Principal(id: account.id, name: account.fullName, kind: account.kind == "staff" ? .staff : .citizen,
                             grants: grants, scopes: [], csrf: try row.decode(column: "csrf", as: String.self), viaCookie: viaCookie)
        }
        if token.hasPrefix("t_") {
            guard let row = try await sql.select().columns("id", "name", "scopes", "expires_at", "revoked_at").from("api_tokens")
                .where("token_hash", .equal, SQLBind(hash)).first() else { return nil }
            if try row.decode(column: "revoked_at", as: String?.self) != nil { return nil }
            if let expires = try row.decode(column: "expires_at", as: Double?.self), expires <= now.timeIntervalSince1970 { return nil }
            let scopes = try row.decode(column: "scopes", as: String.self).split(separator: " ").compactMap { TokenScope(rawValue: String($0)) }
            return Principal(id: try row.decode(column: "id", as: String.self), name: try row.decode(column: "name", as: String.self),
                             kind: .integration, grants: [], scopes: Set(scopes), csrf: nil, viaCookie: false)
        }
        return nil
    }

    func createToken(name: String, scopes: [TokenScope], expires: Date?, now: Date) async throws -> (id: String, token: String) {
        let id = UUID().uuidString.lowercased()
        let token = Self.randomToken(prefix: "t_")
        try await sql.insert(into: "api_tokens").columns("id", "name", "token_hash", "scopes", "created_at", "expires_at")
            .values(SQLBind(id), SQLBind(name), SQLBind(Self.sha256(token)), SQLBind(scopes.map(\.rawValue).joined(separator: " ")),
                    SQLBind(LocalDateTime(now).description), SQLBind(expires?.timeIntervalSince1970)).run()
        return (id, token)
    }

    func revokeToken(id: String, now: Date) async throws -> Bool {
        let exists = try await sql.select().column("id").from("api_tokens").where("id", .equal, SQLBind(id)).first() != nil
        try await sql.update("api_tokens").set("revoked_at", to: SQLBind(LocalDateTime(now).description)).where("id", .equal, SQLBind(id)).run()
        return exists
    }

    /// Staff of a unit with one of `roles`, by name (id, full name).
    func staff(ofUnit unit: String, roles: [Role]) async throws -> [(id: String, name: String)] {
        try await sql.select().distinct().column(SQLColumn("id", table: "accounts")).column(SQLColumn("full_name", table: "accounts"))
            .from("accounts").join("role_grants", on: SQLColumn("account_id", table: "role_grants"), .equal, SQLColumn("id", table: "accounts"))
            .where(SQLColumn("unit_code", table: "role_grants"), .equal, SQLBind(unit))
            .where(SQLColumn("role", table: "role_grants"), .in, SQLBind.group(roles.map(\.rawValue)))
            .orderBy(SQLColumn("full_name", table: "accounts"))
            .all().map { (try $0.decode(column: "id", as: String.self), try $0.decode(column: "full_name", as: String.self)) }
    }
}
