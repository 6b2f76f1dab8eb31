import Fluent
import Foundation
import MotCuaCore
import Vapor

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
