import Fluent
import Foundation
import MotCuaCore
import Vapor

/// Who someone is: sign-in with a password (slow hash, lock-out after repeated failures), sign-out, and registration of
/// citizens' accounts — each audited.
struct Authentication {
    static let maxFailures = 5
    static let lockSeconds: Double = 15 * 60

    let app: Application
    let now: Date

    /// A login as stored: trimmed, lower-case, a phone number in its national form.
    static func normaliseLogin(_ text: String) -> String {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        return PhoneNumber.normalise(t) ?? t
    }

    static let badCredentials = APIError(.badCredentials)

    static func accountLocked(until: Double, now: Date) -> APIError {
        let minutes = Int((until - now.timeIntervalSince1970) / 60) + 1
        return APIError(.accountLocked, minutes)
    }

    /// Checks a password. Whether or not an account has this login, the caller meets the same checks: failures are
    /// counted per login (a hash of it) and lock it out alike, and an unknown login is checked against a decoy hash
    /// of the same cost as real ones, so neither the answer nor its time tells whether the account exists.
    func signIn(login: String, password: String) async throws -> SessionDTO {
        let store = IdentityStore(db: app.db)
        let loginHash = IdentityStore.sha256("login:\(login)")
        if let until = try await LoginFailures.lockedUntil(app.db, loginHash: loginHash), until > now.timeIntervalSince1970 {
            throw Self.accountLocked(until: until, now: now)
        }
        let found = password.utf8.count <= 200 ? try await store.account(login: login) : nil
        let account = found.flatMap { !$0.disabled && $0.passwordHash != nil ? $0 : nil }
        let hash = try await app.decoyPasswordHash(account?.passwordHash)
        let candidate = String(password.prefix(72))
        let matches = (try? await app.threadPool.runIfActive { try Bcrypt.verify(candidate, created: hash) }) ?? false
        guard let account, matches else {
            let subject = account.map { "account:\($0.id)" } ?? "login:\(login.prefix(3))…"
            let actor = account.map { "account:\($0.id)" } ?? "anonymous"
            try await app.writeTransaction { db in
                let (failures, locked) = try await LoginFailures.fail(db, loginHash: loginHash, now: now, limit: Self.maxFailures, lockSeconds: Self.lockSeconds)
                try await AuditChain.append(db, actor: actor, action: locked ? "auth.locked" : "auth.signInFailed",
                                            subject: subject, detail: "attempt \(failures)", at: now)
            }
            throw Self.badCredentials
        }
        let hours = app.motcuaConfig.sessionHours
        let session = try await app.writeTransaction { db in
            try await LoginFailures.clear(db, loginHash: loginHash)
            let s = try await IdentityStore(db: db).createSession(account: account.id, now: now, hours: hours)
            try await AuditChain.append(db, actor: "\(account.kind):\(account.id)", action: "auth.signIn", subject: "account:\(account.id)", at: now)
            return SessionDTO(token: s.token, csrf: s.csrf, expiresAt: LocalDateTime(s.expires).description,
                              account: AccountDTO(id: account.id, kind: account.kind, login: account.login, fullName: account.fullName, grants: []))
        }
        var result = session
        result.account.grants = try await store.grantRows(of: account.id).map {
            GrantDTO(id: $0.id, role: $0.role, unitCode: $0.unitCode, provinceCode: $0.provinceCode,
                     fields: (try? JSONDecoder().decode([String].self, from: Data($0.fields.utf8))) ?? [])
        }
        return result
    }

    /// Bcrypt off the event loop (a cost-12 hash takes a quarter of a second).
    static func slowHash(_ password: String, app: Application) async throws -> String {
        let cost = app.motcuaConfig.bcryptCost
        return try await app.threadPool.runIfActive { try Bcrypt.hash(password, cost: cost) }
    }

    /// What an identity provider vouched for beyond the name.
    struct Vouched: Sendable {
        var phone: String?
        var email: String?
        var facts: IdentityFacts
    }

    /// Signs in the person an OpenID Connect provider vouched for (`subject` is the issuer and its subject): their account
    /// by that subject, made on the first sign-in with the name the provider gave; nil for a disabled account. What the
    /// provider says of them (personal ID, date of birth, residence) is kept for their forms, refreshed each time; its
    /// phone and e-mail fill the account's only where it has none. Audited.
    func signIn(oidcSubject subject: String, name: String?, vouched: Vouched? = nil) async throws -> (token: String, csrf: String, expires: Date)? {
        let now = self.now
        var account = try await IdentityStore(db: app.db).account(oidcSubject: subject)
        if account == nil {
            let fullName = (name ?? "Công dân").trimmingCharacters(in: .whitespacesAndNewlines)
            let created = IdentityStore.Account(id: UUID().uuidString.lowercased(), kind: "citizen",
                                                login: "oidc:\(IdentityStore.sha256(subject).prefix(24))", fullName: String(fullName.prefix(120)),
                                                passwordHash: nil, phone: nil, email: nil, oidcSubject: subject, failedAttempts: 0,
                                                lockedUntil: nil, disabled: false, createdAt: LocalDateTime(now).description)
            try await app.writeTransaction { db in
                try await IdentityStore(db: db).insert(created)
                try await AuditChain.append(db, actor: "citizen:\(created.id)", action: "auth.register.oidc", subject: "account:\(created.id)", at: now)
            }
            account = created
        }
        guard let account, !account.disabled else { return nil }
        let hours = app.motcuaConfig.sessionHours
        let facts = try vouched.flatMap { $0.facts.isEmpty ? nil : $0.facts }.map(DeclarationStore.encoded)
        let phone = account.phone == nil ? vouched?.phone.flatMap(PhoneNumber.normalise) : nil
        let email = account.email == nil ? vouched?.email.flatMap { $0.count <= 254 && $0.contains("@") && !$0.contains(" ") ? $0.lowercased() : nil } : nil
        return try await app.writeTransaction { db in
            if facts != account.identityFacts || phone != nil || email != nil {
                try await IdentityStore(db: db).updateProfile(id: account.id, identityFacts: facts, phone: phone, email: email)
                // Which facts changed, never their values (personal data stays out of the log).
                let what = [facts != account.identityFacts ? "identity facts" : nil, phone != nil ? "phone" : nil, email != nil ? "email" : nil]
                try await AuditChain.append(db, actor: "\(account.kind):\(account.id)", action: "account.profile.oidc", subject: "account:\(account.id)",
                                            detail: what.compactMap { $0 }.joined(separator: ", "), at: now)
            }
            let s = try await IdentityStore(db: db).createSession(account: account.id, now: now, hours: hours)
            try await AuditChain.append(db, actor: "\(account.kind):\(account.id)", action: "auth.signIn.oidc", subject: "account:\(account.id)", at: now)
            return s
        }
    }

    /// Ends a session (the token's); audited.
    func signOut(_ p: Principal, token: String) async throws {
        let now = self.now
        try await app.writeTransaction { db in
            try await IdentityStore(db: db).deleteSession(token: token)
            try await AuditChain.append(db, actor: p.auditName, action: "auth.signOut", subject: "account:\(p.id)", at: now)
        }
    }

    /// A citizen's account by phone or e-mail with a password (slow hash); audited.
    func register(login raw: String, fullName: String, password: String) async throws -> IdentityStore.Account {
        let login = Self.normaliseLogin(raw)
        let now = self.now
        let isPhone = PhoneNumber.normalise(login) != nil
        let isEmail = login.split(separator: "@").count == 2 && login.contains(".") && !login.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" })
        guard (isPhone || isEmail), login.count <= 200 else {
            throw APIError(.badLogin)
        }
        let name = fullName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (2...120).contains(name.count), !name.contains(where: { $0 == "<" || $0 == ">" || $0.isNewline }), !TextRules.hasControlCharacters(name) else {
            throw APIError(.badName)
        }
        guard (10...200).contains(password.count) else {
            throw APIError(.weakPassword)
        }
        let hash = try await Self.slowHash(password, app: app)
        let account = IdentityStore.Account(id: UUID().uuidString.lowercased(), kind: "citizen", login: login, fullName: name,
                                            passwordHash: hash, phone: isPhone ? login : nil, email: isEmail ? login : nil, oidcSubject: nil,
                                            failedAttempts: 0, lockedUntil: nil, disabled: false, createdAt: LocalDateTime(now).description)
        do {
            try await app.writeTransaction { db in
                try await IdentityStore(db: db).insert(account)
                try await AuditChain.append(db, actor: "citizen:\(account.id)", action: "auth.register", subject: "account:\(account.id)", at: now)
            }
        } catch let e as any DatabaseError where e.isConstraintFailure {
            throw APIError(.loginTaken)
        }
        return account
    }
}
