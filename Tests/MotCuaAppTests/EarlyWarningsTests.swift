import Foundation
import SQLKit
import Testing
import VaporTesting
@testable import MotCuaApp
@testable import MotCuaCore

@Suite("Early warnings")
struct EarlyWarningsTests {
    @Test("Near-due and overdue dossiers per officer, field and unit; a backlog rising week over week; a daily digest to the leader, once", arguments: Engine.available)
    func board(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            // The week of 9 November: one land dossier (8 working days, due Friday 20th). The week of 16 November: six more
            // (due Monday 30th by the calendar), one of them assigned.
            api.setNow("2026-11-10T09:00:00+07:00")
            let overdue = try #require(try await api.counter("1.012796").object["code"] as? String)
            var near: [String] = []
            for i in 0..<6 {
                api.setNow("2026-11-17T09:0\(i):00+07:00")
                near.append(try #require(try await api.counter("1.012796").object["code"] as? String))
            }
            let specialist = try await api.accountId("chuyenvien.badinh")
            #expect(try await api.act(near[0], "assign", as: "truongphong.badinh", ["assignee": specialist]).status == .ok)

            // Friday 27 November, late afternoon: the six are due on Monday morning, the first is a week past due.
            api.setNow("2026-11-27T16:30:00+07:00")
            let r = try await api.call(.GET, "api/v1/staff/early-warnings?unit=00004", as: "lanhdao.badinh")
            #expect(r.status == .ok, "\(r.text)")
            let o = r.object
            #expect(o["nearDue"] as? Int == 6 && o["overdue"] as? Int == 1, "\(r.text.prefix(400))")
            let officers = o["byOfficer"] as? [[String: Any]] ?? []
            #expect(officers.count == 2 && officers.contains { $0["key"] as? String == specialist && $0["nearDue"] as? Int == 1 }, "\(officers)")
            let fields = o["byField"] as? [[String: Any]] ?? []
            #expect(fields.count == 1 && fields.first?["overdue"] as? Int == 1 && fields.first?["nearDue"] as? Int == 6)
            let dossiers = o["dossiers"] as? [[String: Any]] ?? []
            #expect(dossiers.first?["code"] as? String == overdue && dossiers.first?["urgency"] as? String == "overdue" && dossiers.count == 7)
            // The last whole week (16–22 November) against the one before: the backlog rose from 1 to 7.
            #expect(o["weekFrom"] as? String == "2026-11-16")
            let rising = o["rising"] as? [[String: Any]] ?? []
            let rises = rising.first?["rises"] as? [[String: Any]] ?? []
            #expect(rising.count == 1 && rises.contains { $0["kind"] as? String == "backlog" && $0["from"] as? Double == 1 && $0["to"] as? Double == 7 },
                    "\(rising)")
            // The province's leaders see it per commune.
            let province = try await api.call(.GET, "api/v1/staff/early-warnings?unit=01", as: "lanhdao.tinh")
            #expect(province.status == .ok && (province.object["byUnit"] as? [[String: Any]])?.first?["key"] as? String == "00004", "\(province.text.prefix(300))")
            // Authorisation before anything is read: another commune's leader, an unknown unit, nobody signed in.
            #expect(try await api.call(.GET, "api/v1/staff/early-warnings?unit=00004", as: "lanhdao.ngocha").status == .forbidden)
            #expect(try await api.call(.GET, "api/v1/staff/early-warnings?unit=99999", as: "lanhdao.badinh").status == .forbidden)
            #expect(try await api.call(.GET, "api/v1/staff/early-warnings?unit=00004").status == .unauthorized)
            #expect(try await api.call(.GET, "api/v1/staff/early-warnings?unit=00004", as: "0912345678").status == .forbidden)
            // The page.
            let page = try await api.call(.GET, "can-bo/canh-bao", as: "lanhdao.badinh")
            #expect(page.status == .ok && page.text.contains("Cảnh báo sớm") && page.text.contains(overdue) && page.text.contains("hồ sơ tồn tăng từ 1 lên 7"),
                    "\(page.text.components(separatedBy: "<main").last?.prefix(1500) ?? "")")

            // The daily digest: from 07:00, to the leader's address, once a day however often the sweep runs.
            let leader = try await api.accountId("lanhdao.badinh")
            try await IdentityStore(db: app.db).updateProfile(id: leader, identityFacts: nil, phone: nil, email: "lanhdao@badinh.example")
            let context = ServiceContext(app: app, db: app.db, snapshot: try #require(app.reference.current),
                                         now: try #require(LocalDateTime.parse("2026-11-27T16:30:00+07:00")).instant)
            #expect(try await EarlyWarnings(context: context).sendDigests() == 1)
            #expect(try await EarlyWarnings(context: context).sendDigests() == 0, "once a day")
            let early = ServiceContext(app: app, db: app.db, snapshot: context.snapshot, now: try #require(LocalDateTime.parse("2026-11-28T06:30:00+07:00")).instant)
            #expect(try await EarlyWarnings(context: early).sendDigests() == 0, "not before 07:00")
            let rows = try await (app.db as! any SQLDatabase).select().columns("recipient", "subject", "body").from("outbox")
                .where("event", .equal, SQLBind("digest")).all()
            #expect(rows.count == 1)
            let body = try rows.first?.decode(column: "body", as: String.self) ?? ""
            #expect(try rows.first?.decode(column: "recipient", as: String.self) == "lanhdao@badinh.example"
                    && body.contains("6 hồ sơ sắp đến hạn") && body.contains("1 hồ sơ đã quá hạn") && body.contains("/can-bo/canh-bao?don-vi=00004")
                    && !body.contains("0987654321"), "\(body)")
        }
    }
}
