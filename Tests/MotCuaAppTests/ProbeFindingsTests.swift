import Foundation
import SQLKit
import Synchronization
import Testing
import VaporTesting
@testable import MotCuaApp
@testable import MotCuaCore

/// One test per class of what the outside probe found (issue 12): each walks the class, not the one request shown.
@Suite("Probe findings")
struct ProbeFindingsTests {
    static func submit(_ api: APIClient, procedure: String = "1.004194", unit: String = "00004", applicant: [String: Any] = APIClient.applicant(),
                       key: String? = nil, as login: String? = nil, token: String? = nil) async throws -> APIClient.Reply {
        try await api.call(.POST, "api/v1/dossiers", as: login, token: token,
                           json: ["procedureCode": procedure, "unitCode": unit, "applicant": applicant, "channel": "online"],
                           headers: key.map { [("Idempotency-Key", $0)] } ?? [])
    }

    @Test("Idempotency keys belong to their caller: another person's request with the same key gets its own dossier; a key reused for another request is refused", arguments: Engine.available)
    func idempotencyKeys(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            api.setNow("2026-03-02T09:00:00+07:00")
            // Two anonymous people, one key: each gets a dossier of their own.
            let a = try await Self.submit(api, key: "order-1")
            #expect(a.status == .created)
            let b = try await Self.submit(api, procedure: "1.001193", unit: "00008",
                                          applicant: APIClient.applicant(commune: "00008", phone: "0912000111", id: "001198000222"), key: "order-1")
            #expect(b.status == .created, "B's dossier is recorded: \(b.text)")
            let codeA = try #require(a.object["code"] as? String), codeB = try #require(b.object["code"] as? String)
            #expect(codeA != codeB)
            #expect(try await api.call(.GET, "api/v1/dossiers/\(codeB)?phone=0912000111").object["procedureCode"] as? String == "1.001193")
            // A's retry of the same request is the same dossier.
            let retry = try await Self.submit(api, key: "order-1")
            #expect(retry.status == .ok && retry.object["code"] as? String == codeA)

            // Signed-in callers: one key, one request; another request with it is refused (422), not answered with the first.
            let token = try #require(try await api.call(.POST, "api/v1/admin/tokens", as: "admin",
                                                        json: ["name": "Cổng DVC", "scopes": ["dossiers:submit"]]).object["token"] as? String)
            for caller in [("citizen", "0912345678", nil), ("counter officer", "motcua.badinh", nil), ("integration", nil, token)] as [(String, String?, String?)] {
                let channelFree = caller.0 == "counter officer"
                func send(_ procedure: String) async throws -> APIClient.Reply {
                    var body: [String: Any] = ["procedureCode": procedure, "unitCode": "00004", "applicant": APIClient.applicant()]
                    if !channelFree { body["channel"] = "online" }
                    return try await api.call(.POST, "api/v1/dossiers", as: caller.1, token: caller.2, json: body, headers: [("Idempotency-Key", "k-42")])
                }
                let first = try await send("1.004194")
                #expect(first.status == .created, "\(caller.0): \(first.text)")
                let again = try await send("1.004194")
                #expect(again.status == .ok && again.object["code"] as? String == first.object["code"] as? String, "\(caller.0) retry")
                let other = try await send("1.001193")
                #expect(other.status == .unprocessableEntity && other.code == "idempotency_key_reused", "\(caller.0): \(other.text)")
            }
            // Two different callers may use the same key.
            let count = try await (app.db as! any SQLDatabase).select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from("dossiers").where("idempotency_key", .like, SQLBind("%k-42")).first()?.decode(column: "n", as: Int.self)
            #expect(count == 3)
        }
    }

    @Test("Callers without access get the same answer for an existing and a missing code, whatever they send", arguments: Engine.available)
    func sameAnswerForMissing(engine: Engine) async throws {
        try await withApp(engine) { app in
            // The guess budget is tested on its own below; here it would only turn late answers into 429 for both codes.
            app.guessBudget = GuessBudget(perCaller: 1_000_000, perDossier: 1_000_000, shared: false)
            let api = try await APIClient.seeded(app)
            api.setNow("2026-03-02T09:00:00+07:00")
            let existing = try #require(try await api.counter("1.004194").object["code"] as? String)
            let missing = String(existing.dropLast(4)) + "9999"
            let narrow = try #require(try await api.call(.POST, "api/v1/admin/tokens", as: "admin",
                                                         json: ["name": "Tra cứu", "scopes": ["dossiers:read"]]).object["token"] as? String)
            let gateway = try #require(try await api.call(.POST, "api/v1/admin/tokens", as: "admin",
                                                          json: ["name": "Thanh toán", "scopes": ["payments:confirm"]]).object["token"] as? String)
            _ = try await api.call(.POST, "api/v1/auth/register", json: ["login": "0977000111", "password": "mat-khau-dai-du", "fullName": "Người khác"])
            try await api.signIn("0977000111", password: "mat-khau-dai-du")
            /// `granted`: what the caller may do on any dossier by its scope (an integration's scope is national), left out.
            struct Caller { var name: String; var login: String?; var token: String?; var phone: String?; var granted: [String] = [] }
            let callers = [
                Caller(name: "anonymous", login: nil, token: nil, phone: nil),
                Caller(name: "anonymous, wrong phone", login: nil, token: nil, phone: "0900000000"),
                Caller(name: "another unit's officer", login: "motcua.ngocha", token: nil, phone: nil),
                Caller(name: "another unit's leader", login: "lanhdao.ngocha", token: nil, phone: nil),
                Caller(name: "read-only integration", login: nil, token: narrow, phone: nil, granted: ["GET api/v1/dossiers/{code}?"]),
                Caller(name: "payment gateway", login: nil, token: gateway, phone: nil, granted: ["POST api/v1/dossiers/{code}/actions/confirmPayment"]),
                Caller(name: "another citizen", login: "0977000111", token: nil, phone: nil),
            ]
            var compared = 0
            for caller in callers {
                func answer(_ code: String, _ method: HTTPMethod, _ path: String, json: [String: Any]? = nil, body: Data? = nil) async throws -> String {
                    let r = try await api.call(method, path.replacingOccurrences(of: "{code}", with: code), as: caller.login, token: caller.token,
                                               json: json, body: body)
                    // The code itself may be echoed back; nothing else may differ.
                    return "\(r.status.code) \(r.code ?? "") \(r.text.replacingOccurrences(of: code, with: "{code}"))"
                }
                let phone = caller.phone.map { "phone=\($0)" } ?? ""
                var requests: [(HTTPMethod, String, [String: Any]?, Data?)] = []
                for action in DossierAction.allCases where action != .submit {
                    var body: [String: Any] = ["version": 99, "reason": "thử", "amount": 1]
                    if let p = caller.phone { body["phone"] = p }
                    requests.append((.POST, "api/v1/dossiers/{code}/actions/\(action.rawValue)", body, nil))
                }
                requests += [
                    (.GET, "api/v1/dossiers/{code}?\(phone)", nil, nil),
                    (.POST, "api/v1/dossiers/{code}/documents?fileName=a.pdf&\(phone)", nil, Data("%PDF-1.4 thử".utf8)),
                    (.GET, "api/v1/dossiers/{code}/documents/abc", nil, nil),
                    (.POST, "api/v1/dossiers/{code}/feedback", ["rating": "satisfied", "phone": caller.phone as Any], nil),
                    (.GET, "ho-so/{code}/phieu-kiem-soat?\(phone)", nil, nil),
                    (.GET, "ho-so/{code}/phieu-tiep-nhan?\(phone)", nil, nil),
                    (.GET, "tra-cuu?ma={code}&phone=\(caller.phone ?? "0900000000")", nil, nil),
                ]
                for (method, path, json, body) in requests where !caller.granted.contains("\(method) \(path)") {
                    let one = try await answer(existing, method, path, json: json?.compactMapValues { $0 is NSNull ? nil : $0 }, body: body)
                    let other = try await answer(missing, method, path, json: json?.compactMapValues { $0 is NSNull ? nil : $0 }, body: body)
                    #expect(one == other, "\(caller.name) \(method) \(path):\n  existing: \(one.prefix(300))\n  missing:  \(other.prefix(300))")
                    let refused = path.hasPrefix("tra-cuu") ? one.contains("Không tìm thấy hồ sơ") : !one.hasPrefix("409") && !one.hasPrefix("20")
                    #expect(refused, "\(caller.name) \(path): \(one.prefix(200))")
                    compared += 1
                }
            }
            #expect(compared > 150)
            // The dossier was not changed by any of it.
            let d = try await api.call(.GET, "api/v1/dossiers/\(existing)", as: "motcua.badinh")
            #expect(d.object["state"] as? String == "received" && d.object["version"] as? Int == 2)
        }
    }

    @Test("One guess budget for the phone, per caller and per dossier, across every endpoint that takes it, shared by instances through the database", arguments: Engine.available)
    func phoneGuessBudget(engine: Engine) async throws {
        let fresh = try await TestDatabases.shared.fresh(engine, withData: true)
        let snapshot = try await TestDatabases.shared.template(engine)
        let a = try await makeApp(fresh.config), b = try await makeApp(fresh.config)
        do {
            // Two instances on one database (on SQLite only to test the shared counts: SQLite deployments are one process).
            for app in [a, b] { app.reference.replace(snapshot); app.guessBudget = GuessBudget(shared: true) }
            let apiA = try await APIClient.seeded(a), apiB = APIClient(b)
            apiA.setNow("2026-03-02T09:00:00+07:00"); apiB.setNow("2026-03-02T09:00:00+07:00")
            let code = try #require(try await Self.submit(apiA).object["code"] as? String)
            let other = try #require(try await Self.submit(apiA, applicant: APIClient.applicant(phone: "0912000333")).object["code"] as? String)
            // Wrong phones through every endpoint, alternating instances: the dossier's budget (10) runs out, not more.
            let wrong = "0900000001"
            let attempts: [(APIClient, HTTPMethod, String, [String: Any]?, Data?)] = [
                (apiA, .GET, "api/v1/dossiers/\(code)?phone=\(wrong)", nil, nil),
                (apiB, .POST, "api/v1/dossiers/\(code)/documents?fileName=a.pdf&phone=\(wrong)", nil, Data("%PDF-1.4".utf8)),
                (apiA, .POST, "api/v1/dossiers/\(code)/actions/withdraw", ["phone": wrong, "reason": "x"], nil),
                (apiB, .POST, "api/v1/dossiers/\(code)/feedback", ["phone": wrong, "rating": "satisfied"], nil),
                (apiA, .GET, "ho-so/\(code)/phieu-kiem-soat?phone=\(wrong)", nil, nil),
                (apiB, .GET, "tra-cuu?ma=\(code)&phone=\(wrong)", nil, nil),
                (apiA, .POST, "api/v1/assistant/ask", ["question": "hồ sơ \(code) đến đâu rồi", "phone": wrong], nil),
            ]
            var statuses: [UInt] = []
            for i in 0..<14 {
                let (api, method, path, json, body) = attempts[i % attempts.count]
                statuses.append(try await api.call(method, path, json: json, body: body).status.code)
            }
            let first429 = statuses.firstIndex(of: 429)
            #expect(first429 == 10, "the 11th wrong phone is refused: \(statuses)")
            #expect(statuses[10...].allSatisfy { $0 == 429 } || statuses[10...].allSatisfy { [429, 200].contains($0) }, "\(statuses)")
            // Now even the right phone is refused, on both instances and every endpoint, so a lucky guess tells nothing.
            for api in [apiA, apiB] {
                #expect(try await api.call(.GET, "api/v1/dossiers/\(code)?phone=0987654321").status == .tooManyRequests)
                #expect(try await api.call(.POST, "api/v1/dossiers/\(code)/documents?fileName=a.pdf&phone=0987654321",
                                           body: Data("%PDF-1.4".utf8)).status == .tooManyRequests)
            }
            // The applicant signed in with an account is not locked out; officers are not either.
            #expect(try await apiA.call(.GET, "api/v1/dossiers/\(code)", as: "motcua.badinh").status == .ok)
            // The caller's own budget (20) is spent by guessing across dossiers (here 10 more, on a code that does not exist).
            let missing = String(code.dropLast(4)) + "9999"
            for i in 0..<10 { _ = try await apiB.call(.GET, "api/v1/dossiers/\(missing)?phone=090000000\(i)") }
            #expect(try await apiB.call(.GET, "api/v1/dossiers/\(other)?phone=0912000333").status == .tooManyRequests,
                    "the caller spent 20 guesses: the right phone of another dossier is refused too")
            // An hour later the budgets start again.
            apiA.setNow("2026-03-02T10:00:01+07:00"); apiB.setNow("2026-03-02T10:00:01+07:00")
            #expect(try await apiB.call(.GET, "api/v1/dossiers/\(code)?phone=0987654321").status == .ok)
            let counted = try await (a.db as! any SQLDatabase).select().columns("subject", "failures").from("guess_counts").all()
            #expect(counted.count >= 3)
        } catch {
            try? await a.asyncShutdown(); try? await b.asyncShutdown(); await fresh.drop()
            throw error
        }
        try await a.asyncShutdown(); try await b.asyncShutdown(); await fresh.drop()
    }

    @Test("Lists apply the grant's fields: inbox, officers' page, export and warnings show what opening a dossier would", arguments: Engine.available)
    func fieldsInLists(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            api.setNow("2026-03-02T09:00:00+07:00")
            let residence = try #require(try await api.counter("1.004194").object["code"] as? String)       // Đăng ký, quản lý cư trú
            let certified = try #require(try await api.counter("2.000908", extra: ["processingTime": "1 working-days"]).object["code"] as? String)
            for (login, role) in [("chungthuc.badinh", "specialist"), ("lanhdao.chungthuc", "leader")] {
                let created = try await api.call(.POST, "api/v1/admin/staff", as: "admin", json: [
                    "login": login, "fullName": "Cán bộ chứng thực", "password": "mat-khau-dai-du",
                    "grants": [["role": role, "unitCode": "00004", "fields": ["Chứng thực"]]]])
                #expect(created.status == .created, "\(created.text)")
            }
            for login in ["chungthuc.badinh", "lanhdao.chungthuc"] {
                try await api.signIn(login, password: "mat-khau-dai-du")
                #expect(try await api.call(.GET, "api/v1/dossiers/\(residence)", as: login).status == .notFound, "opening it is refused")
                for path in ["api/v1/staff/dossiers", "api/v1/staff/dossiers?unit=00004", "api/v1/staff/dossiers?unit=00004&open=false"] {
                    let list = try await api.call(.GET, path, as: login)
                    #expect(list.status == .ok && list.text.contains(certified) && !list.text.contains(residence), "\(login) \(path): \(list.text.prefix(300))")
                    #expect(!list.text.contains("001203012345") || list.text.contains(certified), "no ID number of a dossier outside the fields")
                    #expect(list.object["total"] as? Int == 1)
                }
            }
            // A malformed `open` is refused even where `state` makes it moot (found by fuzzing).
            #expect(try await api.call(.GET, "api/v1/staff/dossiers?state=processing&open=-1098", as: "lanhdao.chungthuc").code == "bad_boolean")
            let export = try await api.call(.GET, "api/v1/staff/export", as: "lanhdao.chungthuc")
            #expect(export.status == .ok && export.text.contains(certified) && !export.text.contains(residence), "\(export.text)")
            // The officers' inbox page, signed in with the cookie.
            let signIn = try await api.call(.POST, "api/v1/auth/sign-in", json: ["login": "chungthuc.badinh", "password": "mat-khau-dai-du"])
            let cookie = try #require(signIn.headers.setCookie?[AuthenticationMiddleware.cookieName]?.string)
            let page = try await api.call(.GET, "can-bo", headers: [("Cookie", "\(AuthenticationMiddleware.cookieName)=\(cookie)")])
            #expect(page.status == .ok && page.text.contains(certified) && !page.text.contains(residence))
            // A warning raised before the grant narrowed shows only what may be opened.
            let id = try await api.accountId("chungthuc.badinh")
            for code in [residence, certified] {
                try await (app.db as! any SQLDatabase).insert(into: "deadline_warnings").columns("dossier_code", "kind", "due_at", "recipient", "created_at")
                    .values(SQLBind(code), SQLBind("nearDue"), SQLBind("2026-03-03T09:00:00+07:00"), SQLBind(id), SQLBind("2026-03-02T09:00:00+07:00")).run()
            }
            let warnings = try await api.call(.GET, "api/v1/staff/warnings", as: "chungthuc.badinh")
            #expect(warnings.text.contains(certified) && !warnings.text.contains(residence), "\(warnings.text)")
        }
    }

    @Test("The applicant's copy of the control sheet shows exactly the citizen's view: no internal steps, reasons or officers' names", arguments: Engine.available)
    func citizensControlSheet(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            api.setNow("2026-03-02T09:00:00+07:00")
            let code = try #require(try await api.counter("1.004194").object["code"] as? String)
            _ = try await api.act(code, "assign", as: "truongphong.badinh", ["assignee": try await api.accountId("chuyenvien.badinh")])
            _ = try await api.act(code, "submitForApproval", as: "chuyenvien.badinh")
            let rework = try await api.act(code, "returnForRework", as: "lanhdao.badinh", ["reason": "Ghi chú nội bộ: thiếu đối chiếu CSDL"])
            #expect(rework.status == .ok, "\(rework.text)")
            let officerSheet = try await api.call(.GET, "ho-so/\(code)/phieu-kiem-soat", as: "motcua.badinh").text
            #expect(officerSheet.contains("Ghi chú nội bộ") && officerSheet.contains("Người thực hiện"))
            let citizenSheet = try await api.call(.GET, "ho-so/\(code)/phieu-kiem-soat?phone=0987654321")
            #expect(citizenSheet.status == .ok)
            let apiView = try await api.call(.GET, "api/v1/dossiers/\(code)?phone=0987654321")
            let visibleSteps = (apiView.object["history"] as? [[String: Any]])?.count ?? -1
            #expect(citizenSheet.text.components(separatedBy: "<tr><td>").count - 1 == visibleSteps, "the same steps as the API's citizen view")
            for secret in ["Ghi chú nội bộ", "Người thực hiện", "Chuyên viên", "Lãnh đạo", "chuyenvien", "Trả lại"] {
                #expect(!citizenSheet.text.contains(secret), "the citizen's copy shows \(secret)")
            }
        }
    }

    @Test("Personal data written out with separators or encodings is masked in logs and in what the assistant stores")
    func maskingWrittenOut() async throws {
        try await withApp(.sqlite) { app in
            let api = APIClient(app)
            let question = "tôi là 0987 654 321, căn cước 001 095 012 345, hồ sơ khai sinh của tôi"
            let r = try await api.call(.POST, "api/v1/assistant/ask", json: ["question": question])
            #expect(r.status == .ok)
            let stored = try await (app.db as! any SQLDatabase).select().columns("*").from("assistant_turns").all()
            #expect(!stored.isEmpty)
            for row in stored {
                let text = (try? row.decode(column: "question", as: String.self)) ?? ""
                #expect(!PersonalDataMask.digits(of: text).contains("98765") && !PersonalDataMask.digits(of: text).contains("0950123"), "\(text)" as Comment)
            }
            // The log line of a request, as RouteLoggingMiddleware writes it.
            for url in ["/api/v1/dossiers/00004-260302-0001?phone=0987-654-321", "/tra-cuu?ma=x&phone=%2B84%20987%20654%20321",
                        "/api/v1/dossiers/00004-260302-0001?phone=%30%39%38%37%36%35%34%33%32%31"] {
                let line = PersonalDataMask.mask(url)
                #expect(!PersonalDataMask.digits(of: line).contains("987654"), "\(url) → \(line)")
                #expect(line.contains("00004-260302-0001") || !url.contains("00004-260302-0001"), "dossier codes stay readable: \(line)")
            }
        }
    }

    @Test("Sign-in does not tell whether an account exists: unknown logins lock out alike and are checked at the same cost", arguments: Engine.available)
    func signInEnumeration(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            for login in ["motcua.ngocha", "khong.ai.co"] {
                for _ in 0..<5 {
                    let r = try await api.call(.POST, "api/v1/auth/sign-in", json: ["login": login, "password": "sai-mat-khau"])
                    #expect(r.status == .unauthorized && r.code == "bad_credentials")
                }
                let sixth = try await api.call(.POST, "api/v1/auth/sign-in", json: ["login": login, "password": DemoSeed.password])
                #expect(sixth.status == .tooManyRequests && sixth.code == "account_locked", "\(login): \(sixth.text)")
            }
            // The decoy hash costs what real ones cost.
            let decoy = try await app.decoyPasswordHash(nil)
            let real = try #require(try await IdentityStore(db: app.db).account(login: "motcua.badinh")?.passwordHash)
            #expect(decoy.split(separator: "$").dropFirst().first == real.split(separator: "$").dropFirst().first, "\(decoy.prefix(7)) vs \(real.prefix(7))")
            // The lock lifts after its time, and a right password then clears it.
            app.clock.set(app.clock.now().addingTimeInterval(Authentication.lockSeconds + 1))
            #expect(try await api.call(.POST, "api/v1/auth/sign-in", json: ["login": "motcua.ngocha", "password": DemoSeed.password]).status == .ok)
        }
    }

    @Test("The audit chain is sealed with a key held outside the database and anchored by signed checkpoints: both rewrites are detected", arguments: Engine.available)
    func auditRewrites(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            _ = try await api.counter("1.004194")
            let sql = app.db as! any SQLDatabase
            let key = try #require(AuditChain.key)
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("motcua-checkpoints-\(UUID().uuidString).log")
            defer { try? FileManager.default.removeItem(at: file) }
            let head = try await AuditCheckpoints.write(app.db, key: key, file: file, after: 0, now: Date())
            let clean = try await AuditChain.verify(app.db, key: key, checkpoints: AuditCheckpoints.load(file, key: key))
            #expect(clean.problem == nil && clean.entries == head && clean.anchors.joined().contains("checkpoints"), "\(clean)")

            // Rewrite 1: delete the last entry and move the head back one. The links still hold; the checkpoint does not.
            let entries = try await sql.select().columns("*").from("audit_log").orderBy("seq").all(decoding: AuditChain.Entry.self)
            let last = try #require(entries.last)
            try await sql.delete(from: "audit_log").where("seq", .equal, SQLBind(last.seq)).run()
            try await sql.update("audit_head").set("seq", to: SQLBind(last.seq - 1)).set("hash", to: SQLBind(last.prev_hash)).where("id", .equal, SQLBind(1)).run()
            #expect(try await AuditChain.verify(app.db, key: key).problem == nil, "without the checkpoint, a truncation is invisible")
            let truncated = try await AuditChain.verify(app.db, key: key, checkpoints: AuditCheckpoints.load(file, key: key))
            #expect((truncated.problem ?? "").contains("missing") && (truncated.problem ?? "").contains("checkpoint"), "\(truncated)")
            try await sql.insert(into: "audit_log").model(last).run()
            try await sql.update("audit_head").set("seq", to: SQLBind(last.seq)).set("hash", to: SQLBind(last.hash)).where("id", .equal, SQLBind(1)).run()
            #expect(try await AuditChain.verify(app.db, key: key, checkpoints: AuditCheckpoints.load(file, key: key)).problem == nil)

            // Rewrite 2: alter an entry and recompute every later seal and the head — without the key (the attacker's best
            // guess is another key, or the old unkeyed digest).
            let target = entries[entries.count / 2]
            for forger in [AuditChain.Key(secret: "a-guessed-key-of-the-attacker"), nil] {
                var prev = target.prev_hash
                for e in entries where e.seq >= target.seq {
                    let detail = e.seq == target.seq ? "sửa lén" : e.detail
                    let seal = forger.map { AuditChain.seal($0, seq: e.seq, at: e.at, actor: e.actor, action: e.action, subject: e.subject, detail: detail, prev: prev) }
                        ?? AuditChain.legacyHash(seq: e.seq, at: e.at, actor: e.actor, action: e.action, subject: e.subject, detail: detail, prev: prev)
                    try await sql.update("audit_log").set("detail", to: SQLBind(detail)).set("prev_hash", to: SQLBind(prev)).set("hash", to: SQLBind(seal))
                        .set("key_id", to: SQLBind(forger == nil ? nil : key.id)).where("seq", .equal, SQLBind(e.seq)).run()
                    prev = seal
                }
                try await sql.update("audit_head").set("hash", to: SQLBind(prev)).where("id", .equal, SQLBind(1)).run()
                let forged = try await AuditChain.verify(app.db, key: key)
                #expect(forged.badSequence == target.seq, "\(forged)")
                #expect(!(forged.problem ?? "").isEmpty)
            }
            // A forged checkpoint line is refused too.
            let handle = try FileHandle(forWritingTo: file)
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("{\"at\":\"x\",\"hash\":\"00\",\"mac\":\"00\",\"seq\":1}\n".utf8))
            try handle.close()
            #expect((AuditCheckpoints.load(file, key: key).problem ?? "").contains("not signed"))
        }
    }

    @Test("An audit log written before the key is sealed with it at start once its old chain verifies; a broken one is left to be reported", arguments: Engine.available)
    func sealingAnOldLog(engine: Engine) async throws {
        try await withApp(engine) { app in
            let sql = app.db as! any SQLDatabase
            let key = try #require(AuditChain.key)
            // An old log: three entries chained with the unkeyed digest, as before this change.
            func writeLegacy(breakAt: Int?) async throws {
                try await sql.delete(from: "audit_log").run()
                var prev = AuditChain.genesis
                for seq in 1...3 {
                    let detail = seq == breakAt ? "sửa lén" : "chi tiết \(seq)"
                    let hash = AuditChain.legacyHash(seq: seq, at: "2026-01-0\(seq)T09:00:00+07:00", actor: "staff:x", action: "dossier.read",
                                                     subject: "00004-260101-000\(seq)", detail: "chi tiết \(seq)", prev: prev)
                    try await sql.insert(into: "audit_log").model(AuditChain.Entry(seq: seq, at: "2026-01-0\(seq)T09:00:00+07:00", actor: "staff:x",
                        action: "dossier.read", subject: "00004-260101-000\(seq)", detail: detail, prev_hash: prev, hash: hash, key_id: nil)).run()
                    prev = hash
                }
                try await sql.update("audit_head").set("seq", to: SQLBind(3)).set("hash", to: SQLBind(prev)).where("id", .equal, SQLBind(1)).run()
            }
            try await writeLegacy(breakAt: 2)
            #expect(try await AuditChain.sealUnkeyed(app, key: key) == 0, "a broken old chain is not sealed over")
            #expect(try await AuditChain.verify(app.db, key: key).badSequence == 1)
            try await writeLegacy(breakAt: nil)
            #expect((try await AuditChain.verify(app.db, key: key).problem ?? "").contains("not sealed"))
            #expect(try await AuditChain.sealUnkeyed(app, key: key) == 3)
            let sealed = try await AuditChain.verify(app.db, key: key)
            #expect(sealed.problem == nil && sealed.entries == 3, "\(sealed)")
            #expect(try await AuditChain.sealUnkeyed(app, key: key) == 0, "once sealed, nothing to do")
            // New entries go on from the sealed head.
            try await app.writeTransaction { db in try await AuditChain.append(db, actor: "staff:y", action: "dossier.read", subject: "x") }
            #expect(try await AuditChain.verify(app.db, key: key).entries == 4)
        }
    }

    @Test("Bodies are limited per route and caller; documents stream to disk and are capped per dossier; anonymous uploads are rate-limited")
    func bodiesAndUploads() async throws {
        try await withApp(.sqlite) { app in
            let api = try await APIClient.seeded(app)
            api.setNow("2026-03-02T09:00:00+07:00")
            let code = try #require(try await Self.submit(api).object["code"] as? String)
            // An anonymous submission larger than one document's worth is refused from its declared length.
            let big = Data(repeating: 0x20, count: 20 * 1024 * 1024)
            let refused = try await api.call(.POST, "api/v1/dossiers", body: big, headers: [("Content-Type", "application/json")])
            #expect(refused.status == .payloadTooLarge && refused.code == "body_too_large", "\(refused.text)")
            // A document over the limit: 413, and nothing is left behind in the staging folder.
            var pdf = Data("%PDF-1.4\n".utf8)
            pdf.append(Data(repeating: 0x41, count: 11 * 1024 * 1024))
            let tooBig = try await api.call(.POST, "api/v1/dossiers/\(code)/documents?fileName=a.pdf&phone=0987654321", body: pdf)
            #expect(tooBig.status == .payloadTooLarge, "\(tooBig.text)")
            let staging = app.motcuaConfig.filesDirectory.appendingPathComponent("staging")
            #expect(((try? FileManager.default.contentsOfDirectory(atPath: staging.path)) ?? []).isEmpty)
            // Streamed uploads are stored by hash and capped per dossier (which came with its birth certificate).
            let sentWith = try await DossierStore(app.db).documents(code: code).count
            for i in sentWith..<DocumentStore.maxDocumentsPerDossier {
                let r = try await api.call(.POST, "api/v1/dossiers/\(code)/documents?fileName=\(i).pdf&phone=0987654321", body: Data("%PDF-1.4 \(i)".utf8))
                #expect(r.status == .created, "\(i): \(r.text)")
            }
            let over = try await api.call(.POST, "api/v1/dossiers/\(code)/documents?fileName=x.pdf&phone=0987654321", body: Data("%PDF-1.4 x".utf8))
            #expect(over.status == .conflict && over.code == "too_many_documents")
            #expect(((try? FileManager.default.contentsOfDirectory(atPath: staging.path)) ?? []).isEmpty)
            let stored = try await DossierStore(app.db).documents(code: code)
            #expect(stored.count == DocumentStore.maxDocumentsPerDossier)
            let first = try #require(stored.first)
            #expect(try DocumentStore(directory: app.motcuaConfig.filesDirectory).read(sha256: first.sha256).starts(with: Data("%PDF-1.4".utf8)))
            // Anonymous uploads meet a rate limit (per caller).
            var config = app.motcuaConfig
            config.rateLimits = true
            app.motcuaConfig = config
            let other = try #require(try await Self.submit(api, applicant: APIClient.applicant(phone: "0912000444")).object["code"] as? String)
            var statuses: [UInt] = []
            for i in 0..<35 {
                statuses.append(try await api.call(.POST, "api/v1/dossiers/\(other)/documents?fileName=\(i).pdf&phone=0912000444",
                                                   body: Data("%PDF-1.4 \(i)".utf8)).status.code)
            }
            #expect(statuses.contains(429) && statuses.prefix(30).allSatisfy { $0 == 201 }, "\(statuses)")
        }
    }

    @Test("A payment is confirmed only for the amount owed", arguments: Engine.available)
    func paymentAmount(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            api.setNow("2026-03-02T09:00:00+07:00")
            let code = try #require(try await api.counter("1.004194").object["code"] as? String)
            _ = try await api.act(code, "assign", as: "truongphong.badinh", ["assignee": try await api.accountId("chuyenvien.badinh")])
            _ = try await api.act(code, "requestPayment", as: "chuyenvien.badinh")
            let owed = try #require(try await api.call(.GET, "api/v1/dossiers/\(code)", as: "motcua.badinh").object["feeDue"] as? Int)
            #expect(owed > 1)
            let token = try #require(try await api.call(.POST, "api/v1/admin/tokens", as: "admin",
                                                        json: ["name": "Thanh toán", "scopes": ["payments:confirm"]]).object["token"] as? String)
            for (amount, login, tok) in [(1, nil, token), (owed + 1, "motcua.badinh", nil), (owed - 1, nil, token)] as [(Int, String?, String?)] {
                let r = try await api.call(.POST, "api/v1/dossiers/\(code)/actions/confirmPayment", as: login, token: tok, json: ["amount": amount])
                #expect(r.status == .unprocessableEntity && r.code == "amount_mismatch", "\(amount): \(r.text)")
            }
            #expect(try await api.call(.POST, "api/v1/dossiers/\(code)/actions/confirmPayment", token: token, json: [:]).code == "amount_required")
            let state = try await api.call(.GET, "api/v1/dossiers/\(code)", as: "motcua.badinh")
            #expect(state.object["state"] as? String == "paymentRequested" && state.object["feePaid"] as? Bool == false)
            let paid = try await api.call(.POST, "api/v1/dossiers/\(code)/actions/confirmPayment", token: token, json: ["amount": owed])
            #expect(paid.status == .ok && paid.object["feePaid"] as? Bool == true, "\(paid.text)")
        }
    }

    @Test("NUL and control characters, far-off appointments and a zero processing time are refused", arguments: Engine.available)
    func smallerInputs(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            api.setNow("2026-03-02T09:00:00+07:00")
            for applicant in [APIClient.applicant().merging(["fullName": "Nguyễn\u{0}Văn A"]) { $1 },
                              APIClient.applicant().merging(["email": "a\u{0}@example.vn"]) { $1 },
                              APIClient.applicant().merging(["fullName": "Nguyễn\u{7}Văn A"]) { $1 }] {
                let r = try await Self.submit(api, applicant: applicant)
                #expect(r.status == .badRequest && ["bad_name", "bad_email"].contains(r.code ?? ""), "\(r.text)")
            }
            #expect(try await api.call(.POST, "api/v1/auth/register", json: ["login": "0977000222", "password": "mat-khau-dai-du", "fullName": "Tên\u{0}cắt"]).status == .badRequest)
            let zero = try await api.counter("1.004194", extra: ["processingTime": "0 working-days"])
            #expect(zero.status == .badRequest && zero.code == "bad_time", "\(zero.text)")
            for text in ["0 ngày làm việc", "0 days", "0 working-hours"] { #expect(throws: ProcessingTime.ParseError.self) { try ProcessingTime.parse(text) } }
            let code = try #require(try await api.counter("1.004194").object["code"] as? String)
            _ = try await api.act(code, "assign", as: "truongphong.badinh", ["assignee": try await api.accountId("chuyenvien.badinh")])
            let far = try await api.act(code, "apologise", as: "lanhdao.badinh", ["reason": "Chậm", "newAppointment": "9999-12-31T17:00:00+07:00"])
            #expect(far.status == .badRequest && far.code == "new_appointment_too_far", "\(far.text)")
            let nul = try await api.act(code, "requestSupplement", as: "motcua.badinh", ["reason": "thiếu\u{0}giấy"])
            #expect(nul.status == .badRequest && nul.code == "bad_reason")
            let ok = try await api.act(code, "apologise", as: "lanhdao.badinh", ["reason": "Chậm", "newAppointment": "2026-03-20T17:00:00+07:00"])
            #expect(ok.status == .ok, "\(ok.text)")
        }
    }

    @Test("The same file uploaded by many at once is stored once, and no upload fails for it (found by bench-dossiers)")
    func sameDocumentAtOnce() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("motcua-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = DocumentStore(directory: folder)
        // Many rounds of eight writers of one file, on threads of their own: each round a file not stored yet.
        let failures = Mutex(0)
        var last: DocumentStore.Checked?
        for round in 0..<150 {
            let pdf = Data("%PDF-1.4\n1 0 obj <<>> endobj\n% round \(round)\n%%EOF\n".utf8)
            let checked = try DocumentStore.check(pdf, fileName: "mau.pdf", docType: nil, original: nil, maxBytes: 1 << 20)
            DispatchQueue.concurrentPerform(iterations: 8) { _ in
                do { try store.write(checked) } catch { failures.withLock { $0 += 1 } }
            }
            #expect(try store.read(sha256: checked.sha256) == pdf)
            last = checked
        }
        #expect(failures.withLock { $0 } == 0)
        #expect(last != nil)
        let left = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".part") }
        #expect(left.isEmpty, "\(left)")
    }
}
