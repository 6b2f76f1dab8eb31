import Foundation
import SQLKit
import Testing
@testable import MotCuaApp

@Suite("Decentralisation over the API", .serialized)
struct DecentralisationAPITests {
    static let decision = "Quyết định 1234/QĐ-BNV ngày 20/11/2026"
    /// "Cấp lại thẻ bảo hiểm y tế (thực hiện tại cấp tỉnh)": provincial only in the catalogue.
    static let provincial = "1.001294"
    /// "Cấp lại thẻ bảo hiểm y tế (thực hiện tại cấp trung ương)": central only.
    static let central = "1.001327"

    static func competentUnit(_ r: APIClient.Reply) -> String? { (r.object["competentUnit"] as? [String: Any])?["code"] as? String }

    /// The competent unit of the dossier a submission created, as an administrator reads it.
    static func competentUnit(_ api: APIClient, _ submitted: APIClient.Reply) async throws -> String? {
        guard let code = submitted.object["code"] as? String else { return nil }
        return competentUnit(try await api.call(.GET, "api/v1/dossiers/\(code)", as: "admin"))
    }

    @Test("An administrator moves a provincial procedure to the communes and decentralises a central one from a day: dossiers received before keep the province, those after go to the commune; bad changes are refused; the report counts them; every change is audited", arguments: Engine.available)
    func changesOfLevel(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            api.setNow("2026-12-02T09:00:00+07:00")
            let path = "api/v1/admin/procedures/\(Self.provincial)/competence"
            let change: [String: Any] = ["levels": ["commune"], "effective": "2027-01-01", "decision": Self.decision]

            // Who may, and what is refused.
            #expect(try await api.call(.POST, path, json: change).status == .unauthorized)
            #expect(try await api.call(.POST, path, as: "giamsat.hanoi", json: change).status == .forbidden)
            #expect(try await api.call(.POST, path, as: "lanhdao.badinh", json: change).status == .forbidden)
            #expect(try await api.call(.POST, "api/v1/admin/procedures/9.999999/competence", as: "admin", json: change).status == .notFound)
            var past = change; past["effective"] = "2026-12-01"
            let refused = try await api.call(.POST, path, as: "admin", json: past)
            #expect(refused.status == .badRequest && refused.code == "past_effective_date" && refused.text.contains("correction"), "\(refused.text)")
            var district = change; district["levels"] = ["district"]
            let unknown = try await api.call(.POST, path, as: "admin", json: district)
            #expect(unknown.code == "bad_competence_change" && unknown.text.contains("district"), "\(unknown.text)")
            var noDecision = change; noDecision["decision"] = ""
            #expect(try await api.call(.POST, path, as: "admin", json: noDecision).code == "bad_competence_change")
            var same = change; same["levels"] = ["province"]
            #expect(try await api.call(.POST, path, as: "admin", json: same).code == "bad_competence_change")
            var badDay = change; badDay["effective"] = "1/1/2027"
            #expect(try await api.call(.POST, path, as: "admin", json: badDay).code == "bad_competence_change")

            let recorded = try await api.call(.POST, path, as: "admin", json: change)
            #expect(recorded.status == .created && recorded.object["movement"] as? String == "reassigned", "\(recorded.text)")
            #expect(recorded.object["previousLevels"] as? [String] == ["province"])
            let decentralised = try await api.call(.POST, "api/v1/admin/procedures/\(Self.central)/competence", as: "admin",
                                                   json: ["levels": ["province"], "effective": "2027-01-01", "decision": Self.decision,
                                                          "agency": "Bảo hiểm xã hội cấp tỉnh"])
            #expect(decentralised.object["movement"] as? String == "decentralised", "\(decentralised.text)")

            // Before the day: the catalogue's levels hold; the procedure's record announces the change.
            let before = try await api.counter(Self.provincial)
            #expect(try await Self.competentUnit(api, before) == "01", "\(before.text)")
            let centralBefore = try await api.counter(Self.central)
            #expect(centralBefore.code == "no_local_authority", "\(centralBefore.text)")
            let detail = try await api.call(.GET, "api/v1/procedures/\(Self.provincial)")
            #expect(detail.object["levels"] as? [String] == ["province"])
            #expect((detail.object["competenceChanges"] as? [[String: Any]])?.first?["effective"] as? String == "2027-01-01")
            let page = try await api.call(.GET, "thu-tuc/\(Self.provincial)")
            #expect(page.text.contains("Từ ngày 01/01/2027, thủ tục sẽ chuyển sang thực hiện tại Cấp xã"), "the page announces it")

            // From the day: routed to the commune; the dossier received before stays with the province.
            api.setNow("2027-01-04T09:00:00+07:00")
            let after = try await api.counter(Self.provincial)
            #expect(try await Self.competentUnit(api, after) == "00004", "\(after.text)")
            let kept = try await api.call(.GET, "api/v1/dossiers/\(before.object["code"] as! String)", as: "lanhdao.tinh")
            #expect(Self.competentUnit(kept) == "01")
            let centralAfter = try await api.counter(Self.central)
            #expect(try await Self.competentUnit(api, centralAfter) == "01", "\(centralAfter.text)")
            let now = try await api.call(.GET, "api/v1/procedures/\(Self.central)")
            #expect(now.object["levels"] as? [String] == ["province"] && now.object["competentAgency"] as? String == "Bảo hiểm xã hội cấp tỉnh")
            let pageAfter = try await api.call(.GET, "thu-tuc/\(Self.provincial)")
            #expect(pageAfter.text.contains("Từ ngày 01/01/2027, thủ tục thực hiện tại Cấp xã (trước đó: Cấp tỉnh)"))

            // A past day is accepted as a correction, and replaces the record of that day.
            var correction = change; correction["levels"] = ["province", "commune"]; correction["correction"] = true
            correction["decision"] = "Quyết định 1300/QĐ-BNV ngày 30/12/2026 (đính chính)"
            let corrected = try await api.call(.POST, path, as: "admin", json: correction)
            #expect(corrected.status == .created && corrected.object["correction"] as? Bool == true, "\(corrected.text)")
            #expect((try await api.call(.GET, "api/v1/procedures/\(Self.provincial)")).object["levels"] as? [String] == ["province", "commune"])

            // The report: one reassigned, one decentralised, one abolished (recorded with the day it takes effect).
            #expect(try await api.call(.PUT, "api/v1/admin/procedures/1.001193/abolition", as: "admin",
                                       json: ["effective": "2027-01-01", "decision": Self.decision]).status == .badRequest, "a past day")
            #expect(try await api.call(.PUT, "api/v1/admin/procedures/1.001193/abolition", as: "admin",
                                       json: ["effective": "2027-01-01", "decision": Self.decision, "correction": true]).status == .ok)
            let report = try await api.call(.GET, "api/v1/decentralisation/report?from=2027-01-01&to=2027-01-31")
            let totals = try #require(report.object["totals"] as? [String: Any])
            #expect(totals["decentralised"] as? Int == 1 && totals["reassigned"] as? Int == 1 && totals["abolished"] as? Int == 1
                    && totals["total"] as? Int == 3, "\(report.text)")
            let ministries = (report.object["byMinistry"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            #expect(ministries.contains("Bộ Công an") && ministries.contains("Bộ Tư pháp"), "\(ministries)")
            #expect((report.object["items"] as? [[String: Any]])?.count == 3)
            let empty = try await api.call(.GET, "api/v1/decentralisation/report?from=2026-07-01&to=2026-12-31")
            #expect((empty.object["totals"] as? [String: Any])?["total"] as? Int == 0)
            #expect(try await api.call(.GET, "api/v1/decentralisation/report?from=2027-02-01&to=2027-01-01").code == "bad_date")
            #expect(try await api.call(.GET, "api/v1/decentralisation/report?from=soon").code == "bad_date")
            let csv = try await api.call(.GET, "api/v1/decentralisation/report?from=2027-01-01&to=2027-01-31&format=csv")
            #expect(csv.text.contains("Tổng,,1,1,0,0,1,3"), "\(csv.text)")
            let xlsx = try await api.call(.GET, "api/v1/decentralisation/report?from=2027-01-01&to=2027-01-31&format=xlsx")
            if let sheets = try ServiceIndexTests.readXLSX(xlsx.data) {
                #expect(sheets.count == 2)
                let rows = sheets.last?["rows"] as? [[Any]] ?? []
                #expect(rows.count == 4, "a header and three changes: \(rows)")
            }

            // The public page: the counts, the tables and each change linking to its procedure.
            let page2 = try await api.call(.GET, "phan-cap?tu=2027-01-01&den=2027-01-31")
            #expect(page2.status == .ok && page2.text.contains("Từ 01/01/2027 đến 31/01/2027: 3 thủ tục có thay đổi."))
            #expect(page2.text.contains("href=\"/thu-tuc/\(Self.central)\"") && page2.text.contains("Cấp trung ương → Cấp tỉnh (Bảo hiểm xã hội cấp tỉnh)"))
            #expect(try await api.call(.GET, "phan-cap?tu=2027-02-30").status == .badRequest)

            // Withdrawn by mistake, then gone; audited.
            #expect(try await api.call(.DELETE, "\(path)/2027-01-01", as: "admin").status == .noContent)
            #expect(try await api.call(.DELETE, "\(path)/2027-01-01", as: "admin").code == "competence_change_not_found")
            #expect((try await api.call(.GET, "api/v1/procedures/\(Self.provincial)")).object["levels"] as? [String] == ["province"])
            let actions = try await (app.db as! any SQLDatabase).select().column("action").from("audit_log")
                .where("subject", .equal, SQLBind("procedure:\(Self.provincial)")).all().map { try $0.decode(column: "action", as: String.self) }
            #expect(actions.sorted() == ["procedure.competence", "procedure.competence", "procedure.competence.withdraw"])
            #expect(try await AuditChain.verify(app.db, key: AuditChain.key).problem == nil)
        }
    }

    @Test("The officers' mode answers \"is this task ours?\" from the records, as of the day asked about", arguments: Engine.available)
    func officersAsk(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            api.setNow("2026-12-02T09:00:00+07:00")
            #expect(try await api.call(.POST, "api/v1/admin/procedures/\(Self.provincial)/competence", as: "admin",
                                       json: ["levels": ["commune"], "effective": "2027-01-01", "decision": Self.decision]).status == .created)
            let question = "Cấp lại thẻ bảo hiểm y tế (thực hiện tại cấp tỉnh) có thuộc thẩm quyền của xã không?"
            func ask(_ date: String?, _ q: String = question) async throws -> APIClient.Reply {
                var body: [String: Any] = ["question": q, "mode": "officer", "communeCode": "00004"]
                if let date { body["date"] = date }
                return try await api.call(.POST, "api/v1/assistant/ask", as: "chuyenvien.badinh", json: body)
            }
            let now = try await ask(nil)
            #expect(now.status == .ok && (now.object["citations"] as? [[String: Any]])?.first?["code"] as? String == Self.provincial, "\(now.text)")
            let answer = now.object["answer"] as? String ?? ""
            #expect(answer.contains("Không: thuộc thẩm quyền cấp tỉnh") && answer.contains("Đã quyết định: Từ ngày 01/01/2027"), "\(answer)")
            let then = try await ask("2027-01-05")
            let later = then.object["answer"] as? String ?? ""
            #expect(later.contains("Có ngày 05/01/2027: thuộc thẩm quyền của UBND") && later.contains("1234/QĐ-BNV"), "\(later)")
            let named = try await ask(nil, "Từ ngày 01/01/2027, thủ tục cấp lại thẻ bảo hiểm y tế (thực hiện tại cấp tỉnh) có phải của xã không?")
            #expect((named.object["answer"] as? String ?? "").contains("Có ngày 01/01/2027"), "\(named.text)")
            #expect(try await ask("2027-13-01").code == "bad_date")
            // An abolished procedure is named as such to an officer asking about a day after it (citizens are not offered it).
            #expect(try await api.call(.PUT, "api/v1/admin/procedures/1.001193/abolition", as: "admin",
                                       json: ["effective": "2027-01-01", "decision": Self.decision]).status == .ok)
            let abolished = try await ask("2027-01-05", "Thủ tục đăng ký khai sinh có còn thuộc thẩm quyền của xã không?")
            #expect((abolished.object["answer"] as? String ?? "").contains("Đã bãi bỏ từ ngày 01/01/2027"), "\(abolished.text)")
        }
    }
}
