import Fluent
import Foundation
import MotCuaCore
import Vapor

/// Staff accounts, role grants and integration tokens: administrators anywhere, centre directors in their own unit.
struct AdminController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let admin = routes.grouped("admin")
        admin.post("staff", use: createStaff)
        admin.post("staff", ":id", "grants", use: addGrant)
        admin.delete("staff", ":id", "grants", ":grant", use: removeGrant)
        admin.post("tokens", use: createToken)
        admin.delete("tokens", ":id", use: revokeToken)
        admin.put("procedures", ":code", "abolition", use: abolish)
        admin.delete("procedures", ":code", "abolition", use: withdrawAbolition)
    }

    static func validGrant(_ g: GrantInput, snapshot: ReferenceSnapshot, today: LocalDate) throws -> RoleGrant {
        guard let role = Role(rawValue: g.role), Role.staff.contains(role) else {
            throw APIError(.badRole, g.role)
        }
        guard let unit = snapshot.units.unit(g.unitCode, asOf: today) else {
            throw APIError(.unitNotFound, g.unitCode)
        }
        if role == .supervisor && unit.level != .province {
            throw APIError(.supervisorNeedsProvince)
        }
        return RoleGrant(role: role, unitCode: unit.code, provinceCode: Routing.province(of: unit), fields: g.fields ?? [])
    }

    func createStaff(req: Request) async throws -> Response {
        let p = try req.requireStaff()
        let input = try req.content.decode(StaffInput.self)
        let snapshot = try req.reference
        let today = LocalDateTime(req.now).date
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
        let hash = try await Authentication.slowHash(input.password, app: req.application)
        let account = IdentityStore.Account(id: UUID().uuidString.lowercased(), kind: "staff", login: login, fullName: name, passwordHash: hash,
                                            phone: nil, email: nil, oidcSubject: nil, failedAttempts: 0, lockedUntil: nil, disabled: false,
                                            createdAt: LocalDateTime(req.now).description)
        do {
            try await req.writeTransaction { db in
                let store = IdentityStore(db: db)
                try await store.insert(account)
                try await AuditChain.append(db, actor: p.auditName, action: "staff.create", subject: "account:\(account.id)", detail: login, at: req.now)
                for g in grants {
                    _ = try await store.addGrant(account: account.id, grant: g, by: p.auditName, at: req.now)
                    try await AuditChain.append(db, actor: p.auditName, action: "permission.grant", subject: "account:\(account.id)",
                                                detail: "\(g.role.rawValue)@\(g.unitCode)", at: req.now)
                }
            }
        } catch let e as any DatabaseError where e.isConstraintFailure {
            throw APIError(.loginTaken)
        }
        let response = Response(status: .created)
        try response.content.encode(AccountDTO(id: account.id, kind: "staff", login: login, fullName: name,
                                               grants: grants.map { GrantDTO(id: nil, role: $0.role.rawValue, unitCode: $0.unitCode, provinceCode: $0.provinceCode, fields: $0.fields) }))
        return response
    }

    func addGrant(req: Request) async throws -> Response {
        let p = try req.requireStaff()
        let id = try req.parameters.require("id")
        let g = try Self.validGrant(try req.content.decode(GrantInput.self), snapshot: try req.reference, today: LocalDateTime(req.now).date)
        guard AccessRules.canManageStaff(of: g.unitCode, grants: p.grants),
              g.role != .administrator || p.isAdministrator else { throw APIError.forbidden }
        guard let account = try await IdentityStore(db: req.db).account(id: id), account.kind == "staff" else {
            throw APIError(.accountNotFound)
        }
        let grantId: String
        do {
            grantId = try await req.writeTransaction { db in
                let gid = try await IdentityStore(db: db).addGrant(account: account.id, grant: g, by: p.auditName, at: req.now)
                try await AuditChain.append(db, actor: p.auditName, action: "permission.grant", subject: "account:\(account.id)",
                                            detail: "\(g.role.rawValue)@\(g.unitCode)", at: req.now)
                return gid
            }
        } catch let e as any DatabaseError where e.isConstraintFailure {
            throw APIError(.grantExists)
        }
        let response = Response(status: .created)
        try response.content.encode(GrantDTO(id: grantId, role: g.role.rawValue, unitCode: g.unitCode, provinceCode: g.provinceCode, fields: g.fields))
        return response
    }

    func removeGrant(req: Request) async throws -> HTTPStatus {
        let p = try req.requireStaff()
        let id = try req.parameters.require("id")
        let grantId = try req.parameters.require("grant")
        let rows = try await IdentityStore(db: req.db).grantRows(of: id)
        guard let row = rows.first(where: { $0.id == grantId }) else {
            throw APIError(.grantNotFound)
        }
        guard AccessRules.canManageStaff(of: row.unitCode, grants: p.grants),
              row.role != Role.administrator.rawValue || p.isAdministrator else { throw APIError.forbidden }
        try await req.writeTransaction { db in
            _ = try await IdentityStore(db: db).removeGrant(id: grantId, account: id)
            try await AuditChain.append(db, actor: p.auditName, action: "permission.revoke", subject: "account:\(id)",
                                        detail: "\(row.role)@\(row.unitCode)", at: req.now)
        }
        return .noContent
    }

    func createToken(req: Request) async throws -> Response {
        let p = try req.requireStaff()
        guard p.isAdministrator else { throw APIError.forbidden }
        let input = try req.content.decode(TokenInput.self)
        let scopes = try input.scopes.map { s in
            guard let scope = TokenScope(rawValue: s) else {
                throw APIError(.badScope, s)
            }
            return scope
        }
        let name = input.name.trimmingCharacters(in: .whitespaces)
        guard !scopes.isEmpty, (1...100).contains(name.count) else {
            throw APIError(.badToken)
        }
        let expires = try input.expiresInDays.map { days -> Date in
            guard (1...3650).contains(days) else { throw APIError(.badExpiry) }
            return req.now.addingTimeInterval(Double(days) * 86400)
        }
        let created = try await req.writeTransaction { db in
            let t = try await IdentityStore(db: db).createToken(name: name, scopes: scopes, expires: expires, now: req.now)
            try await AuditChain.append(db, actor: p.auditName, action: "token.create", subject: "token:\(t.id)",
                                        detail: scopes.map(\.rawValue).joined(separator: " "), at: req.now)
            return t
        }
        let response = Response(status: .created)
        try response.content.encode(TokenDTO(id: created.id, name: name, token: created.token, scopes: scopes.map(\.rawValue)))
        return response
    }

    func revokeToken(req: Request) async throws -> HTTPStatus {
        let p = try req.requireStaff()
        guard p.isAdministrator else { throw APIError.forbidden }
        let id = try req.parameters.require("id")
        let found = try await req.writeTransaction { db in
            let ok = try await IdentityStore(db: db).revokeToken(id: id, now: req.now)
            if ok { try await AuditChain.append(db, actor: p.auditName, action: "token.revoke", subject: "token:\(id)", at: req.now) }
            return ok
        }
        guard found else { throw APIError(.tokenNotFound) }
        return .noContent
    }

    // MARK: Catalogue changes

    struct AbolitionInput: Content {
        var effective: String
        var decision: String
    }

    /// Records that a decision abolishes a procedure from a day (administrators only: the catalogue is national).
    func abolish(req: Request) async throws -> AbolitionDTO {
        let p = try req.requireStaff()
        guard p.isAdministrator else { throw APIError.forbidden }
        let code = try req.parameters.require("code")
        let input = try req.content.decode(AbolitionInput.self)
        guard try req.reference.catalogue.procedure(code: code) != nil else {
            throw APIError(.procedureNotFound, code)
        }
        let abolition: ProcedureAbolition
        switch ProcedureAbolition.parse(code: code, effective: input.effective, decision: input.decision) {
        case .success(let a): abolition = a
        case .failure(let problem):
            throw problem == .badDate ? APIError(.badDate, input.effective) : APIError(.badDecision, LocalizedText(vi: problem.vietnamese, en: problem.english))
        }
        try await ReferenceRepository.recordAbolition(app: req.application, code: code, abolition, by: p.auditName, at: req.now)
        return AbolitionDTO(abolition)
    }

    /// Withdraws an abolition recorded by mistake.
    func withdrawAbolition(req: Request) async throws -> HTTPStatus {
        let p = try req.requireStaff()
        guard p.isAdministrator else { throw APIError.forbidden }
        let code = try req.parameters.require("code")
        guard try req.reference.changes.abolitions[code] != nil else {
            throw APIError(.abolitionNotFound, code)
        }
        try await ReferenceRepository.recordAbolition(app: req.application, code: code, nil, by: p.auditName, at: req.now)
        return .noContent
    }
}
