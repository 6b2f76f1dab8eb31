import Fluent
import Foundation
import MotCuaCore
import Vapor

/// Staff accounts, role grants and integration tokens — administrators anywhere, centre directors in their own unit —
/// and the catalogue's abolitions (administrators only: the catalogue is national). Each change is audited.
struct StaffAdministration {
    let context: ServiceContext
    /// Who makes the change.
    let actor: Principal

    init(_ context: ServiceContext, by actor: Principal) throws {
        guard actor.isStaff else { throw APIError.forbidden }
        self.context = context
        self.actor = actor
    }

    private var now: Date { context.now }

    static func validGrant(_ g: GrantInput, snapshot: ReferenceSnapshot, today: LocalDate) throws -> RoleGrant {
        guard let role = Role(rawValue: g.role), Role.staff.contains(role) else {
            throw APIError(.badRole, g.role)
        }
        // A unit the grant names that does not exist is bad input (400), not a missing resource: the account exists.
        guard let unit = snapshot.units.unit(g.unitCode, asOf: today) else {
            throw APIError(.grantUnitUnknown, g.unitCode.prefix(20))
        }
        if role == .supervisor && unit.level != .province {
            throw APIError(.supervisorNeedsProvince)
        }
        return RoleGrant(role: role, unitCode: unit.code, provinceCode: Routing.province(of: unit), fields: g.fields ?? [])
    }

    /// A staff account with its first grants (each within the creator's reach); audited.
    func createStaff(_ input: StaffInput) async throws -> AccountDTO {
        let p = actor
        let snapshot = context.snapshot
        let today = context.today
        let grants = try (input.grants ?? []).map { try Self.validGrant($0, snapshot: snapshot, today: today) }
        for g in grants where !AccessRules.canManageStaff(of: g.unitCode, grants: p.grants)
            || (g.role == .administrator && !p.isAdministrator) {
            throw APIError.forbidden
        }
        if grants.isEmpty && !p.isAdministrator { throw APIError.forbidden }
        guard input.password.count >= 10, input.password.count <= 200 else {
            throw APIError(.weakPassword)
        }
        let login = Authentication.normaliseLogin(input.login)
        guard (3...200).contains(login.count), !login.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" }), !TextRules.hasControlCharacters(login) else {
            throw APIError(.badStaffLogin)
        }
        let name = input.fullName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (2...120).contains(name.count), !name.contains(where: { $0 == "<" || $0 == ">" }), !TextRules.hasControlCharacters(name) else {
            throw APIError(.badName)
        }
        let hash = try await Authentication.slowHash(input.password, app: context.app)
        let account = IdentityStore.Account(id: UUID().uuidString.lowercased(), kind: "staff", login: login, fullName: name, passwordHash: hash,
                                            phone: nil, email: nil, oidcSubject: nil, failedAttempts: 0, lockedUntil: nil, disabled: false,
                                            createdAt: LocalDateTime(now).description)
        do {
            try await context.writeTransaction { db in
                let store = IdentityStore(db: db)
                try await store.insert(account)
                try await AuditChain.append(db, actor: p.auditName, action: "staff.create", subject: "account:\(account.id)", detail: login, at: now)
                for g in grants {
                    _ = try await store.addGrant(account: account.id, grant: g, by: p.auditName, at: now)
                    try await AuditChain.append(db, actor: p.auditName, action: "permission.grant", subject: "account:\(account.id)",
                                                detail: "\(g.role.rawValue)@\(g.unitCode)", at: now)
                }
            }
        } catch let e as any DatabaseError where e.isConstraintFailure {
            throw APIError(.loginTaken)
        }
        return AccountDTO(id: account.id, kind: "staff", login: login, fullName: name,
                          grants: grants.map { GrantDTO(id: nil, role: $0.role.rawValue, unitCode: $0.unitCode, provinceCode: $0.provinceCode, fields: $0.fields) })
    }

    /// Gives a staff account one more grant; audited.
    func addGrant(_ input: GrantInput, to id: String) async throws -> GrantDTO {
        let p = actor
        let g = try Self.validGrant(input, snapshot: context.snapshot, today: context.today)
        guard AccessRules.canManageStaff(of: g.unitCode, grants: p.grants),
              g.role != .administrator || p.isAdministrator else { throw APIError.forbidden }
        guard let account = try await IdentityStore(db: context.db).account(id: id), account.kind == "staff" else {
            throw APIError(.accountNotFound)
        }
        let grantId: String
        do {
            grantId = try await context.writeTransaction { db in
                let gid = try await IdentityStore(db: db).addGrant(account: account.id, grant: g, by: p.auditName, at: now)
                try await AuditChain.append(db, actor: p.auditName, action: "permission.grant", subject: "account:\(account.id)",
                                            detail: "\(g.role.rawValue)@\(g.unitCode)", at: now)
                return gid
            }
        } catch let e as any DatabaseError where e.isConstraintFailure {
            throw APIError(.grantExists)
        }
        return GrantDTO(id: grantId, role: g.role.rawValue, unitCode: g.unitCode, provinceCode: g.provinceCode, fields: g.fields)
    }

    /// Takes a grant away; audited.
    func removeGrant(_ grantId: String, from id: String) async throws {
        let p = actor
        let rows = try await IdentityStore(db: context.db).grantRows(of: id)
        guard let row = rows.first(where: { $0.id == grantId }) else {
            throw APIError(.grantNotFound)
        }
        guard AccessRules.canManageStaff(of: row.unitCode, grants: p.grants),
              row.role != Role.administrator.rawValue || p.isAdministrator else { throw APIError.forbidden }
        try await context.writeTransaction { db in
            _ = try await IdentityStore(db: db).removeGrant(id: grantId, account: id)
            try await AuditChain.append(db, actor: p.auditName, action: "permission.revoke", subject: "account:\(id)",
                                        detail: "\(row.role)@\(row.unitCode)", at: now)
        }
    }

    /// An integration's token (administrators only); the token is shown once, here.
    func createToken(_ input: TokenInput) async throws -> TokenDTO {
        let p = actor
        guard p.isAdministrator else { throw APIError.forbidden }
        let scopes = try input.scopes.map { s in
            guard let scope = TokenScope(rawValue: s) else {
                throw APIError(.badScope, s)
            }
            return scope
        }
        let name = input.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !scopes.isEmpty, (1...100).contains(name.count), !TextRules.hasControlCharacters(name) else {
            throw APIError(.badToken)
        }
        let expires = try input.expiresInDays.map { days -> Date in
            guard (1...3650).contains(days) else { throw APIError(.badExpiry) }
            return now.addingTimeInterval(Double(days) * 86400)
        }
        let created = try await context.writeTransaction { db in
            let t = try await IdentityStore(db: db).createToken(name: name, scopes: scopes, expires: expires, now: now)
            try await AuditChain.append(db, actor: p.auditName, action: "token.create", subject: "token:\(t.id)",
                                        detail: scopes.map(\.rawValue).joined(separator: " "), at: now)
            return t
        }
        return TokenDTO(id: created.id, name: name, token: created.token, scopes: scopes.map(\.rawValue))
    }

    func revokeToken(_ id: String) async throws {
        let p = actor
        guard p.isAdministrator else { throw APIError.forbidden }
        let found = try await context.writeTransaction { db in
            let ok = try await IdentityStore(db: db).revokeToken(id: id, now: now)
            if ok { try await AuditChain.append(db, actor: p.auditName, action: "token.revoke", subject: "token:\(id)", at: now) }
            return ok
        }
        guard found else { throw APIError(.tokenNotFound) }
    }

    // MARK: Catalogue changes

    /// Records that a decision abolishes a procedure from a day (administrators only: the catalogue is national).
    func abolish(_ code: String, _ input: AbolitionInput) async throws -> AbolitionDTO {
        let p = actor
        guard p.isAdministrator else { throw APIError.forbidden }
        guard context.snapshot.catalogue.procedure(code: code) != nil else {
            throw APIError(.procedureNotFound, code)
        }
        let abolition: ProcedureAbolition
        switch ProcedureAbolition.parse(code: code, effective: input.effective, decision: input.decision, correction: input.correction ?? false,
                                        today: context.today) {
        case .success(let a): abolition = a
        case .failure(.badDate): throw APIError(.badDate, input.effective.prefix(20))
        case .failure(.pastDate(let today)):
            let problem = ProcedureAbolition.Problem.pastDate(today)
            throw APIError(.pastEffectiveDate, LocalizedText(vi: problem.vietnamese, en: problem.english))
        case .failure(let problem): throw APIError(.badDecision, LocalizedText(vi: problem.vietnamese, en: problem.english))
        }
        try await ReferenceRepository.recordAbolition(app: context.app, code: code, abolition, by: p.auditName, at: now)
        return AbolitionDTO(abolition)
    }

    /// Withdraws an abolition recorded by mistake.
    func withdrawAbolition(_ code: String) async throws {
        let p = actor
        guard p.isAdministrator else { throw APIError.forbidden }
        guard context.snapshot.changes.abolitions[code] != nil else {
            throw APIError(.abolitionNotFound, code)
        }
        try await ReferenceRepository.recordAbolition(app: context.app, code: code, nil, by: p.auditName, at: now)
    }
}
