import Foundation
import SQLKit
import Testing
import VaporTesting
@testable import MotCuaApp
@testable import MotCuaCore

/// Administrators review the procedures the import flagged: the raw text beside what was read, a refined declaration
/// (checked as the shipped files are; an error names its line and keeps the one in force), the flags marked reviewed,
/// each correction numbered, explained and audited.
@Suite("Catalogue review")
struct CatalogueReviewTests {
    /// A flagged procedure with no written form, offered online (so its declaration is the derived one).
    static func flagged(_ app: Application) throws -> ProcedureSummary {
        let snapshot = try #require(app.reference.current)
        return try #require(snapshot.catalogue.procedures.first { p in
            !p.flags.isEmpty && p.online && app.declarationForms.written[p.code] == nil && p.levels.contains(.commune)
        })
    }

    @Test("Over the API: only an administrator corrects; a definition with an error is refused with its line and nothing changes; a refined one is in force at once with a higher version; the flags reviewed take it off the list", arguments: Engine.available)
    func correctOverAPI(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            let code = try Self.flagged(app).code
            let path = "api/v1/admin/procedures/\(code)/corrections"
            let form = try await api.call(.GET, "api/v1/procedures/\(code)/form")
            #expect(form.status == .ok && form.object["version"] as? Int == 1)
            let slots = try #require(form.object["documents"] as? [[String: Any]])
            let procedure = try await ReferenceRepository(db: app.db).procedure(code: code)
            var refined = try #require(procedure.map { DeclarationDerivation.derive(from: $0).form })
            refined.documents.append(DocumentSlot(key: "extra", name: "Giấy ủy quyền (nếu nộp thay)", nameEn: nil, required: false, requiredWhen: nil,
                                                  form: .original, count: 1, reusable: true, mediaTypes: nil, note: nil))
            let text = try CatalogueReviewController.pretty(refined)

            // Who may: administrators only.
            for who in ["giamsat.hanoi", "motcua.badinh", "0912345678"] {
                #expect(try await api.call(.POST, path, as: who, json: ["definition": text, "note": "thêm ô"]).status == .forbidden, "\(who)")
            }
            #expect(try await api.call(.POST, path, json: ["definition": text, "note": "thêm ô"]).status == .unauthorized)
            // Bad input: nothing recorded, the declaration in force kept.
            #expect(try await api.call(.POST, path, as: "admin", json: ["definition": text]).code == "correction_note")
            let broken = text.replacingOccurrences(of: "\"key\": \"extra\"", with: "\"key\": \"\(slots.first?["key"] as? String ?? "doc1")\"")
            let duplicate = try await api.call(.POST, path, as: "admin", json: ["definition": broken, "note": "thêm ô"])
            let line = DeclarationForm.line(ofKey: "extra", in: text)
            #expect(duplicate.code == "definition_invalid" && duplicate.text.contains("dòng \(line)") && duplicate.text.contains("appears twice"),
                    "\(duplicate.text) \(text.prefix(400))")
            let notJSON = try await api.call(.POST, path, as: "admin", json: ["definition": "{\n \"procedureCode\": \"\(code)\",\n \"version\": 1,\n oops\n}", "note": "x"])
            #expect(notJSON.code == "definition_invalid" && notJSON.text.contains("dòng 4"), "\(notJSON.text)")
            let other = text.replacingOccurrences(of: "\"procedureCode\": \"\(code)\"", with: "\"procedureCode\": \"1.001193\"")
            #expect(other != text)
            #expect(try await api.call(.POST, path, as: "admin", json: ["definition": other, "note": "x"]).code == "definition_invalid")
            #expect(try await api.call(.POST, "api/v1/admin/procedures/9.999999/corrections", as: "admin", json: ["note": "x"]).status == .notFound)
            #expect(try await api.call(.GET, path, as: "admin").text == "[]")
            #expect(try await api.call(.GET, "api/v1/procedures/\(code)/form").object["version"] as? Int == 1)

            // A refined definition: in force at once, its version above the one it replaces.
            let recorded = try await api.call(.POST, path, as: "admin", json: ["definition": text, "note": "Thêm ô giấy ủy quyền khi nộp thay."])
            #expect(recorded.status == .created && recorded.object["revision"] as? Int == 1 && recorded.object["definitionVersion"] as? Int == 2,
                    "\(recorded.text)")
            let now = try await api.call(.GET, "api/v1/procedures/\(code)/form")
            #expect(now.object["version"] as? Int == 2)
            #expect((now.object["documents"] as? [[String: Any]])?.last?["key"] as? String == "extra")
            #expect(try await api.call(.GET, "thu-tuc/\(code)").text.contains("Giấy ủy quyền (nếu nộp thay)"), "the public page lists the new slot")
            // The same definition again is no change of the declaration; the flags reviewed take it off the list.
            let again = try await api.call(.POST, path, as: "admin", json: ["definition": text, "reviewed": true, "note": "Đã đối chiếu thời hạn và phí."])
            #expect(again.status == .created && again.object["revision"] as? Int == 2 && again.object["definitionVersion"] == nil)
            let snapshot = try #require(app.reference.current)
            #expect(snapshot.corrections.reviewed.contains(code) && snapshot.corrections.forms[code]?.version == 2)
            let review = try CatalogueReview(ServiceContext(app: app, db: app.db, snapshot: snapshot, now: Date()),
                                             by: try #require(try await DeclarationSubmissionTests.principal(app, login: "admin")))
            #expect(!review.queue(flag: nil, state: .toReview, query: nil).contains { $0.code == code })
            #expect(review.queue(flag: nil, state: .reviewed, query: code).map(\.code) == [code])
            // The history, newest first; each correction audited.
            let history = try await api.call(.GET, path, as: "admin")
            let items = try #require(try JSONSerialization.jsonObject(with: Data(history.text.utf8)) as? [[String: Any]])
            #expect(items.map { $0["revision"] as? Int } == [2, 1] && items.last?["note"] as? String == "Thêm ô giấy ủy quyền khi nộp thay.")
            let audited = try await app.db.sql.select().column("detail").from("audit_log").where("action", .equal, SQLBind("procedure.correct"))
                .orderBy("seq").all().map { try $0.decode(column: "detail", as: String.self) }
            #expect(audited == ["revision 1: declaration v2 (\(refined.documents.count) slots)", "revision 2: flags reviewed"])
        }
    }

    @Test("A processing time the import could not read is corrected by channel: the procedure and its summary carry it, the time flags go when every channel has one, and a new import of the catalogue keeps it", arguments: Engine.available)
    func correctTimes(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            let snapshot = try #require(app.reference.current)
            let summary = try #require(snapshot.catalogue.procedures.first { $0.flags.contains(.timeUnitMissing) && $0.flags.allSatisfy { $0 == .timeUnitMissing } })
            let p = try #require(try await ReferenceRepository(db: app.db).procedure(code: summary.code))
            let path = "api/v1/admin/procedures/\(p.code)/corrections"
            let missing = Set(p.channels.filter { $0.time == nil }.map(\.channel.rawValue))
            #expect(!missing.isEmpty)
            // Bad input: an unreadable time, a channel that does not exist or that the procedure does not have.
            #expect(try await api.call(.POST, path, as: "admin", json: ["times": ["counter": "15 ngày làm"], "note": "x"]).code == "bad_time")
            #expect(try await api.call(.POST, path, as: "admin", json: ["times": ["fax": "3 ngày làm việc"], "note": "x"]).code == "bad_channel")
            if let absent = ["online", "counter", "post"].first(where: { c in !p.channels.contains { $0.channel.rawValue == c } }) {
                #expect(try await api.call(.POST, path, as: "admin", json: ["times": [absent: "3 ngày làm việc"], "note": "x"]).code == "bad_channel")
            }
            #expect(try await api.call(.POST, path, as: "admin", json: ["times": "15", "note": "x"]).code == "bad_body")
            let times = Dictionary(uniqueKeysWithValues: missing.map { ($0, "15 ngày làm việc") })
            let recorded = try await api.call(.POST, path, as: "admin", json: ["times": times, "note": "Quyết định công bố ghi 15 ngày làm việc."])
            #expect(recorded.status == .created && (recorded.object["times"] as? [String: String])?.values.allSatisfy { $0 == "15 working-days" } == true,
                    "\(recorded.text)")
            func check(_ label: String) async throws {
                let detail = try await api.call(.GET, "api/v1/procedures/\(p.code)")
                let channels = try #require(detail.object["channels"] as? [[String: Any]])
                for c in channels where missing.contains(c["channel"] as? String ?? "") {
                    #expect(c["time"] as? String == "15 working-days", "\(label): \(c)")
                }
                #expect((detail.object["flags"] as? [String] ?? []).isEmpty, "\(label): \(detail.object["flags"] ?? "")")
                let listed = try #require(app.reference.current).catalogue.procedure(code: p.code)
                #expect(listed?.flags.isEmpty == true && listed?.time != nil, "\(label): the summaries follow")
            }
            try await check("recorded")
            // A new import of the catalogue: the correction still stands.
            let importer = ReferenceImporter(files: ReferenceFiles(directory: dataDirectory), db: app.db)
            _ = try await importer.importCatalogue()
            try await reloadReference(app)
            try await check("after a new import")
        }
    }

    @Test("On the pages: the flagged list with its filters, the raw text beside what was read, an error kept with what was typed, a correction recorded and listed")
    func reviewPages() async throws {
        try await withApp(.sqlite) { app in
            let api = try await APIClient.seeded(app)
            let p = try Self.flagged(app)
            let form = [("Content-Type", "application/x-www-form-urlencoded")]
            func session(_ login: String) async throws -> [(String, String)] {
                let signedIn = try await api.call(.POST, "can-bo/dang-nhap", body: Data("login=\(login)&password=\(DemoSeed.password)".utf8), headers: form)
                let cookie = try #require(signedIn.headers.setCookie?[AuthenticationMiddleware.cookieName]?.string)
                return [("Cookie", "\(AuthenticationMiddleware.cookieName)=\(cookie)")]
            }
            let officer = try await session("motcua.badinh")
            #expect(try await api.call(.GET, "can-bo/danh-muc", headers: officer).status == .forbidden)
            #expect(!(try await api.call(.GET, "can-bo", headers: officer).text.contains("/can-bo/danh-muc")), "no menu entry for officers")
            #expect(try await api.call(.GET, "can-bo/danh-muc").status == .seeOther)
            let admin = try await session("admin")
            let list = try await api.call(.GET, "can-bo/danh-muc", headers: admin)
            let flagged = try #require(app.reference.current).catalogue.procedures.filter { !$0.flags.isEmpty }.count
            #expect(list.status == .ok && list.text.contains("\(flagged) thủ tục bị đánh dấu khi nhập; 0 đã rà soát"), "\(list.text.prefix(500))")
            #expect(list.text.components(separatedBy: "<tr>").count - 2 == CatalogueQueuePage.pageSize, "a page of 50 rows and its header")
            let filtered = try await api.call(.GET, "can-bo/danh-muc?co=\(p.flags[0].rawValue)&q=\(p.code)", headers: admin)
            #expect(filtered.text.contains("/can-bo/danh-muc/\(p.code)") && filtered.text.contains("Thủ tục 1–1 trong 1"))

            let pagePath = "can-bo/danh-muc/\(p.code)"
            let page = try await api.call(.GET, pagePath, headers: admin)
            #expect(page.status == .ok && page.text.contains("id=\"raw\"") && page.text.contains("id=\"parsed\"") && page.text.contains("lập tự động"))
            let raw = try #require(try await ReferenceRepository(db: app.db).raw(code: p.code))
            if let documents = raw.documents?.split(separator: "\n").first {
                #expect(page.text.contains(String(documents.prefix(40)).replacingOccurrences(of: "\"", with: "&quot;")))
            }
            let csrf = try #require(page.text.components(separatedBy: "name=\"_csrf\" value=\"").dropFirst().first?.components(separatedBy: "\"").first)
            func post(_ fields: [(String, String)]) async throws -> APIClient.Reply {
                let body = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
                return try await api.call(.POST, pagePath, body: Data("_csrf=\(csrf)&\(body)".utf8), headers: admin + form)
            }
            // An error: shown with its line, what was typed kept, nothing recorded.
            let typed = "{\n \"procedureCode\": \"\(p.code)\",\n \"version\": 1,\n \"title\": \"T\",\n \"sections\": [],\n \"documents\": []\n}"
            let refused = try await post([("definition", typed), ("note", "Sửa tiêu đề")])
            #expect(refused.status == .badRequest && refused.text.contains("dòng 5") && refused.text.contains("Sửa tiêu đề")
                    && refused.text.contains("&quot;title&quot;: &quot;T&quot;"), "\(refused.text.components(separatedBy: "<main").last!.prefix(1500))")
            #expect(try await ReferenceRepository(db: app.db).corrections(code: p.code).isEmpty)
            // Reviewed, the definition as it was: recorded, listed, and the procedure leaves the list to review.
            let current = try CatalogueReviewController.pretty(try #require(try await ReferenceRepository(db: app.db).procedure(code: p.code)
                .map { DeclarationDerivation.derive(from: $0).form }))
            let saved = try await post([("definition", current), ("reviewed", "true"), ("note", "Đã đối chiếu với quyết định công bố.")])
            #expect(saved.status == .seeOther)
            let after = try await api.call(.GET, pagePath + "?da-ghi=1", headers: admin)
            #expect(after.text.contains("Đã ghi nhận lần sửa 1.") && after.text.contains("id=\"history\"") && after.text.contains("Quản trị hệ thống")
                    && after.text.contains("Đã đối chiếu với quyết định công bố.") && after.text.contains("đã rà soát"))
            let left = try await api.call(.GET, "can-bo/danh-muc", headers: admin)
            #expect(left.text.contains("\(flagged) thủ tục bị đánh dấu khi nhập; 1 đã rà soát"))
        }
    }
}
