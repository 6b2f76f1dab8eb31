import Foundation
import SQLKit
import Testing
import VaporTesting
@testable import MotCuaApp
@testable import MotCuaCore

@Suite("Dossier lifecycle, end to end")
struct DossierLifecycleTests {
    @Test("Birth registration received at the counter at 16:10 on the Friday before Tết 2026", arguments: Engine.available)
    func birthBeforeTet(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            api.setNow("2026-02-13T16:10:00+07:00")
            let r = try await api.counter("1.001193")
            #expect(r.status == .created, "\(r.text)")
            #expect(r.object["code"] as? String == "00004-260213-0001")
            #expect(r.object["state"] as? String == "received")
            #expect(r.object["statusCode"] as? Int == 2)
            // Same-day procedure received after 15:00 on the last working day before the Tết break (14–22/2):
            // due at the close of the first working day after it.
            #expect(r.object["appointment"] as? String == "2026-02-23T17:00:00+07:00")
            #expect(r.object["appointmentProvisional"] as? Bool == false)
            let slip = try await api.call(.GET, "ho-so/00004-260213-0001/phieu-tiep-nhan", as: "motcua.badinh")
            #expect(slip.status == .ok)
            #expect(slip.text.contains("17:00 23/02/2026") && slip.text.contains("16:10 13/02/2026") && slip.text.contains("class=\"print a5\"") && slip.text.contains("<svg"))
            #expect(!slip.text.contains("001203012345"), "the slip masks the ID number")
            // The citizen got a message in the same transaction.
            let staff = try await api.call(.GET, "api/v1/dossiers/00004-260213-0001", as: "motcua.badinh")
            let notes = staff.object["notifications"] as? [[String: Any]] ?? []
            #expect(notes.contains { $0["event"] as? String == "received" && $0["channel"] as? String == "sms" })
        }
    }

    /// Receives a land procedure (8 working days) on Monday 2 March 2026 at 09:00 and assigns it to the Ba Đình specialist.
    static func landDossier(_ api: APIClient) async throws -> String {
        api.setNow("2026-03-02T09:00:00+07:00")
        let r = try await api.counter("1.012796")
        #expect(r.status == .created, "\(r.text)")
        #expect(r.object["appointment"] as? String == "2026-03-12T09:00:00+07:00")
        let code = r.object["code"] as! String
        let assign = try await api.act(code, "assign", as: "truongphong.badinh", ["assignee": try await api.accountId("chuyenvien.badinh")])
        #expect(assign.status == .ok, "\(assign.text)")
        #expect(assign.object["state"] as? String == "processing")
        return code
    }

    @Test("A land procedure with one supplement request: the clock pauses, the due date moves, the dossier is early", arguments: Engine.available)
    func oneSupplement(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            let code = try await Self.landDossier(api)
            api.setNow("2026-03-04T09:00:00+07:00")
            let ask = try await api.act(code, "requestSupplement", as: "chuyenvien.badinh", ["reason": "Thiếu bản sao trích đo địa chính thửa đất"])
            #expect(ask.object["state"] as? String == "supplementRequested")
            #expect(ask.object["statusCode"] as? Int == 5)
            #expect(ask.object["urgency"] as? String == "paused")
            // The applicant supplements five days later (proving the phone, without an account).
            api.setNow("2026-03-09T09:00:00+07:00")
            let wrong = try await api.act(code, "supplement", as: nil, ["phone": "0900000000"])
            #expect(wrong.status == .notFound)
            let done = try await api.act(code, "supplement", as: nil, ["phone": "0987654321"])
            #expect(done.status == .ok, "\(done.text)")
            #expect(done.object["state"] as? String == "processing")
            // Six working days were left at the pause: Monday 9 March 09:00 + 6 working days.
            #expect(done.object["dueAt"] as? String == "2026-03-17T09:00:00+07:00")
            api.setNow("2026-03-16T08:00:00+07:00")
            let submitted = try await api.act(code, "submitForApproval", as: "chuyenvien.badinh")
            #expect(submitted.status == .ok, "\(submitted.text)")
            api.setNow("2026-03-16T10:00:00+07:00")
            let approved = try await api.act(code, "approve", as: "lanhdao.badinh")
            #expect(approved.object["state"] as? String == "completed")
            #expect(approved.object["statusCode"] as? Int == 9)
            #expect(approved.object["outcome"] as? String == "early")
            let returned = try await api.act(code, "returnResult", as: "motcua.badinh")
            #expect(returned.object["statusCode"] as? Int == 10)
            // The control sheet lists every step, who and when.
            let history = returned.object["history"] as? [[String: Any]] ?? []
            #expect(history.map { $0["action"] as? String ?? "" } == ["submit", "receive", "assign", "requestSupplement", "supplement",
                                                                     "submitForApproval", "approve", "returnResult"])
            let sheet = try await api.call(.GET, "ho-so/\(code)/phieu-kiem-soat", as: "lanhdao.badinh")
            #expect(sheet.text.contains("Trần Văn Minh") && sheet.text.contains("Trước hạn"))
            let supplementNotice = try await api.call(.GET, "ho-so/\(code)/phieu-bo-sung?phone=0987654321")
            #expect(supplementNotice.status == .ok && supplementNotice.text.contains("trích đo địa chính"))
        }
    }

    @Test("Two supplement requests make the dossier late for the index, however early it ends", arguments: Engine.available)
    func twoSupplements(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            let code = try await Self.landDossier(api)
            for (ask, give) in [("2026-03-03T09:00:00+07:00", "2026-03-03T14:00:00+07:00"), ("2026-03-04T09:00:00+07:00", "2026-03-04T14:00:00+07:00")] {
                api.setNow(ask)
                let asked = try await api.act(code, "requestSupplement", as: "chuyenvien.badinh", ["reason": "Bổ sung giấy tờ"])
                #expect(asked.status == .ok, "\(asked.text)")
                api.setNow(give)
                #expect(try await api.act(code, "supplement", as: nil, ["phone": "0987654321"]).status == .ok)
            }
            api.setNow("2026-03-05T09:00:00+07:00")
            _ = try await api.act(code, "submitForApproval", as: "chuyenvien.badinh")
            let approved = try await api.act(code, "approve", as: "lanhdao.badinh")
            #expect(approved.object["supplementRequests"] as? Int == 2)
            #expect(approved.object["outcome"] as? String == "late")
        }
    }

    @Test("A dossier that will be late: near-due warning, one apology with a new date, classed late", arguments: Engine.available)
    func apology(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            let code = try await Self.landDossier(api)
            api.setNow("2026-03-11T15:00:00+07:00")
            let before = try await api.call(.GET, "api/v1/dossiers/\(code)", as: "chuyenvien.badinh")
            #expect(before.object["urgency"] as? String == "nearDue")
            let sweep = try await DeadlineSweep.run(app: app, snapshot: app.reference.current!, now: app.clock.now())
            #expect(sweep.nearDue == 1 && sweep.warningsWritten == 3)   // the assigned specialist, the division head and the leader
            let again = try await DeadlineSweep.run(app: app, snapshot: app.reference.current!, now: app.clock.now())
            #expect(again.warningsWritten == 0)
            let warnings = try await api.call(.GET, "api/v1/staff/warnings", as: "chuyenvien.badinh")
            #expect(warnings.text.contains(code) && warnings.text.contains("nearDue"))

            let early = try await api.act(code, "apologise", as: "chuyenvien.badinh", ["reason": "Chờ xác minh ranh giới", "newAppointment": "2026-03-10T09:00:00+07:00"])
            #expect(early.code == "new_appointment_not_later")
            let sorry = try await api.act(code, "apologise", as: "chuyenvien.badinh", ["reason": "Chờ xác minh ranh giới thửa đất với xã giáp ranh",
                                                                                      "newAppointment": "2026-03-16T09:00:00+07:00"])
            #expect(sorry.status == .ok, "\(sorry.text)")
            #expect(sorry.object["apologyAppointment"] as? String == "2026-03-16T09:00:00+07:00")
            let twice = try await api.act(code, "apologise", as: "chuyenvien.badinh", ["reason": "Lần nữa", "newAppointment": "2026-03-20T09:00:00+07:00"])
            #expect(twice.status == .conflict && twice.code == "already_apologised")
            let letter = try await api.call(.GET, "ho-so/\(code)/thu-xin-loi?phone=0987654321")
            #expect(letter.text.contains("09:00 16/03/2026") && letter.text.contains("xin lỗi"))
            let citizen = try await api.call(.GET, "api/v1/dossiers/\(code)?phone=0987654321")
            #expect(citizen.object["apologyAppointment"] as? String == "2026-03-16T09:00:00+07:00")
            #expect(citizen.object["applicant"] == nil, "the public view carries no personal data")

            api.setNow("2026-03-13T10:00:00+07:00")
            _ = try await api.act(code, "submitForApproval", as: "chuyenvien.badinh")
            let approved = try await api.act(code, "approve", as: "lanhdao.badinh")
            #expect(approved.object["outcome"] as? String == "late")
            let outbox = approved.object["notifications"] as? [[String: Any]] ?? []
            #expect(outbox.contains { $0["event"] as? String == "apology" })
        }
    }

    @Test("An interconnected procedure across commune and province: a sub-deadline per agency, one outcome", arguments: Engine.available)
    func interconnected(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            api.setNow("2026-03-02T09:00:00+07:00")
            let r = try await api.counter("2.000986")
            #expect(r.status == .created, "\(r.text)")
            let code = r.object["code"] as! String
            let view = try await api.call(.GET, "api/v1/dossiers/\(code)", as: "motcua.badinh")
            let parts = view.object["parts"] as? [[String: Any]] ?? []
            #expect(parts.map { $0["unitCode"] as? String ?? "" } == ["00004", "00004", "01"])
            #expect(parts.map { $0["due"] as? String ?? "" } == ["2026-03-03T09:00:00+07:00", "2026-03-12T09:00:00+07:00", "2026-03-19T09:00:00+07:00"])
            _ = try await api.act(code, "assign", as: "truongphong.badinh", ["assignee": try await api.accountId("chuyenvien.badinh")])
            #expect(try await api.act(code, "completePart", as: "chuyenvien.badinh").object["state"] as? String == "processing")
            #expect(try await api.act(code, "completePart", as: "chuyenvien.badinh").object["state"] as? String == "processing")
            let notMine = try await api.act(code, "completePart", as: "chuyenvien.badinh")
            #expect(notMine.code == "not_your_part")
            // The provincial specialist (health insurance part) sees the dossier and completes the last part.
            let provincial = try await api.call(.GET, "api/v1/staff/dossiers?unit=01", as: "chuyenvien.tinh")
            #expect(provincial.text.contains(code))
            let last = try await api.act(code, "completePart", as: "chuyenvien.tinh")
            #expect(last.object["state"] as? String == "awaitingApproval", "\(last.text)")
            let approved = try await api.act(code, "approve", as: "lanhdao.badinh")
            #expect(approved.object["state"] as? String == "completed")
            #expect(approved.object["outcome"] as? String == "early")
        }
    }

    @Test("A dossier received by one commune for another commune's authority", arguments: Engine.available)
    func acrossCommunes(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            api.setNow("2026-03-02T09:00:00+07:00")
            let r = try await api.counter("1.004194", applicant: APIClient.applicant(commune: "00008"))
            let code = r.object["code"] as! String
            #expect(code.hasPrefix("00004-"), "coded by the receiving unit")
            let view = try await api.call(.GET, "api/v1/dossiers/\(code)", as: "chuyenvien.ngocha")
            #expect((view.object["competentUnit"] as? [String: Any])?["code"] as? String == "00008")
            #expect((view.object["receivingUnit"] as? [String: Any])?["code"] as? String == "00004")
            // Deciding belongs to Ngọc Hà: Ba Đình's leader can see the dossier but not assign or approve it.
            let wrongLeader = try await api.act(code, "assign", as: "lanhdao.badinh", ["assignee": try await api.accountId("chuyenvien.ngocha")])
            #expect(wrongLeader.status == .forbidden)
            let assigned = try await api.act(code, "assign", as: "lanhdao.ngocha", ["assignee": try await api.accountId("chuyenvien.ngocha")])
            #expect(assigned.status == .ok, "\(assigned.text)")
            let wrongAssignee = try await api.act(code, "handOver", as: "chuyenvien.ngocha", ["assignee": try await api.accountId("chuyenvien.badinh")])
            #expect(wrongAssignee.code == "assignee_not_in_unit")
            _ = try await api.act(code, "submitForApproval", as: "chuyenvien.ngocha")
            #expect(try await api.act(code, "approve", as: "lanhdao.badinh").status == .forbidden)
            #expect(try await api.act(code, "approve", as: "lanhdao.ngocha").status == .ok)
            // The result goes back where it was handed in.
            #expect(try await api.act(code, "returnResult", as: "motcua.badinh").object["state"] as? String == "returned")
            // An officer of a third commune does not even learn that the dossier exists.
            #expect(try await api.call(.GET, "api/v1/dossiers/\(code)", as: "bietphai.socson").status == .notFound)
        }
    }

    @Test("Transfer to the province level and acceptance there", arguments: Engine.available)
    func transfer(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            api.setNow("2026-03-02T09:00:00+07:00")
            let code = (try await api.counter("1.004194")).object["code"] as! String
            let t = try await api.act(code, "transfer", as: "motcua.badinh", ["targetUnit": "01", "reason": "Thuộc thẩm quyền cấp thành phố"])
            #expect(t.object["state"] as? String == "transferred")
            #expect(try await api.act(code, "acceptTransfer", as: "motcua.badinh").status == .forbidden)
            let accepted = try await api.act(code, "acceptTransfer", as: "lanhdao.tinh")
            #expect(accepted.status == .ok, "\(accepted.text)")
            #expect((accepted.object["competentUnit"] as? [String: Any])?["code"] as? String == "01")
        }
    }

    @Test("100 concurrent submissions to one unit get 100 distinct sequential codes", arguments: Engine.available)
    func concurrentCodes(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = APIClient(app)
            api.setNow("2026-03-02T09:00:00+07:00")
            let codes = try await withThrowingTaskGroup(of: String.self) { group in
                for i in 0..<100 {
                    group.addTask {
                        let r = try await api.call(.POST, "api/v1/dossiers", json: [
                            "procedureCode": "1.001193", "unitCode": "00004", "channel": "online",
                            "applicant": APIClient.applicant(phone: String(format: "09%08d", i)),
                        ])
                        return r.object["code"] as? String ?? "error \(r.status): \(r.text)"
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let expected = Set((1...100).map { String(format: "00004-260302-%04d", $0) })
            #expect(Set(codes) == expected)
        }
    }

    @Test("With agency identifiers configured, codes take the form 000.00.14.H56-yyMMdd-nnnn; units without one keep theirs", arguments: Engine.available)
    func agencyIdentifierCodes(engine: Engine) async throws {
        try await withApp(engine) { app in
            app.motcuaConfig.agencyIdentifiers = ["00004": "000.32.01.H26"]
            let api = try await APIClient.seeded(app)
            api.setNow("2026-03-02T09:00:00+07:00")
            let first = try await api.call(.POST, "api/v1/dossiers", json: ["procedureCode": "1.001193", "unitCode": "00004",
                                                                            "applicant": APIClient.applicant(phone: "0987654321")])
            let second = try await api.counter("1.001193")
            let elsewhere = try await api.counter("1.001193", unit: "00008", as: "motcua.ngocha")
            #expect(first.object["code"] as? String == "000.32.01.H26-260302-0001")
            #expect(second.object["code"] as? String == "000.32.01.H26-260302-0002")
            #expect(elsewhere.object["code"] as? String == "00008-260302-0001", "\(elsewhere.text)")
            let code = "000.32.01.H26-260302-0001"
            let lookup = try await api.call(.GET, "api/v1/dossiers/\(code)?phone=0987654321")
            #expect(lookup.status == .ok && lookup.object["code"] as? String == code)
            #expect(try await api.act(code, "receive", as: "motcua.badinh").status == .ok)
            let slip = try await api.call(.GET, "ho-so/\(code)/phieu-tiep-nhan", as: "motcua.badinh")
            #expect(slip.status == .ok && slip.text.contains(code), "\(slip.status)")
        }
    }

    @Test("An abolished procedure: an administrator records the decision and its day; from that day new dossiers are refused (410) and searches leave it out, dossiers already received go on; withdrawn, it is back", arguments: Engine.available)
    func abolishedProcedure(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            api.setNow("2026-11-30T09:00:00+07:00")
            let path = "api/v1/admin/procedures/1.001193/abolition"
            let decision = "Quyết định 1234/QĐ-BTP ngày 20/11/2026"
            #expect(try await api.call(.PUT, path, as: "giamsat.hanoi", json: ["effective": "2026-12-01", "decision": decision]).status == .forbidden)
            #expect(try await api.call(.PUT, path, as: "admin", json: ["effective": "01/12/2026", "decision": decision]).code == "bad_date")
            #expect(try await api.call(.PUT, path, as: "admin", json: ["effective": "2026-12-01", "decision": "x"]).code == "bad_decision")
            #expect(try await api.call(.PUT, "api/v1/admin/procedures/9.999999/abolition", as: "admin",
                                       json: ["effective": "2026-12-01", "decision": decision]).status == .notFound)
            let recorded = try await api.call(.PUT, path, as: "admin", json: ["effective": "2026-12-01", "decision": decision])
            #expect(recorded.status == .ok && recorded.object["effective"] as? String == "2026-12-01", "\(recorded.text)")

            // The day before, it is still received, and its page says when it ends.
            let submission: [String: Any] = ["procedureCode": "1.001193", "unitCode": "00004", "applicant": APIClient.applicant()]
            let before = try await api.call(.POST, "api/v1/dossiers", json: submission)
            #expect(before.status == .created)
            let detail = try await api.call(.GET, "api/v1/procedures/1.001193")
            #expect((detail.object["abolished"] as? [String: Any])?["decision"] as? String == decision)
            let found = { (query: String) async throws -> [String] in
                ((try await api.call(.GET, "api/v1/procedures?q=khai%20sinh&limit=200\(query)")).object["items"] as? [[String: Any]] ?? [])
                    .compactMap { $0["code"] as? String }
            }
            #expect(try await found("").contains("1.001193"))
            let question: [String: Any] = ["question": "con tôi mới sinh thì làm giấy khai sinh ở đâu?"]
            #expect(try await api.call(.POST, "api/v1/assistant/ask", json: question).text.contains("1.001193"))

            api.setNow("2026-12-01T07:45:00+07:00")
            let after = try await api.call(.POST, "api/v1/dossiers", json: submission)
            #expect(after.status == .gone && after.code == "procedure_abolished")
            #expect(after.text.contains("01/12/2026") && after.text.contains("1234/QĐ-BTP"), "\(after.text)")
            #expect(try await !found("").contains("1.001193"))
            #expect(try await found("&includeAbolished=true").contains("1.001193"))
            let asked = try await api.call(.POST, "api/v1/assistant/ask", json: question)
            #expect(asked.status == .ok && !asked.text.contains("1.001193"), "the assistant does not offer an abolished procedure")
            let page = try await api.call(.GET, "thu-tuc/1.001193")
            #expect(page.text.contains("đã bị bãi bỏ từ ngày 01/12/2026") && !page.text.contains("Nộp hồ sơ trực tuyến"))
            // Received before the day: processed as it was received.
            #expect(try await api.act(before.object["code"] as! String, "receive", as: "motcua.badinh").status == .ok)

            #expect(try await api.call(.DELETE, path, as: "admin").status == .noContent)
            #expect(try await api.call(.POST, "api/v1/dossiers", json: submission).status == .created)
            #expect(try await api.call(.DELETE, path, as: "admin").status == .notFound)
            let check = try await AuditChain.verify(app.db, key: AuditChain.key)
            #expect(check.problem == nil)
            let actions = try await (app.db as! any SQLDatabase).select().column("action").from("audit_log")
                .where("subject", .equal, SQLBind("procedure:1.001193")).all().map { try $0.decode(column: "action", as: String.self) }
            #expect(actions.sorted() == ["procedure.abolish", "procedure.abolition.withdraw"])
        }
    }

    @Test("Submissions written together: a retried one in the same batch gives its first dossier, the others are unaffected, the audit chain holds", arguments: Engine.available)
    func batchedSubmissions(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = APIClient(app)
            api.setNow("2026-03-02T09:00:00+07:00")
            let replies = try await withThrowingTaskGroup(of: (Int, APIClient.Reply).self) { group in
                for i in 0..<30 {
                    group.addTask {
                        // Requests 0 and 1 are the same submission sent twice with one key.
                        let key = i < 2 ? "same-key" : "key-\(i)"
                        let phone = i < 2 ? "0900000000" : String(format: "09%08d", i)
                        return (i, try await api.call(.POST, "api/v1/dossiers", json: [
                            "procedureCode": "1.001193", "unitCode": "00004", "channel": "online",
                            "applicant": APIClient.applicant(phone: phone),
                        ], headers: [("Idempotency-Key", key)]))
                    }
                }
                return try await group.reduce(into: [Int: APIClient.Reply]()) { $0[$1.0] = $1.1 }
            }
            let statuses = replies.values.map(\.status.code)
            #expect(statuses.allSatisfy { $0 == 201 || $0 == 200 }, "\(replies.values.map(\.text))")
            #expect(replies[0]?.object["code"] as? String == replies[1]?.object["code"] as? String)
            #expect(Set(replies.values.compactMap { $0.object["code"] as? String }).count == 29)
            #expect(try await DossierStore(app.db).list(.init(limit: 100)).total == 29)
            let check = try await AuditChain.verify(app.db, key: AuditChain.key)
            #expect(check.problem == nil && check.entries == 29)
        }
    }

    @Test("The public lookup shows a change at once, and only to whoever has the phone number", arguments: Engine.available)
    func lookupAfterChange(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            api.setNow("2026-03-02T09:00:00+07:00")
            let code = (try await api.call(.POST, "api/v1/dossiers", json: ["procedureCode": "1.001193", "unitCode": "00004",
                                                                             "applicant": APIClient.applicant(phone: "0987654321")])).object["code"] as! String
            let path = "api/v1/dossiers/\(code)?phone=0987654321"
            let first = try await api.call(.GET, path)
            let again = try await api.call(.GET, path)
            #expect(first.object["state"] as? String == "submitted" && again.text == first.text)
            #expect(try await api.call(.GET, "api/v1/dossiers/\(code)?phone=0987654322").status == .notFound)
            #expect(try await api.call(.GET, "api/v1/dossiers/\(code)").status == .notFound)
            // The same number written internationally, form-encoded.
            #expect(try await api.call(.GET, "api/v1/dossiers/\(code)?phone=%2B84987654321").status == .ok)
            #expect(try await api.act(code, "receive", as: "motcua.badinh").status == .ok)
            let after = try await api.call(.GET, path)
            #expect(after.object["state"] as? String == "received")
            #expect((after.object["history"] as? [Any])?.count == 2 && after.object["appointmentProvisional"] as? Bool == false)
            // Time left is shown as of the minute, and moves with the clock.
            api.setNow("2026-03-02T10:00:00+07:00")
            let later = try await api.call(.GET, path)
            let left = { (r: APIClient.Reply) in r.object["workingSecondsLeft"] as? Int ?? -1 }
            #expect(left(after) - left(later) == 3600)
        }
    }

    @Test("Idempotency-Key: a retried submission returns the same dossier", arguments: Engine.available)
    func idempotency(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = APIClient(app)
            let body: [String: Any] = ["procedureCode": "1.001193", "unitCode": "00004", "applicant": APIClient.applicant()]
            let first = try await api.call(.POST, "api/v1/dossiers", json: body, headers: [("Idempotency-Key", "k-123")])
            let second = try await api.call(.POST, "api/v1/dossiers", json: body, headers: [("Idempotency-Key", "k-123")])
            #expect(first.status == .created && second.status == .ok)
            #expect(first.object["code"] as? String == second.object["code"] as? String)
            let third = try await api.call(.POST, "api/v1/dossiers", json: body, headers: [("Idempotency-Key", "k-124")])
            #expect(third.object["code"] as? String != first.object["code"] as? String)
        }
    }

    @Test("An illegal transition is refused with the current state", arguments: Engine.available)
    func illegalTransition(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            let code = (try await api.call(.POST, "api/v1/dossiers", json: ["procedureCode": "1.001193", "unitCode": "00004", "applicant": APIClient.applicant()])).object["code"] as! String
            let r = try await api.act(code, "returnResult", as: "motcua.badinh")
            #expect(r.status == .conflict && r.code == "illegal_transition")
            #expect((r.object["reason"] as? String ?? "").contains("Mới nộp, chờ tiếp nhận"))
            let en = try await api.call(.POST, "api/v1/dossiers/\(code)/actions/returnResult", as: "motcua.badinh", json: [:], headers: [("Accept-Language", "en")])
            #expect((en.object["reason"] as? String ?? "").contains("a dossier that is \"Submitted, waiting to be received\" (status 1)"))
            // A role the matrix does not allow, and a citizen acting without proof.
            #expect(try await api.act(code, "receive", as: "chuyenvien.badinh").code == "role_not_allowed")
            #expect(try await api.act(code, "withdraw", as: nil, ["reason": "x"]).status == .unauthorized)
            let refused = try await api.act(code, "refuse", as: "motcua.badinh")
            #expect(refused.code == "reason_required")
            let state = try await api.call(.GET, "api/v1/dossiers/\(code)", as: "motcua.badinh")
            #expect(state.object["state"] as? String == "submitted" && (state.object["history"] as? [Any])?.count == 1)
        }
    }
}

@Suite("OpenAPI document")
struct OpenAPITests {
    @Test("The server serves its OpenAPI document, covering every dossier and staff endpoint")
    func served() async throws {
        try await withApp(.sqlite) { app in
            let r = try await APIClient(app).call(.GET, "api/v1/openapi.json")
            #expect(r.status == .ok)
            let paths = r.object["paths"] as? [String: Any] ?? [:]
            for p in ["/api/v1/dossiers", "/api/v1/dossiers/{code}", "/api/v1/dossiers/{code}/actions/{action}", "/api/v1/staff/dossiers",
                      "/api/v1/staff/export", "/api/v1/auth/sign-in", "/api/v1/admin/tokens"] {
                #expect(paths[p] != nil, "\(p) is documented")
            }
        }
    }
}
