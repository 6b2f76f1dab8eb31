import Crypto
import Foundation
import Testing
import VaporTesting
@testable import MotCuaApp
@testable import MotCuaCore

@Suite("Submitting with an e-form and document slots")
struct DeclarationSubmissionTests {
    static func fields(_ r: APIClient.Reply) -> [String: String] {
        Dictionary(((r.object["fields"] as? [[String: Any]]) ?? []).map { ($0["key"] as? String ?? "", $0["reason"] as? String ?? "") },
                   uniquingKeysWith: { a, _ in a })
    }

    static func birth(_ edit: (inout [String: Any]) -> Void = { _ in }, documents: [[String: Any]]? = nil) -> [String: Any] {
        var form = APIClient.birthForm()
        edit(&form)
        return ["procedureCode": "1.001193", "unitCode": "00004", "channel": "online", "applicant": APIClient.applicant(), "form": form,
                "documents": documents ?? [["fileName": "gcs.pdf", "slot": "birthCertificate", "contentBase64": APIClient.pdfBase64]]]
    }

    static func set(_ form: inout [String: Any], _ group: String, _ key: String, _ value: Any?) {
        var g = form[group] as? [String: Any] ?? [:]
        g[key] = value
        form[group] = g
    }

    @Test("Online: the form is checked field by field and slot by slot; a refused dossier leaves nothing behind", arguments: Engine.available)
    func onlineChecks(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            api.setNow("2026-03-02T09:00:00+07:00")
            func send(_ body: [String: Any]) async throws -> APIClient.Reply { try await api.call(.POST, "api/v1/dossiers", json: body) }
            func count() async throws -> Int { try await DossierStore(app.db).list(.init()).total }
            let before = try await count()

            // No form at all, for a procedure with a written one.
            var none = Self.birth()
            none["form"] = NSNull()
            let missing = try await send(none)
            #expect(missing.status == .badRequest && missing.code == "form_invalid" && Self.fields(missing)["form"] == "required", "\(missing.text)")
            // Each rule, named by its field.
            let future = try await send(Self.birth { Self.set(&$0, "child", "dateOfBirth", "2026-03-09") })
            #expect(Self.fields(future)["child.dateOfBirth"] == "inFuture", "\(future.text)")
            let blank = try await send(Self.birth { Self.set(&$0, "child", "fullName", nil); Self.set(&$0, "mother", "fullName", "") })
            #expect(Self.fields(blank) == ["child.fullName": "required", "mother.fullName": "required"], "\(blank.text)")
            let idYear = try await send(Self.birth { Self.set(&$0, "mother", "citizenID", "001399012345") })
            #expect(Self.fields(idYear)["mother.citizenID"] == "checkFailed" || Self.fields(idYear)["mother.citizenID"] == "badCitizenID", "\(idYear.text)")
            let shortID = try await send(Self.birth { Self.set(&$0, "mother", "citizenID", "00130301") })
            #expect(Self.fields(shortID)["mother.citizenID"] == "badCitizenID")
            let sameAsFather = try await send(Self.birth {
                $0["father"] = ["fullName": "Trần Văn Cường", "dateOfBirth": "2003-05-02", "ethnicity": "Kinh", "nationality": "Việt Nam",
                                "citizenID": "001303012345", "residence": "Hà Nội"]
            })
            #expect(Self.fields(sameAsFather)["mother.citizenID"] == "checkFailed", "the mother's ID differs from the father's: \(sameAsFather.text)")
            let stranger = try await send(Self.birth { Self.set(&$0, "applicant", "citizenID", "001198000222") })
            #expect(Self.fields(stranger)["applicant.citizenID"] == "checkFailed", "the form's applicant is the dossier's")
            let extra = try await send(Self.birth { Self.set(&$0, "child", "nickname", "Bin") })
            #expect(Self.fields(extra)["child.nickname"] == "unknownField")
            // Slots: the birth certificate is needed when born in a health facility; a forged slot; a file the slot cannot take.
            let noCertificate = try await send(Self.birth(documents: []))
            #expect(Self.fields(noCertificate) == ["documents.birthCertificate": "required"], "\(noCertificate.text)")
            let forged = try await send(Self.birth(documents: [["fileName": "a.pdf", "slot": "birthCertificate", "contentBase64": APIClient.pdfBase64],
                                                              ["fileName": "b.pdf", "slot": "../../etc", "contentBase64": APIClient.pdfBase64]]))
            #expect(Self.fields(forged)["documents.../../etc"] == "unknownField", "\(forged.text)")
            let english = try await api.call(.POST, "api/v1/dossiers", json: Self.birth(documents: []), headers: [("Accept-Language", "en")])
            #expect(english.text.contains("needed") && english.object["reason"] as? String != nil)
            #expect(try await count() == before, "nothing half-saved")

            // Born elsewhere: the witness statement instead of the certificate.
            let elsewhere = try await send(Self.birth({ Self.set(&$0, "child", "birthPlaceKind", "elsewhere") }))
            #expect(Self.fields(elsewhere) == ["documents.witnessStatement": "required"])
            // A correct one: stored with its values, the version and each slot's documents.
            let ok = try await send(Self.birth())
            #expect(ok.status == .created, "\(ok.text)")
            let code = try #require(ok.object["code"] as? String)
            let staff = try await api.call(.GET, "api/v1/dossiers/\(code)", as: "motcua.badinh")
            #expect(staff.object["formVersion"] as? Int == 1)
            #expect(((staff.object["form"] as? [String: Any])?["child"] as? [String: Any])?["fullName"] as? String == "Trần Minh An")
            let slots = try #require(staff.object["slots"] as? [[String: Any]])
            #expect(slots.map { $0["key"] as? String ?? "" } == ["birthCertificate", "witnessStatement", "authorisation", "marriageCertificate"])
            // Exported with the dossier: the values as stored and the definition's version.
            let export = try await api.call(.GET, "api/v1/staff/export", as: "lanhdao.badinh").text.split(separator: "\n")
            let exported = try #require(export.first { $0.contains("\"MaHoSo\":\"\(code)\"") })
            let line = try #require(try JSONSerialization.jsonObject(with: Data(exported.utf8)) as? [String: Any])
            #expect(((line["ToKhai"] as? [String: Any])?["child"] as? [String: Any])?["fullName"] as? String == "Trần Minh An")
            #expect(line["PhienBanToKhai"] as? String == "1")
            let docId = try #require((staff.object["documents"] as? [[String: Any]])?.first?["id"] as? String)
            #expect(slots[0]["documents"] as? [String] == [docId] && slots[0]["required"] as? Bool == true && slots[1]["required"] as? Bool == false)
            #expect((staff.object["documents"] as? [[String: Any]])?.first?["docType"] as? String == "Giấy chứng sinh do cơ sở y tế cấp")
            // Officers read it on the dossier's page and print it as the filled form.
            let page = try await api.call(.GET, "can-bo/ho-so/\(code)", as: "motcua.badinh")
            #expect(page.text.contains("id=\"slots\"") && page.text.contains("Trần Minh An") && page.text.contains("/ho-so/\(code)/to-khai"))
            let printed = try await api.call(.GET, "ho-so/\(code)/to-khai", as: "motcua.badinh")
            #expect(printed.status == .ok && printed.text.contains("TỜ KHAI ĐĂNG KÝ KHAI SINH") && printed.text.contains("Trần Minh An")
                    && printed.text.contains("Giấy chứng sinh do cơ sở y tế cấp — bản điện tử (1 tệp)"), "\(printed.text.prefix(400))")
            let receipt = try await api.call(.GET, "ho-so/\(code)/to-khai?phone=0912000999")
            #expect(receipt.status == .notFound, "a wrong phone sees nothing")
            // The applicant's public view has none of it.
            let mine = try await api.call(.GET, "api/v1/dossiers/\(code)?phone=0987654321")
            #expect(mine.status == .ok && mine.object["form"] == nil && mine.object["slots"] == nil)
        }
    }

    static func death(_ documents: [[String: Any]] = []) -> [String: Any] {
        ["applicant": ["fullName": "Nguyễn Thị Bình", "citizenID": "001203012345", "phone": "0987654321", "relationship": "child"],
         "deceased": ["fullName": "Nguyễn Văn Cả", "sex": "male", "dateOfBirth": "1940-01-01", "ethnicity": "Kinh", "nationality": "Việt Nam",
                      "citizenID": "001040000123", "lastResidence": "Phường Ba Đình, Hà Nội", "dateOfDeath": "2026-02-27",
                      "placeOfDeath": "Tại nhà", "cause": "Tuổi cao"]]
    }

    @Test("At the counter: slots ticked on paper or waived with a reason; a missing one is asked for at once, by name", arguments: Engine.available)
    func counterSlots(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            api.setNow("2026-03-02T09:00:00+07:00")
            let time = ["processingTime": "3 working-days"]
            // The death notice neither attached, seen nor waived: refused, unless a supplement is asked for it.
            let refused = try await api.counter("1.000656", extra: ["form": Self.death(), "counter": ["presented": []]].merging(time) { a, _ in a })
            #expect(refused.status == .badRequest && Self.fields(refused) == ["documents.deathNotice": "required"], "\(refused.text)")
            let emptyReason = try await api.counter("1.000656", extra: ["form": Self.death(), "counter": ["waived": ["deathNotice": " "]]].merging(time) { a, _ in a })
            #expect(Self.fields(emptyReason)["documents.deathNotice"] == "required")
            let asked = try await api.counter("1.000656", extra: ["form": Self.death(), "counter": ["requestSupplement": true]].merging(time) { a, _ in a })
            #expect(asked.status == .created, "\(asked.text)")
            let code = try #require(asked.object["code"] as? String)
            let view = try await api.call(.GET, "api/v1/dossiers/\(code)", as: "motcua.badinh")
            #expect(view.object["state"] as? String == "supplementRequested")
            let history = try #require(view.object["history"] as? [[String: Any]])
            #expect(history.last?["action"] as? String == "requestSupplement")
            let reason = history.last?["reason"] as? String ?? ""
            #expect(reason.contains("Giấy báo tử"), "the supplement names the missing slot")
            let slot = (view.object["slots"] as? [[String: Any]])?.first { $0["key"] as? String == "deathNotice" }
            #expect(slot?["missing"] as? Bool == true)
            let message = try #require(try await DossierStore(app.db).outbox(code: code).first { $0.event == "supplementRequested" })
            #expect(message.body.contains("Giấy báo tử"))
            // Seen on paper: received at once. Waived with a reason: received, the reason kept.
            let seen = try await api.counter("1.000656", extra: ["form": Self.death(), "counter": ["presented": ["deathNotice"]]].merging(time) { a, _ in a })
            #expect(seen.status == .created && seen.object["state"] as? String == "received", "\(seen.text)")
            let waived = try await api.counter("1.000656", extra: ["form": Self.death(), "counter": ["waived": ["deathNotice": "Tra cứu được trên CSDL hộ tịch"]]].merging(time) { a, _ in a })
            let waivedCode = try #require(waived.object["code"] as? String)
            let waivedView = try await api.call(.GET, "api/v1/dossiers/\(waivedCode)", as: "motcua.badinh")
            #expect(((waivedView.object["slots"] as? [[String: Any]])?.first?["waivedReason"] as? String) == "Tra cứu được trên CSDL hộ tịch")
            // Only a counter officer checks slots on paper.
            var online = Self.birth()
            online["counter"] = ["presented": ["birthCertificate"]]
            #expect(Self.fields(try await api.call(.POST, "api/v1/dossiers", json: online))["counter"] == "unknownField")
        }
    }

    @Test("A dossier keeps the definition it was submitted with when the procedure's form changes")
    func definitionChanges() async throws {
        try await withApp(.sqlite) { app in
            let api = try await APIClient.seeded(app)
            api.setNow("2026-03-02T09:00:00+07:00")
            let first = try await api.call(.POST, "api/v1/dossiers", json: Self.birth())
            let code = try #require(first.object["code"] as? String)
            // Version 2 of the birth form renames the birth certificate's slot and drops the witness.
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("forms-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let shipped = try String(contentsOf: Bundle.module.url(forResource: "Resources", withExtension: nil)!
                .appendingPathComponent("Forms/1.001193.json"), encoding: .utf8)
            let changed = shipped.replacingOccurrences(of: "\"version\": 1", with: "\"version\": 2")
                .replacingOccurrences(of: "\"key\": \"birthCertificate\"", with: "\"key\": \"medicalBirthCertificate\"")
            #expect(changed != shipped)
            try changed.write(to: dir.appendingPathComponent("1.001193.json"), atomically: true, encoding: .utf8)
            app.declarationForms = DeclarationForms(directory: dir)
            #expect(app.declarationForms.written["1.001193"]?.version == 2)
            // The old dossier still reads with version 1, its slot and its document.
            let old = try await api.call(.GET, "api/v1/dossiers/\(code)", as: "motcua.badinh")
            #expect(old.object["formVersion"] as? Int == 1)
            let slot = (old.object["slots"] as? [[String: Any]])?.first
            #expect(slot?["key"] as? String == "birthCertificate" && (slot?["documents"] as? [String])?.count == 1)
            // A new one is held to version 2.
            let stale = try await api.call(.POST, "api/v1/dossiers", json: Self.birth())
            #expect(Self.fields(stale)["documents.birthCertificate"] == "unknownField", "\(stale.text)")
            let fresh = try await api.call(.POST, "api/v1/dossiers", json: Self.birth(documents: [["fileName": "a.pdf", "slot": "medicalBirthCertificate",
                                                                                               "contentBase64": APIClient.pdfBase64]]))
            let freshCode = try #require(fresh.object["code"] as? String)
            #expect(try await api.call(.GET, "api/v1/dossiers/\(freshCode)", as: "motcua.badinh").object["formVersion"] as? Int == 2)
        }
    }

    @Test("On the page, a list entry's error sits beside its input (inputs count entries from 0, problems from 1, as people do)")
    func listErrors() throws {
        let form = try #require(DeclarationForms.bundled().written["2.000815"])
        let view = DeclarationFormView(form: form, language: .vi, today: LocalDate(year: 2026, month: 12, day: 1))
        let values: [String: DeclarationValue] = ["papers": .list([["title": .text("Bằng")], ["title": .text("Học bạ")]])]
        let items = view.sections(values: values, problems: [DeclarationProblem(key: "papers.2.copies", reason: .outOfRange, message: "Sai", messageEn: "Wrong")])
            .flatMap(\.items)
        let wrong = try #require(items.first { $0.error != nil && $0.kind == "input" })
        #expect(wrong.name == "f.papers.1.copies" && wrong.autofocus)
        #expect(items.contains { $0.kind == "add" && $0.name == "add:papers" } && items.contains { $0.kind == "remove" && $0.name == "remove:papers.1" })
        // Posted back, the entries keep their order; one left wholly blank is dropped.
        let posted = ["f.papers.0.title": "Bằng", "f.papers.1.title": "", "f.papers.2.title": "Học bạ", "f.papers.2.pages": "3"]
        let read = DeclarationFormInput(form: form, commune: { _ in nil }).values(from: posted)
        #expect(read["papers"] == .list([["title": .text("Bằng")], ["title": .text("Học bạ"), "pages": .text("3")]]))
    }

    @Test("A document given in an earlier dossier is offered again in a slot that allows it and attached without sending the file; nobody else's is")
    func reuseHeldDocument() async throws {
        try await withApp(.sqlite) { app in
            let api = try await APIClient.seeded(app)
            api.setNow("2026-03-02T09:00:00+07:00")
            let me = "0912345678"
            let applicant = APIClient.applicant(phone: me)
            let marriage = Data("%PDF-1.4 giay chung nhan ket hon".utf8)
            var body = Self.birth(documents: [["fileName": "gcs.pdf", "slot": "birthCertificate", "contentBase64": APIClient.pdfBase64],
                                              ["fileName": "ket-hon.pdf", "slot": "marriageCertificate", "contentBase64": marriage.base64EncodedString()]])
            body["applicant"] = applicant
            body["form"] = APIClient.birthForm(applicant: applicant)
            #expect(try await api.call(.POST, "api/v1/dossiers", as: me, json: body).status == .created)
            // A second child: the draft reaches the documents step.
            var draft = body
            draft["documents"] = nil
            draft["step"] = "giay-to"
            let id = try #require(try await api.call(.POST, "api/v1/me/drafts", as: me, json: ["procedureCode": "1.001193"]).object["id"] as? String)
            #expect(try await api.call(.PUT, "api/v1/me/drafts/\(id)", as: me, json: draft).status == .ok)
            // Signed in on the pages.
            let form = [("Content-Type", "application/x-www-form-urlencoded")]
            let signedIn = try await api.call(.POST, "ca-nhan/dang-nhap", body: Data("login=\(me)&password=\(DemoSeed.password)".utf8), headers: form)
            let cookie = try #require(signedIn.headers.setCookie?[AuthenticationMiddleware.cookieName]?.string)
            let session = [("Cookie", "\(AuthenticationMiddleware.cookieName)=\(cookie)")]
            let step3 = "ca-nhan/nop-ho-so/\(id)/giay-to"
            let page = try await api.call(.GET, step3, headers: session)
            let sha = SHA256.hash(data: marriage).hex
            #expect(page.text.contains("value=\"reuse:marriageCertificate:\(sha)\"") && page.text.contains("ket-hon.pdf"), "\(page.text.prefix(300))")
            #expect(!page.text.contains("reuse:birthCertificate:"), "a slot that does not allow it offers nothing")
            let csrf = try #require(page.text.components(separatedBy: "name=\"_csrf\" value=\"").dropFirst().first?.components(separatedBy: "\"").first)
            func post(_ intent: String) async throws -> APIClient.Reply {
                try await api.call(.POST, step3, body: Data("_csrf=\(csrf)&intent=\(intent)".utf8), headers: session + form)
            }
            let reused = try await post("reuse:marriageCertificate:\(sha)")
            #expect(reused.status == .ok && reused.text.contains("✓ ket-hon.pdf"))
            let kept = try await api.call(.GET, "api/v1/me/drafts/\(id)", as: me)
            let attachments = ((kept.object["content"] as? [String: Any])?["attachments"] as? [[String: Any]]) ?? []
            #expect(attachments.map { $0["slot"] as? String } == ["marriageCertificate"] && attachments.first?["sha256"] as? String == sha)
            // A digest the citizen never gave, or given for another slot: not found.
            #expect(try await post("reuse:marriageCertificate:\(String(repeating: "a", count: 64))").status == .notFound)
            #expect(try await post("reuse:birthCertificate:\(SHA256.hash(data: Data(base64Encoded: APIClient.pdfBase64)!).hex)").status == .notFound)
            // Another citizen's draft is offered nothing of it.
            _ = try await api.call(.POST, "api/v1/auth/register", json: ["login": "0987111444", "fullName": "Trần Thị Khác", "password": DemoSeed.password])
            let other = try #require(try await api.call(.POST, "api/v1/me/drafts", as: "0987111444", json: draft).object["id"] as? String)
            let account = try CitizenAccount(ServiceContext(app: app, db: app.db, snapshot: app.reference.current!, now: app.clock.now()),
                                             citizen: try #require(try await Self.principal(app, login: "0987111444")))
            #expect(try await account.heldDocuments(forDraft: other).isEmpty)
        }
    }

    static func principal(_ app: Application, login: String) async throws -> Principal? {
        let session = try await Authentication(app: app, now: app.clock.now()).signIn(login: login, password: DemoSeed.password)
        return try await IdentityStore(db: app.db).principal(token: session.token, now: app.clock.now(), viaCookie: false)
    }
}
