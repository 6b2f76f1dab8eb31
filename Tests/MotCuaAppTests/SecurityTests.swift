import Foundation
import SQLKit
import Testing
import VaporTesting
@testable import MotCuaApp
@testable import MotCuaCore

@Suite("Identity, permissions, audit and bad input")
struct SecurityTests {
    /// Ba Đình (00004) officers of every role; the "other unit" is Ngọc Hà (00008).
    static let ownUnitStaff: [(String, Role)] = [
        ("motcua.badinh", .counterOfficer), ("chuyenvien.badinh", .specialist), ("truongphong.badinh", .divisionHead),
        ("lanhdao.badinh", .leader), ("giamdoc.badinh", .director),
    ]

    static func body(for action: DossierAction, api: APIClient) async throws -> [String: Any] {
        var b: [String: Any] = ["reason": "Kiểm tra ma trận quyền"]
        if action.needsAssignee { b["assignee"] = try await api.accountId("chuyenvien.badinh") }
        if action == .transfer { b["targetUnit"] = "01" }
        if action == .apologise { b["newAppointment"] = "2026-04-30T09:00:00+07:00" }
        return b
    }

    @Test("The permission matrix: every dossier action and staff endpoint × every role × own unit / other unit", arguments: Engine.available)
    func permissionMatrix(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            api.setNow("2026-03-02T09:00:00+07:00")
            // A dossier of another unit (received and decided in Ngọc Hà).
            let other = (try await api.counter("1.004194", unit: "00008", as: "motcua.ngocha", applicant: APIClient.applicant(commune: "00008"))).object["code"] as! String
            var checked = 0
            for (login, role) in Self.ownUnitStaff {
                for action in DossierAction.allCases where action != .submit {
                    // Other unit: no access at all, whatever the matrix says about the role.
                    let r = try await api.act(other, action.rawValue, as: login, try await Self.body(for: action, api: api))
                    #expect(r.status == .notFound, "\(login) \(action) on another unit's dossier: \(r.status) \(r.text)")
                    // Own unit, in a state where the action is legal: allowed exactly when the matrix says so.
                    let own = try await Self.dossier(in: action, api: api)
                    let mine = try await api.act(own, action.rawValue, as: login, try await Self.body(for: action, api: api))
                    let allowed = DossierLifecycle.roles(for: action).contains(role)
                    if allowed {
                        #expect(![.unauthorized, .forbidden, .notFound].contains(mine.status), "\(login) may \(action): \(mine.status) \(mine.text)")
                    } else {
                        #expect(mine.status == .forbidden, "\(login) may not \(action): \(mine.status) \(mine.text)")
                    }
                    checked += 2
                }
                // Reading: own dossier yes, other's no; inbox of own unit yes, other unit no; export only for leaders and directors.
                #expect(try await api.call(.GET, "api/v1/dossiers/\(other)", as: login).status == .notFound)
                #expect(try await api.call(.GET, "api/v1/staff/dossiers?unit=00004", as: login).status == .ok)
                #expect(try await api.call(.GET, "api/v1/staff/dossiers?unit=00008", as: login).status == .forbidden)
                #expect(try await api.call(.GET, "api/v1/staff/dossiers?unit=01", as: login).status == .forbidden)
                let export = try await api.call(.GET, "api/v1/staff/export", as: login)
                #expect(export.status == ([.leader, .director].contains(role) ? .ok : .forbidden))
                #expect(!export.text.contains(other), "an export never carries another unit's dossiers")
                if export.status == .ok {
                    let first = export.text.split(separator: "\n").first.map(String.init) ?? ""
                    #expect(first.contains("\"MaHoSo\":\"00004-") && first.contains("\"TrangThaiHoSo\":\""), "national vocabulary: \(first)")
                }
                // Staff management: a director in their own unit only; tokens: administrators only.
                let staff = try await api.call(.POST, "api/v1/admin/staff", as: login, json: [
                    "login": "moi.\(login)", "fullName": "Cán bộ mới", "password": "mat-khau-dai-du",
                    "grants": [["role": "specialist", "unitCode": "00004"]]])
                #expect(staff.status == (role == .director ? .created : .forbidden), "\(login) staff: \(staff.text)")
                let elsewhere = try await api.call(.POST, "api/v1/admin/staff", as: login, json: [
                    "login": "khac.\(login)", "fullName": "Cán bộ khác", "password": "mat-khau-dai-du",
                    "grants": [["role": "specialist", "unitCode": "00008"]]])
                #expect(elsewhere.status == .forbidden)
                #expect(try await api.call(.POST, "api/v1/admin/tokens", as: login, json: ["name": "x", "scopes": ["dossiers:read"]]).status == .forbidden)
                checked += 8
            }
            // The provincial supervisor sees the whole province and acts on nothing; the administrator does everything.
            #expect(try await api.call(.GET, "api/v1/dossiers/\(other)", as: "giamsat.hanoi").status == .ok)
            #expect(try await api.call(.GET, "api/v1/staff/dossiers?unit=01&limit=500", as: "giamsat.hanoi").text.contains(other))
            for action in DossierAction.allCases where action != .submit {
                let own = try await Self.dossier(in: action, api: api)
                #expect(try await api.act(own, action.rawValue, as: "giamsat.hanoi", try await Self.body(for: action, api: api)).status == .forbidden)
                let admin = try await api.act(own, action.rawValue, as: "admin", try await Self.body(for: action, api: api))
                let adminAllowed = DossierLifecycle.roles(for: action).contains(.administrator)
                #expect(adminAllowed ? ![.forbidden, .notFound].contains(admin.status) : admin.status == .forbidden, "admin \(action): \(admin.text)")
            }
            #expect(try await api.call(.POST, "api/v1/admin/tokens", as: "admin", json: ["name": "cổng thanh toán", "scopes": ["payments:confirm"]]).status == .created)
            // Anonymous callers reach no staff endpoint.
            for path in ["api/v1/staff/dossiers", "api/v1/staff/warnings", "api/v1/staff/export"] {
                #expect(try await api.call(.GET, path).status == .unauthorized)
            }
            #expect(checked > 200)
        }
    }

    /// A fresh Ba Đình dossier in a state from which `action` is legal.
    static func dossier(in action: DossierAction, api: APIClient) async throws -> String {
        let sources = DossierLifecycle.sources(of: action)
        if sources.contains(.submitted) && !sources.contains(.received) {
            return (try await api.call(.POST, "api/v1/dossiers", json: ["procedureCode": "1.004194", "unitCode": "00004", "applicant": APIClient.applicant()])).object["code"] as! String
        }
        if sources == [.transferred] {
            // Transferred into Ba Đình from Ngọc Hà.
            let code = (try await api.counter("1.004194", unit: "00008", as: "motcua.ngocha", applicant: APIClient.applicant(commune: "00008"))).object["code"] as! String
            let r = try await api.act(code, "transfer", as: "admin", ["targetUnit": "00004", "reason": "Thuộc thẩm quyền phường Ba Đình"])
            #expect(r.status == .ok, "\(r.text)")
            return code
        }
        let code = (try await api.counter("1.004194")).object["code"] as! String
        if sources.contains(.received) { return code }
        let specialist = try await api.accountId("chuyenvien.badinh")
        _ = try await api.act(code, "assign", as: "admin", ["assignee": specialist])
        let prepare: [DossierState: [(String, [String: Any])]] = [
            .processing: [],
            .supplementRequested: [("requestSupplement", ["reason": "x"])],
            .paymentRequested: [("requestPayment", [:])],
            .waitingForAgency: [("consultAgency", ["reason": "x"])],
            .awaitingApproval: [("submitForApproval", [:])],
            .completed: [("submitForApproval", [:]), ("approve", [:])],
            .transferred: [("transfer", ["targetUnit": "00008", "reason": "x"])],
        ]
        let target = [.processing, .supplementRequested, .paymentRequested, .waitingForAgency, .awaitingApproval, .completed, .transferred]
            .first { sources.contains($0) }!
        for (a, b) in prepare[target]! {
            let r = try await api.act(code, a, as: "admin", b)
            #expect(r.status == .ok, "preparing \(target): \(a) \(r.text)")
        }
        return code
    }

    @Test("Audit log: every transition is chained; altering or deleting an entry is detected at that entry", arguments: Engine.available)
    func auditChain(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            let code = (try await api.counter("1.001193")).object["code"] as! String
            _ = try await api.call(.GET, "api/v1/dossiers/\(code)", as: "lanhdao.badinh")
            let sql = app.db as! any SQLDatabase
            let ok = try await AuditChain.verify(app.db, key: AuditChain.key)
            #expect(ok.problem == nil && ok.entries > 20)
            let actions = try await sql.select().column("action").from("audit_log").where("subject", .equal, SQLBind(code)).orderBy("seq").all()
                .map { try $0.decode(column: "action", as: String.self) }
            #expect(actions == ["dossier.submit", "dossier.receive", "dossier.read"])
            let target = ok.entries - 1
            try await sql.update("audit_log").set("detail", to: SQLBind("sửa lén")).where("seq", .equal, SQLBind(target)).run()
            let changed = try await AuditChain.verify(app.db, key: AuditChain.key)
            #expect(changed.badSequence == target && (changed.problem ?? "").contains("entry \(target) was changed"))
            try await sql.delete(from: "audit_log").where("seq", .equal, SQLBind(target)).run()
            let deleted = try await AuditChain.verify(app.db, key: AuditChain.key)
            #expect(deleted.badSequence == target && (deleted.problem ?? "").contains("missing"))
        }
    }

    @Test("Sign-in: wrong passwords lock the account; forged and expired sessions are refused; cookies need the CSRF token", arguments: Engine.available)
    func signIn(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            for _ in 0..<5 {
                let r = try await api.call(.POST, "api/v1/auth/sign-in", json: ["login": "motcua.ngocha", "password": "sai-mat-khau"])
                #expect(r.status == .unauthorized && r.code == "bad_credentials")
            }
            let locked = try await api.call(.POST, "api/v1/auth/sign-in", json: ["login": "motcua.ngocha", "password": DemoSeed.password])
            #expect(locked.status == .tooManyRequests && locked.code == "account_locked")
            let unknown = try await api.call(.POST, "api/v1/auth/sign-in", json: ["login": "khong.co", "password": "x"])
            #expect(unknown.code == "bad_credentials", "unknown logins look the same as wrong passwords")

            #expect(try await api.call(.GET, "api/v1/staff/dossiers", token: "s_forged-token").status == .unauthorized)
            #expect(try await api.call(.GET, "api/v1/staff/dossiers", token: "t_forged-token").status == .unauthorized)
            let signIn = try await api.call(.POST, "api/v1/auth/sign-in", json: ["login": "lanhdao.badinh", "password": DemoSeed.password])
            let token = signIn.object["token"] as! String
            let csrf = signIn.object["csrf"] as! String
            let cookie = signIn.headers.first(name: .setCookie) ?? ""
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"))
            let code = (try await api.counter("1.001193")).object["code"] as! String
            let noCsrf = try await api.call(.POST, "api/v1/dossiers/\(code)/actions/apologise", json: ["reason": "x"], headers: [("Cookie", "motcua_session=\(token)")])
            #expect(noCsrf.status == .forbidden && noCsrf.code == "csrf")
            let withCsrf = try await api.call(.POST, "api/v1/dossiers/\(code)/actions/apologise", json: ["reason": "x"],
                                              headers: [("Cookie", "motcua_session=\(token)"), ("X-CSRF-Token", csrf)])
            #expect(withCsrf.code == "new_appointment_required", "past CSRF, the action's own validation answers")
            // Eight hours later the session has expired.
            app.clock.set(Date().addingTimeInterval(9 * 3600))
            #expect(try await api.call(.GET, "api/v1/staff/dossiers", token: token).status == .unauthorized)
        }
    }

    @Test("Scoped integration tokens: a payment gateway may only confirm payments")
    func tokens() async throws {
        try await withApp(.sqlite) { app in
            let api = try await APIClient.seeded(app)
            let created = try await api.call(.POST, "api/v1/admin/tokens", as: "admin", json: ["name": "Cổng thanh toán", "scopes": ["payments:confirm"]])
            let token = created.object["token"] as! String
            let code = (try await api.counter("1.004194")).object["code"] as! String
            _ = try await api.act(code, "assign", as: "truongphong.badinh", ["assignee": try await api.accountId("chuyenvien.badinh")])
            _ = try await api.act(code, "requestPayment", as: "chuyenvien.badinh")
            #expect(try await api.call(.POST, "api/v1/dossiers/\(code)/actions/approve", token: token, json: [:]).status == .forbidden)
            #expect(try await api.call(.GET, "api/v1/staff/dossiers", token: token).status == .forbidden)
            let paid = try await api.call(.POST, "api/v1/dossiers/\(code)/actions/confirmPayment", token: token, json: ["amount": 10_000])
            #expect(paid.status == .ok && paid.object["state"] as? String == "processing")
            #expect(try await api.call(.DELETE, "api/v1/admin/tokens/\(created.object["id"] as! String)", as: "admin").status == .noContent)
            #expect(try await api.call(.POST, "api/v1/dossiers/\(code)/actions/confirmPayment", token: token, json: [:]).status == .unauthorized)
        }
    }

    @Test("Bad input: a clear 4xx and nothing half-saved", arguments: Engine.available)
    func badInput(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            func submit(_ changes: [String: Any], applicant: [String: Any] = APIClient.applicant()) async throws -> APIClient.Reply {
                var body: [String: Any] = ["procedureCode": "1.004194", "unitCode": "00004", "applicant": applicant]
                for (k, v) in changes { body[k] = v }
                return try await api.call(.POST, "api/v1/dossiers", json: body)
            }
            #expect(try await submit([:], applicant: APIClient.applicant(id: "12345")).code == "bad_id_number")
            #expect(try await submit([:], applicant: APIClient.applicant(id: "999203012345")).code == "bad_id_number")
            #expect(try await submit([:], applicant: APIClient.applicant(phone: "12")).code == "bad_phone")
            #expect(try await submit(["procedureCode": "9.999999"]).status == .notFound)
            #expect(try await submit(["procedureCode": "1.000178"]).code == "no_local_authority")          // a ministry's procedure
            #expect(try await submit(["unitCode": "25747", "competentUnitCode": "00004"]).code == "outside_province") // received in Hồ Chí Minh City for a Hà Nội ward
            #expect(try await submit(["competentUnitCode": "01"]).code == "unit_without_authority")        // a commune procedure, the city asked
            #expect(try await submit(["channel": "counter"]).code == "counter_needs_officer")
            let html = try await submit([:], applicant: ["fullName": "<script>alert(1)</script>", "idNumber": "001203012345", "phone": "0987654321"])
            #expect(html.code == "bad_name")
            let sqlish = try await submit([:], applicant: ["fullName": "Robert'); DROP TABLE dossiers;--", "idNumber": "001203012345", "phone": "0987654321"])
            #expect(sqlish.status == .created, "stored inert")
            let exe = Data("MZ\u{90}\u{0}fake executable".utf8).base64EncodedString()
            let disguised = try await submit(["documents": [["fileName": "to-khai.pdf", "contentBase64": exe]]])
            #expect(disguised.status == .unsupportedMediaType && disguised.code == "file_type")
            let big = Data([0x25, 0x50, 0x44, 0x46, 0x2D] + [UInt8](repeating: 0x20, count: 11 * 1024 * 1024)).base64EncodedString()
            #expect(try await submit(["documents": [["fileName": "lon.pdf", "contentBase64": big]]]).status == .payloadTooLarge)
            let count = try await (app.db as! any SQLDatabase).select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("dossiers")
                .first().map { try $0.decode(column: "n", as: Int.self) }
            #expect(count == 1, "only the inert SQL-looking name was stored")

            // Uploads after submission: sniffed by content, names stripped of paths, stored by hash.
            let code = sqlish.object["code"] as! String
            let pdf = Data("%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF".utf8)
            let up = try await api.call(.POST, "api/v1/dossiers/\(code)/documents?phone=0987654321&fileName=..%2F..%2Fetc%2Fpasswd.pdf&docType=T%E1%BB%9D%20khai", body: pdf)
            #expect(up.status == .created, "\(up.text)")
            #expect(up.object["fileName"] as? String == "passwd.pdf")
            let png = try await api.call(.POST, "api/v1/dossiers/\(code)/documents?phone=0987654321&fileName=anh.png", body: Data("GIF89a....".utf8))
            #expect(png.code == "file_type")
            let stranger = try await api.call(.POST, "api/v1/dossiers/\(code)/documents?phone=0911111111&fileName=a.pdf", body: pdf)
            #expect(stranger.status == .notFound)
            let sha = up.object["sha256"] as! String
            let stored = app.motcuaConfig.filesDirectory.appendingPathComponent(String(sha.prefix(2))).appendingPathComponent(sha)
            #expect(FileManager.default.fileExists(atPath: stored.path))
            let download = try await api.call(.GET, "api/v1/dossiers/\(code)/documents/\(up.object["id"] as! String)", as: "motcua.badinh")
            #expect(download.status == .ok && download.text.hasPrefix("%PDF"))
            let audited = try await (app.db as! any SQLDatabase).select().column("action").from("audit_log")
                .where("subject", .equal, SQLBind(code)).orderBy("seq").all().map { try $0.decode(column: "action", as: String.self) }
            #expect(audited == ["dossier.submit", "document.upload", "document.read"], "every document access is on record")
        }
    }
}

@Suite("Citizen accounts")
struct CitizenAccountTests {
    @Test("A citizen registers, submits while signed in, and sees only their own dossiers", arguments: Engine.available)
    func ownDossiers(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            let reg = try await api.call(.POST, "api/v1/auth/register", json: ["login": "+84 987 111 222", "fullName": "Lê Văn Cường", "password": "mat-khau-rat-dai"])
            #expect(reg.status == .created && reg.object["login"] as? String == "0987111222")
            #expect(try await api.call(.POST, "api/v1/auth/register", json: ["login": "0987111222", "fullName": "Lê Văn Cường", "password": "mat-khau-rat-dai"]).code == "login_taken")
            #expect(try await api.call(.POST, "api/v1/auth/register", json: ["login": "0987111333", "fullName": "Ngắn", "password": "ngan"]).code == "weak_password")
            let signIn = try await api.call(.POST, "api/v1/auth/sign-in", json: ["login": "0987111222", "password": "mat-khau-rat-dai"])
            let token = signIn.object["token"] as! String
            let submitted = try await api.call(.POST, "api/v1/dossiers", token: token, json: [
                "procedureCode": "1.001193", "unitCode": "00004", "applicant": APIClient.applicant(phone: "0987111222")])
            #expect(submitted.status == .created)
            let code = submitted.object["code"] as! String
            let mine = try await api.call(.GET, "api/v1/me/dossiers", token: token)
            #expect(mine.object["total"] as? Int == 1 && mine.text.contains(code))
            // The owner may withdraw without repeating the phone; another citizen sees nothing.
            #expect(try await api.act(code, "withdraw", as: nil, ["reason": "Nộp nhầm thủ tục"]).status == .unauthorized)
            let withdrawn = try await api.call(.POST, "api/v1/dossiers/\(code)/actions/withdraw", token: token, json: ["reason": "Nộp nhầm thủ tục"])
            #expect(withdrawn.object["state"] as? String == "withdrawn" && withdrawn.object["statusCode"] as? Int == 7)
            let other = try await api.call(.GET, "api/v1/me/dossiers", as: "0912345678")
            #expect(other.object["total"] as? Int == 0)
            #expect(try await api.call(.GET, "api/v1/me/dossiers", as: "motcua.badinh").status == .forbidden)
            #expect(try await api.call(.GET, "api/v1/staff/dossiers", token: token).status == .forbidden)
        }
    }
}

extension CitizenAccountTests {
    @Test("A citizen's drafts, payments and ratings: a draft is sent once, a fee paid is on record, an ended dossier is rated once", arguments: Engine.available)
    func draftsPaymentsFeedback(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            api.setNow("2026-03-02T09:00:00+07:00")
            let me = "0912345678"
            // A draft keeps what is typed so far and says what is missing.
            let partial = try await api.call(.POST, "api/v1/me/drafts", as: me, json: ["procedureCode": "1.004194", "applicant": ["fullName": "Nguyễn Văn An"]])
            #expect(partial.status == .created, "\(partial.text)")
            let id = try #require(partial.object["id"] as? String)
            #expect(partial.object["missing"] as? [String] == ["unitCode", "applicant.idNumber", "applicant.phone"])
            #expect(partial.object["procedureName"] as? String != nil)
            #expect(try await api.call(.POST, "api/v1/me/drafts/\(id)/submit", as: me).code == "draft_incomplete")
            // Nobody else sees it: another citizen's draft is "not found", staff and strangers are refused.
            _ = try await api.call(.POST, "api/v1/auth/register", json: ["login": "0987111444", "fullName": "Trần Thị Khác", "password": DemoSeed.password])
            #expect(try await api.call(.GET, "api/v1/me/drafts/\(id)", as: "0987111444").status == .notFound)
            #expect(try await api.call(.DELETE, "api/v1/me/drafts/\(id)", as: "0987111444").status == .notFound)
            #expect(try await api.call(.GET, "api/v1/me/drafts", as: "motcua.badinh").status == .forbidden)
            #expect(try await api.call(.GET, "api/v1/me/drafts").status == .unauthorized)
            let complete: [String: Any] = ["procedureCode": "1.004194", "unitCode": "00004", "channel": "online",
                                           "applicant": ["fullName": "Nguyễn Văn An", "idNumber": "001203012345", "phone": me, "communeCode": "00004"]]
            let updated = try await api.call(.PUT, "api/v1/me/drafts/\(id)", as: me, json: complete)
            #expect(updated.object["missing"] as? [String] == [])
            // The e-form is checked when the draft is sent; its documents go into their slots one by one.
            #expect(try await api.call(.POST, "api/v1/me/drafts/\(id)/submit", as: me).code == "form_invalid")
            var withForm = complete
            withForm["form"] = APIClient.residenceForm(applicant: complete["applicant"] as! [String: Any])
            withForm["attachments"] = [["slot": "lawfulResidence", "sha256": String(repeating: "0", count: 64), "fileName": "x.pdf", "mediaType": "application/pdf", "size": 1]]
            let declared = try await api.call(.PUT, "api/v1/me/drafts/\(id)", as: me, json: withForm)
            #expect((declared.object["content"] as? [String: Any])?["attachments"] == nil, "attachments are never set from the API: \(declared.text)")
            let pdf = Data(base64Encoded: APIClient.pdfBase64)!
            let forged = try await api.call(.POST, "api/v1/me/drafts/\(id)/attachments?slot=passport&fileName=a.pdf", as: me, body: pdf)
            #expect(forged.code == "form_invalid")
            let exe = try await api.call(.POST, "api/v1/me/drafts/\(id)/attachments?slot=lawfulResidence&fileName=a.pdf", as: me, body: Data("MZ..".utf8))
            #expect(exe.code == "file_type")
            let attached = try await api.call(.POST, "api/v1/me/drafts/\(id)/attachments?slot=lawfulResidence&fileName=so-do.pdf", as: me, body: pdf)
            #expect(attached.status == .ok && ((attached.object["content"] as? [String: Any])?["attachments"] as? [[String: Any]])?.first?["slot"] as? String == "lawfulResidence",
                    "\(attached.text)")
            #expect(try await api.call(.POST, "api/v1/me/drafts/\(id)/attachments?slot=lawfulResidence&fileName=b.pdf", as: "0987111444", body: pdf).status == .notFound)
            #expect(try await api.call(.POST, "api/v1/me/drafts", as: me, json: ["procedureCode": String(repeating: "x", count: 70_000)]).code == "draft_too_large")
            let sent = try await api.call(.POST, "api/v1/me/drafts/\(id)/submit", as: me)
            #expect(sent.status == .created, "\(sent.text)")
            let code = try #require(sent.object["code"] as? String)
            #expect(try await api.call(.GET, "api/v1/me/drafts/\(id)", as: me).status == .notFound, "a sent draft is gone")
            let drafts = try await api.call(.GET, "api/v1/me/drafts", as: me)
            #expect(drafts.text == "[]")
            // At most 50 drafts per account; the 51st is refused and nothing else changes.
            for _ in 0..<CitizenAccount.maxDrafts {
                #expect(try await api.call(.POST, "api/v1/me/drafts", as: "0987111444", json: ["procedureCode": "1.001193"]).status == .created)
            }
            #expect(try await api.call(.POST, "api/v1/me/drafts", as: "0987111444", json: ["procedureCode": "1.001193"]).code == "too_many_drafts")

            // The fee: owed, then awaited (clock paused), then paid through the gateway with its reference.
            func payment() async throws -> [String: Any] {
                let r = try await api.call(.GET, "api/v1/me/payments", as: me)
                let items = (try JSONSerialization.jsonObject(with: Data(r.text.utf8)) as? [[String: Any]]) ?? []
                return items.first { $0["dossierCode"] as? String == code } ?? [:]
            }
            #expect(try await payment()["paid"] as? Bool == false)
            #expect(try await api.act(code, "receive", as: "motcua.badinh").status == .ok)
            _ = try await api.act(code, "assign", as: "truongphong.badinh", ["assignee": try await api.accountId("chuyenvien.badinh")])
            // A payment detail out of its list is refused with any action, not ignored (the fuzzer sent one with "stop").
            #expect(try await api.act(code, "requestPayment", as: "chuyenvien.badinh", ["paymentMethod": "__not_in_enum__"]).code
                    == "bad_payment_method")
            _ = try await api.act(code, "requestPayment", as: "chuyenvien.badinh")
            #expect(try await payment()["awaitingPayment"] as? Bool == true)
            let gateway = try await api.call(.POST, "api/v1/admin/tokens", as: "admin", json: ["name": "Cổng thanh toán", "scopes": ["payments:confirm"]])
            let token = try #require(gateway.object["token"] as? String)
            #expect(try await api.call(.POST, "api/v1/dossiers/\(code)/actions/confirmPayment", token: token,
                                       json: ["paymentMethod": "cash-in-a-bag"]).code == "bad_payment_method")
            let paid = try await api.call(.POST, "api/v1/dossiers/\(code)/actions/confirmPayment", token: token,
                                          json: ["amount": 10_000, "paymentMethod": "online", "paymentReference": "PAYGOV-2026-000123"])
            #expect(paid.status == .ok, "\(paid.text)")
            let record = try await payment()
            #expect(record["paid"] as? Bool == true && record["awaitingPayment"] as? Bool == false)
            #expect(record["amount"] as? Int == 10_000 && record["method"] as? String == "online" && record["reference"] as? String == "PAYGOV-2026-000123")
            #expect(record["paidAt"] as? String == "2026-03-02T09:00:00+07:00")

            // A rating only once the dossier has ended; a dissatisfied one says why; once only; the officers see it.
            #expect(try await api.call(.POST, "api/v1/dossiers/\(code)/feedback", as: me, json: ["rating": "satisfied"]).code == "dossier_not_ended")
            _ = try await api.act(code, "submitForApproval", as: "chuyenvien.badinh")
            _ = try await api.act(code, "approve", as: "lanhdao.badinh")
            #expect(try await api.act(code, "returnResult", as: "motcua.badinh").object["state"] as? String == "returned")
            #expect(try await api.call(.POST, "api/v1/dossiers/\(code)/feedback", json: ["rating": "satisfied", "phone": "0900000000"]).status == .notFound)
            // An officer who may see the dossier is told only the applicant rates; one who may not, that there is no such dossier.
            #expect(try await api.call(.POST, "api/v1/dossiers/\(code)/feedback", as: "motcua.badinh", json: ["rating": "satisfied"]).status == .forbidden)
            #expect(try await api.call(.POST, "api/v1/dossiers/\(code)/feedback", as: "motcua.ngocha", json: ["rating": "satisfied"]).status == .notFound)
            #expect(try await api.call(.POST, "api/v1/dossiers/\(code)/feedback", as: me, json: ["rating": "5 sao"]).code == "bad_rating")
            #expect(try await api.call(.POST, "api/v1/dossiers/\(code)/feedback", as: me, json: ["rating": "dissatisfied"]).code == "comment_required")
            let rated = try await api.call(.POST, "api/v1/dossiers/\(code)/feedback", as: me,
                                           json: ["rating": "dissatisfied", "comment": "<b>Phải đi lại hai lần</b>\u{0}"])
            #expect(rated.status == .created, "\(rated.text)")
            #expect(rated.object["comment"] as? String == "<b>Phải đi lại hai lần</b>", "control characters dropped, the text kept as typed (escaped where shown)")
            #expect(try await api.call(.POST, "api/v1/dossiers/\(code)/feedback", json: ["rating": "very_satisfied", "phone": me]).code == "already_rated")
            let mine = try await api.call(.GET, "api/v1/me/feedback", as: me)
            #expect(mine.text.contains(code) && mine.text.contains("Không hài lòng"))
            let seen = try await api.call(.GET, "api/v1/dossiers/\(code)", as: "lanhdao.badinh")
            #expect((seen.object["feedback"] as? [String: Any])?["rating"] as? String == "dissatisfied")
            let audited = try await (app.db as! any SQLDatabase).select().column("action").from("audit_log")
                .where("subject", .equal, SQLBind(code)).where("action", .equal, SQLBind("dossier.feedback")).all()
            #expect(audited.count == 1)
        }
    }
}

@Suite("Public lookup")
struct PublicLookupTests {
    @Test("The tracking page answers with the right phone only, escapes what it shows, and lookups are rate-limited")
    func trackingAndLimits() async throws {
        try await withApp(.sqlite) { app in
            let api = APIClient(app)
            let code = (try await api.call(.POST, "api/v1/dossiers", json: ["procedureCode": "1.001193", "unitCode": "00004",
                                                                             "applicant": APIClient.applicant()])).object["code"] as! String
            let page = try await api.call(.GET, "tra-cuu?ma=\(code)&phone=0987654321")
            #expect(page.text.contains("Mới nộp, chờ tiếp nhận") && page.text.contains("dự kiến"))
            let wrong = try await api.call(.GET, "tra-cuu?ma=\(code)&phone=0911111111")
            #expect(wrong.text.contains("Không tìm thấy hồ sơ") && !wrong.text.contains("Mới nộp"))
            let script = try await api.call(.GET, "tra-cuu?ma=%3Cscript%3E&phone=1")
            #expect(!script.text.contains("<script>") && script.text.contains("&lt;script&gt;"))

            app.motcuaConfig.rateLimits = true
            api.setNow("2026-03-02T09:00:30+07:00")   // one instant: the window cannot roll over mid-test on a slow machine
            var statuses: [HTTPStatus] = []
            for _ in 0..<(RateLimiter.Limit.lookup.requests + 1) {
                statuses.append(try await api.call(.GET, "api/v1/dossiers/\(code)?phone=0987654321").status)
            }
            #expect(statuses.dropLast().allSatisfy { $0 == .ok })
            let limited = try await api.call(.GET, "api/v1/dossiers/\(code)?phone=0987654321")
            #expect(limited.status == .tooManyRequests && limited.code == "rate_limited")
            #expect(try await api.call(.GET, "tra-cuu?ma=\(code)&phone=0987654321").status == .tooManyRequests, "the page shares the limit")
        }
    }
}
