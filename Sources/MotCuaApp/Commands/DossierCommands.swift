import Fluent
import Foundation
import MotCuaCore
import Vapor

/// `motcua audit verify`: walks the hash chain and names the first entry that was changed, inserted or deleted.
struct AuditCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "verify (the chain, against the key and the checkpoints) or checkpoint (write one now)") var action: String
    }
    var help: String { "Verifies the sealed audit log against its key and checkpoints (exit 1 and the entry when it was tampered with), or writes a checkpoint." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard ["verify", "checkpoint"].contains(signature.action) else { throw CLIError("usage: motcua audit verify | motcua audit checkpoint") }
        let app = context.application
        try await app.autoMigrate()
        let config = app.motcuaConfig
        if signature.action == "checkpoint" {
            guard let file = config.auditCheckpointFile, let key = AuditChain.key else {
                throw CLIError("no checkpoint file: set MOTCUA_AUDIT_CHECKPOINTS")
            }
            let seq = try await AuditCheckpoints.write(app.db, key: key, file: file, after: 0, now: Date())
            print("checkpoint of entry \(seq) written to \(file.path)")
            return
        }
        let checkpoints = config.auditCheckpointFile.map { AuditCheckpoints.load($0, key: AuditChain.key) } ?? .init()
        let v = try await AuditChain.verify(app.db, key: AuditChain.key, checkpoints: checkpoints)
        let anchors = "checked against: " + v.anchors.joined(separator: "; ")
        if let problem = v.problem {
            print("audit log BROKEN at entry \(v.badSequence ?? 0): \(problem)")
            print("\(v.entries) entries before it verified; \(anchors)")
            throw ExitCode(1)
        }
        print("audit log intact: \(v.entries) entries, chain verified; \(anchors)")
    }
}

struct ExitCode: Error { let code: Int32; init(_ c: Int32) { code = c } }

/// `motcua sweep`: records near-due and overdue warnings now (the server also runs it periodically).
struct SweepCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Records near-due (≤ 1 working day) and overdue warnings for officers and leaders." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await prepareReferenceData(app)
        let r = try await DeadlineSweep.run(app: app, snapshot: app.reference.current!, now: Date())
        print("checked \(r.checked) open dossiers: \(r.nearDue) near due, \(r.overdue) overdue; \(r.warningsWritten) new warnings; \(r.conversationsDeleted) old assistant conversations deleted")
    }
}

/// `motcua outbox`: delivers due notifications once, and prints what is waiting.
struct OutboxCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Delivers the notifications that are due (MOTCUA_SMTP_URL, MOTCUA_WEBHOOK_URL) and reports the outbox." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        if app.motcuaConfig.webhookURL == nil {
            print(app.motcuaConfig.smtp == nil ? "Neither MOTCUA_SMTP_URL nor MOTCUA_WEBHOOK_URL is set: messages stay in the outbox"
                                               : "MOTCUA_WEBHOOK_URL is not set: texts (SMS) stay in the outbox")
        }
        let (d, f) = try await Outbox.deliverDue(app: app, now: Date(), limit: 1000)
        let counts = try await OutboxStore(db: app.db).countsByStatus().map { "\($0.status) \($0.count)" }
        print("delivered \(d), failed \(f); outbox: \(counts.joined(separator: ", "))")
    }
}

/// `motcua staff add` / `motcua token create`: set up accounts and integration tokens from the command line.
struct StaffCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "add") var action: String
        @Option(name: "login") var login: String?
        @Option(name: "name") var name: String?
        @Option(name: "role", help: "counterOfficer, specialist, divisionHead, leader, director, supervisor, administrator") var role: String?
        @Option(name: "unit", help: "unit code (commune or province)") var unit: String?
        @Option(name: "fields", help: "comma-separated fields the role is limited to") var fields: String?
    }
    var help: String { "Adds a staff account with one role (password read from MOTCUA_PASSWORD)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "add", let login = signature.login, let name = signature.name, let roleText = signature.role,
              let unit = signature.unit else {
            throw CLIError("usage: MOTCUA_PASSWORD=… motcua staff add --login L --name N --role R --unit CODE [--fields F1,F2]")
        }
        guard let password = ProcessInfo.processInfo.environment["MOTCUA_PASSWORD"], password.count >= 10 else {
            throw CLIError("set MOTCUA_PASSWORD (at least 10 characters) for the new account")
        }
        let app = context.application
        try await prepareReferenceData(app)
        let grant = try AdminController.validGrant(GrantInput(role: roleText, unitCode: unit, fields: signature.fields?.split(separator: ",").map(String.init)),
                                                   snapshot: app.reference.current!, today: LocalDateTime(Date()).date)
        let id = try await DemoSeed.createStaff(app: app, login: login, name: name, password: password, grants: [grant], by: "cli")
        print("staff account \(login) (\(id)): \(grant.role.rawValue) at \(grant.unitCode)")
    }
}

struct TokenCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "create") var action: String
        @Option(name: "name") var name: String?
        @Option(name: "scope", help: "space- or comma-separated: dossiers:submit dossiers:read payments:confirm agency:reply") var scope: String?
    }
    var help: String { "Creates a scoped API token for an integration (printed once)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "create", let name = signature.name, let scopeText = signature.scope else {
            throw CLIError("usage: motcua token create --name NAME --scope payments:confirm")
        }
        let scopes = try scopeText.split(whereSeparator: { $0 == " " || $0 == "," }).map { s in
            guard let scope = TokenScope(rawValue: String(s)) else { throw CLIError("unknown scope \(s)") }
            return scope
        }
        let app = context.application
        try await app.autoMigrate()
        let t = try await app.writeTransaction { db in
            let t = try await IdentityStore(db: db).createToken(name: name, scopes: scopes, expires: nil, now: Date())
            try await AuditChain.append(db, actor: "cli", action: "token.create", subject: "token:\(t.id)", detail: scopeText)
            return t
        }
        print(t.token)
    }
}

/// `motcua seed-demo`: one province (Hà Nội) with three communes, an officer of each role, a seconded officer
/// and a citizen — all with the demo password. For demonstrations only.
struct SeedDemoCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Creates demo accounts (password: \(DemoSeed.password)); see the README." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await prepareReferenceData(app)
        let created = try await DemoSeed.run(app: app)
        print(created.isEmpty ? "demo accounts already exist" : "created \(created.count) demo accounts: \(created.joined(separator: ", "))")
        print("password for every demo account: \(DemoSeed.password)")
    }
}

enum DemoSeed {
    static let password = "motcua-demo-2026"

    /// (login, name, [(role, unit)])
    static let accounts: [(String, String, [(Role, String)])] = [
        ("admin", "Quản trị hệ thống", [(.administrator, "01")]),
        ("giamsat.hanoi", "Giám sát Thành phố Hà Nội", [(.supervisor, "01")]),
        ("motcua.badinh", "Nguyễn Thị Lan (một cửa Ba Đình)", [(.counterOfficer, "00004")]),
        ("chuyenvien.badinh", "Trần Văn Minh (chuyên viên Ba Đình)", [(.specialist, "00004")]),
        ("truongphong.badinh", "Lê Thị Hoa (trưởng phòng Ba Đình)", [(.divisionHead, "00004")]),
        ("lanhdao.badinh", "Phạm Quốc Hùng (Phó Chủ tịch UBND phường Ba Đình)", [(.leader, "00004")]),
        ("giamdoc.badinh", "Đỗ Thanh Hà (Giám đốc Trung tâm PVHCC Ba Đình)", [(.director, "00004")]),
        ("motcua.ngocha", "Vũ Thị Mai (một cửa Ngọc Hà)", [(.counterOfficer, "00008")]),
        ("chuyenvien.ngocha", "Bùi Văn Nam (chuyên viên Ngọc Hà)", [(.specialist, "00008")]),
        ("lanhdao.ngocha", "Hoàng Thị Thu (lãnh đạo Ngọc Hà)", [(.leader, "00008")]),
        ("motcua.tinh", "Ngô Văn Bình (một cửa Trung tâm PVHCC Hà Nội)", [(.counterOfficer, "01")]),
        ("chuyenvien.tinh", "Đặng Thị Yến (chuyên viên cấp thành phố)", [(.specialist, "01")]),
        ("lanhdao.tinh", "Trịnh Văn Tâm (lãnh đạo cấp thành phố)", [(.leader, "01")]),
        ("bietphai.socson", "Lý Minh Đức (biệt phái từ thành phố về xã Sóc Sơn)", [(.specialist, "01"), (.specialist, "00376")]),
    ]

    static func run(app: Application) async throws -> [String] {
        let snapshot = app.reference.current!
        var created: [String] = []
        for (login, name, roles) in accounts {
            if try await IdentityStore(db: app.db).account(login: login) != nil { continue }
            let grants = roles.map { role, unit -> RoleGrant in
                let u = snapshot.units.unit(unit, asOf: LocalDateTime(Date()).date)!
                return RoleGrant(role: role, unitCode: unit, provinceCode: Routing.province(of: u))
            }
            _ = try await createStaff(app: app, login: login, name: name, password: password, grants: grants, by: "seed-demo")
            created.append(login)
        }
        if try await IdentityStore(db: app.db).account(login: "0912345678") == nil {
            let hash = try await Authentication.slowHash(password, app: app)
            let account = IdentityStore.Account(id: UUID().uuidString.lowercased(), kind: "citizen", login: "0912345678",
                                                fullName: "Nguyễn Văn An", passwordHash: hash, phone: "0912345678", email: nil,
                                                oidcSubject: nil, failedAttempts: 0, lockedUntil: nil, disabled: false,
                                                createdAt: LocalDateTime(Date()).description)
            try await app.writeTransaction { db in
                try await IdentityStore(db: db).insert(account)
                try await AuditChain.append(db, actor: "seed-demo", action: "auth.register", subject: "account:\(account.id)")
            }
            created.append("0912345678")
        }
        return created
    }

    static func createStaff(app: Application, login: String, name: String, password: String, grants: [RoleGrant], by actor: String) async throws -> String {
        let hash = try await Authentication.slowHash(password, app: app)
        let account = IdentityStore.Account(id: UUID().uuidString.lowercased(), kind: "staff", login: login.lowercased(), fullName: name,
                                            passwordHash: hash, phone: nil, email: nil, oidcSubject: nil, failedAttempts: 0,
                                            lockedUntil: nil, disabled: false, createdAt: LocalDateTime(Date()).description)
        try await app.writeTransaction { db in
            let store = IdentityStore(db: db)
            try await store.insert(account)
            try await AuditChain.append(db, actor: actor, action: "staff.create", subject: "account:\(account.id)", detail: login)
            for g in grants {
                _ = try await store.addGrant(account: account.id, grant: g, by: actor, at: Date())
                try await AuditChain.append(db, actor: actor, action: "permission.grant", subject: "account:\(account.id)",
                                            detail: "\(g.role.rawValue)@\(g.unitCode)")
            }
        }
        return account.id
    }
}

/// `motcua qr`: the QR code MotCua prints on receipt slips, as rows of 0 and 1 (or SVG), for checking against other encoders.
struct QRCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "text") var text: String?
        @Option(name: "level", help: "L or M (default M)") var level: String?
        @Option(name: "version", help: "1–10 (default: the smallest that fits)") var version: Int?
        @Option(name: "mask", help: "0–7 (default: the lowest penalty)") var mask: Int?
        @Flag(name: "svg") var svg: Bool
    }
    var help: String { "Encodes text as a QR code (byte mode, versions 1–10)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let text = signature.text else { throw CLIError("usage: motcua qr --text TEXT [--level L|M] [--version V] [--mask M] [--svg]") }
        if let v = signature.version, !(1...10).contains(v) { throw CLIError("--version must be 1 to 10") }
        if let m = signature.mask, !(0...7).contains(m) { throw CLIError("--mask must be 0 to 7") }
        let level: QRCode.Level
        switch signature.level?.uppercased() ?? "M" {
        case "L": level = .low
        case "M": level = .medium
        default: throw CLIError("--level must be L or M")
        }
        let code: QRCode
        do { code = try QRCode(text: text, level: level, version: signature.version, mask: signature.mask) } catch {
            throw CLIError("the text is too long for the version asked (at most version 10)")
        }
        if signature.svg { print(code.svg()); return }
        print("version \(code.version) mask \(code.mask)")
        for row in code.modules { print(String(row.map { $0 ? "1" : "0" })) }
    }
}

/// `motcua catalogue abolish`: records that a decision abolishes a procedure from a day (or withdraws a mistaken record).
struct CatalogueCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "abolish") var action: String
        @Option(name: "procedure", help: "the procedure's code, e.g. 1.001193") var procedure: String?
        @Option(name: "from", help: "the day it takes effect, YYYY-MM-DD") var from: String?
        @Option(name: "decision", help: "the abolishing decision, e.g. \"Quyết định 1234/QĐ-BTP ngày 20/11/2026\"") var decision: String?
        @Flag(name: "withdraw", help: "withdraw an abolition recorded by mistake") var withdraw: Bool
    }
    var help: String { "Records a procedure's abolition by a decision from a day: catalogue abolish --procedure C --from D --decision T [--withdraw]" }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "abolish" else { throw CLIError("unknown action \(signature.action); use: catalogue abolish") }
        guard let code = signature.procedure else { throw CLIError("--procedure is required") }
        let app = context.application
        try await prepareReferenceData(app)
        let snapshot = app.reference.current!
        guard snapshot.catalogue.procedure(code: code) != nil else { throw CLIError("no procedure \(code) in the catalogue") }
        if signature.withdraw {
            guard snapshot.changes.abolitions[code] != nil else { throw CLIError("no abolition is recorded for \(code)") }
            try await ReferenceRepository.recordAbolition(app: app, code: code, nil, by: "cli", at: Date())
            print("withdrew the abolition of \(code)")
            return
        }
        switch ProcedureAbolition.parse(code: code, effective: signature.from ?? "", decision: signature.decision ?? "") {
        case .success(let abolition):
            try await ReferenceRepository.recordAbolition(app: app, code: code, abolition, by: "cli", at: Date())
            print("recorded: \(abolition.vietnamese)")
        case .failure(let problem):
            throw CLIError(problem.english)
        }
    }
}
