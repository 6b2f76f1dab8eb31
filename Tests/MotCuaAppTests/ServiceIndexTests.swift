import Foundation
import Testing
import VaporTesting
@testable import MotCuaApp
@testable import MotCuaCore

/// The service index computed from the dossiers, checked against points worked out by hand.
@Suite("Service index")
struct ServiceIndexTests {
    @Test("Periods: months, quarters and years, with the one before and after; anything else is refused")
    func periods() throws {
        let q = try #require(IndexPeriod("2026-Q3"))
        #expect(q.start == LocalDate(year: 2026, month: 7, day: 1) && q.end == LocalDate(year: 2026, month: 10, day: 1))
        #expect(q.previous.description == "2026-Q2" && IndexPeriod("2026-Q1")?.previous.description == "2025-Q4")
        #expect(IndexPeriod("2026-12")?.end == LocalDate(year: 2027, month: 1, day: 1) && IndexPeriod("2026-01")?.previous.description == "2025-12")
        #expect(IndexPeriod("2026")?.end == LocalDate(year: 2027, month: 1, day: 1))
        for bad in ["", "2026-Q5", "2026-13", "26-Q1", "2026-Q", "2026-7", "2026-07-01", "Q3-2026"] { #expect(IndexPeriod(bad) == nil, "\(bad)") }
    }

    @Test("A period not over yet is counted up to the end of yesterday: an open dossier is late from the day after its due moment's day")
    func countedUpToNow() throws {
        var clock = DossierClock()
        clock.receive(at: try #require(LocalDateTime.parse("2026-07-01T09:00:00+07:00")), appointment: try #require(LocalDateTime.parse("2026-07-13T09:00:00+07:00")))
        let q3 = try #require(IndexPeriod("2026-Q3"))
        #expect(IndexProgress.count(clock, in: q3, now: try #require(LocalDateTime.parse("2026-07-10T09:00:00+07:00"))) == .onTime)
        #expect(IndexProgress.count(clock, in: q3, now: try #require(LocalDateTime.parse("2026-07-13T18:00:00+07:00"))) == .onTime, "counted to yesterday")
        #expect(IndexProgress.count(clock, in: q3, now: try #require(LocalDateTime.parse("2026-07-14T09:00:00+07:00"))) == .late)
        #expect(IndexProgress.count(clock, in: q3, now: try #require(LocalDateTime.parse("2026-06-30T09:00:00+07:00"))) == nil, "not received yet")
        #expect(IndexProgress.lateReason(clock, in: q3, now: try #require(LocalDateTime.parse("2026-10-01T09:00:00+07:00")))
                == .openPastDue(due: try #require(LocalDateTime.parse("2026-07-13T09:00:00+07:00"))))
        clock.end(at: try #require(LocalDateTime.parse("2026-07-08T09:00:00+07:00")))
        #expect(IndexProgress.count(clock, in: q3, now: try #require(LocalDateTime.parse("2026-10-01T09:00:00+07:00"))) == .early)
        #expect(IndexProgress.count(clock, in: try #require(IndexPeriod("2026-Q4")), now: try #require(LocalDateTime.parse("2026-12-01T09:00:00+07:00"))) == nil,
                "ended before the period")
    }

    @Test("The rule file: the bundled one adds up to 100 in six groups; a broken one is refused with its line")
    func rules() throws {
        let rules = AppConfig.bundledIndexRules
        #expect(rules.maximum == 100 && rules.groups.map(\.points) == [18, 20, 22, 12, 10, 18])
        let unknown = #"{"version": 1, "source": "x", "groups": [{"key": "g", "name": "G", "nameEn": "G", "indicators": ["# + "\n"
            + #"{"key": "i", "name": "I", "nameEn": "I", "points": 5, "measure": "happiness"}]}]}"#
        guard case .failure(let e) = IndexRules.load(unknown) else { Issue.record("an unknown measure loads"); return }
        #expect(e.line == 2, "\(e)")
        let twice = #"{"version": 1, "source": "x", "groups": [{"key": "g", "name": "G", "nameEn": "G", "indicators": ["# + "\n"
            + #"{"key": "i", "name": "I", "nameEn": "I", "points": 5, "measure": "progress"},"# + "\n"
            + #"{"key": "i", "name": "I", "nameEn": "I", "points": 5, "measure": "progress", "fullAt": 0.5}]}]}"#
        guard case .failure(let e2) = IndexRules.load(twice) else { Issue.record("a key twice loads"); return }
        #expect(e2.line == 3 && e2.problem.contains("twice"), "\(e2)")
        let threshold = twice.replacingOccurrences(of: "\"key\": \"i\", \"name\": \"I\", \"nameEn\": \"I\", \"points\": 5, \"measure\": \"progress\", \"fullAt\": 0.5",
                                                   with: "\"key\": \"j\", \"name\": \"J\", \"nameEn\": \"J\", \"points\": 5, \"measure\": \"progress\", \"fullAt\": 80")
        guard case .failure(let e3) = IndexRules.load(threshold) else { Issue.record("fullAt 80 loads"); return }
        #expect(e3.line == 3 && e3.problem.contains("fullAt"), "\(e3)")
    }

    /// Runs a command with `input` on its standard input; its standard output.
    static func run(_ arguments: [String], input: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: out, as: UTF8.self)
    }

    /// A workbook as an independent reader (openpyxl) sees it, or nil where openpyxl is missing outside CI.
    static func readXLSX(_ data: Data) throws -> [[String: Any]]? {
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import openpyxl"]
        check.standardError = FileHandle.nullDevice
        try check.run()
        check.waitUntilExit()
        if check.terminationStatus != 0 {
            #expect(ProcessInfo.processInfo.environment["MOTCUA_REQUIRE_POSTGRES"] != "1", "openpyxl is missing in CI")
            return nil
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("motcua-\(UUID().uuidString).xlsx")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scripts/read-xlsx.py")
        let out = try run(["python3", script.path, file.path], input: "")
        return (try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])?["sheets"] as? [[String: Any]]
    }

    /// Points of an indicator in a report.
    static func indicator(_ o: [String: Any], _ key: String) -> [String: Any] {
        ((o["groups"] as? [[String: Any]]) ?? []).flatMap { ($0["indicators"] as? [[String: Any]]) ?? [] }.first { $0["key"] as? String == key } ?? [:]
    }

    @Test("A quarter worked out by hand: early, on time and late; two supplement requests; open dossiers overdue or not at the period's end; one ended before it; a transferred one counted once; a complaint; a unit with no dossiers", arguments: Engine.available)
    func handComputed(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = try await APIClient.seeded(app)
            let assignee = try await api.accountId("chuyenvien.badinh")
            /// A land dossier (8 working days) received at the Ba Đình counter at `received`; processed and approved at
            /// `approved` when given.
            func land(_ received: String, approved: String? = nil, supplements: [(String, String)] = []) async throws -> String {
                api.setNow(received)
                let r = try await api.counter("1.012796")
                guard let code = r.object["code"] as? String else { throw CLIError("not submitted: \(r.text)") }
                #expect(try await api.act(code, "assign", as: "truongphong.badinh", ["assignee": assignee]).status == .ok)
                for (ask, answer) in supplements {
                    api.setNow(ask)
                    #expect(try await api.act(code, "requestSupplement", as: "chuyenvien.badinh", ["reason": "Thiếu bản sao trích đo"]).status == .ok)
                    api.setNow(answer)
                    #expect(try await api.act(code, "supplement", as: nil, ["phone": "0987654321"]).status == .ok)
                }
                if let approved {
                    api.setNow(approved)
                    #expect(try await api.act(code, "submitForApproval", as: "chuyenvien.badinh").status == .ok)
                    let a = try await api.act(code, "approve", as: "lanhdao.badinh")
                    #expect(a.object["state"] as? String == "completed", "\(a.text)")
                }
                return code
            }
            // Ended before the quarter: not counted.
            _ = try await land("2026-06-01T09:00:00+07:00", approved: "2026-06-05T09:00:00+07:00")
            // Due 13/07 09:00, approved on 08/07: early. Then returned, and rated dissatisfied (a complaint).
            let early = try await land("2026-07-01T09:00:00+07:00", approved: "2026-07-08T09:00:00+07:00")
            #expect(try await api.act(early, "returnResult", as: "motcua.badinh").status == .ok)
            let rated = try await api.call(.POST, "api/v1/dossiers/\(early)/feedback",
                                           json: ["rating": "dissatisfied", "comment": "Chờ lâu ở quầy", "phone": "0987654321"])
            #expect(rated.status == .created, "\(rated.text)")
            // Due 13/07 10:00, approved at 09:30 that day: on time.
            _ = try await land("2026-07-01T10:00:00+07:00", approved: "2026-07-13T09:30:00+07:00")
            // Due 14/07 09:00, approved on 15/07: late.
            _ = try await land("2026-07-02T09:00:00+07:00", approved: "2026-07-15T09:00:00+07:00")
            // Two supplement requests: late, whatever the dates.
            _ = try await land("2026-07-06T09:00:00+07:00", approved: "2026-07-20T09:00:00+07:00",
                               supplements: [("2026-07-07T09:00:00+07:00", "2026-07-08T09:00:00+07:00"),
                                             ("2026-07-09T09:00:00+07:00", "2026-07-10T09:00:00+07:00")])
            // Open at the quarter's end, past its due moment: late. Open, not yet due: on time.
            _ = try await land("2026-09-10T09:00:00+07:00")
            _ = try await land("2026-09-28T09:00:00+07:00")
            // Submitted online with a document, received at the counter, still open and not due: on time, online, digitised.
            api.setNow("2026-09-29T09:00:00+07:00")
            let online = try await api.call(.POST, "api/v1/dossiers", json: [
                "procedureCode": "1.012796", "unitCode": "00004", "applicant": APIClient.applicant(),
                "documents": [["fileName": "trich-do.pdf", "contentBase64": APIClient.pdfBase64]]])
            let onlineCode = try #require(online.object["code"] as? String, "\(online.text)")
            #expect(try await api.act(onlineCode, "receive", as: "motcua.badinh").status == .ok)
            // Received at Ba Đình, transferred to the city and accepted there: the city's, counted once.
            api.setNow("2026-07-20T09:00:00+07:00")
            let moved = try #require(try await api.counter("1.004194").object["code"] as? String)
            #expect(try await api.act(moved, "transfer", as: "motcua.badinh", ["targetUnit": "01", "reason": "Thuộc thẩm quyền cấp thành phố"]).status == .ok)
            let accepted = try await api.act(moved, "acceptTransfer", as: "lanhdao.tinh")
            #expect(accepted.status == .ok, "\(accepted.text)")
            let movedDue = try #require(accepted.object["dueAt"] as? String)

            // The quarter is over.
            api.setNow("2026-10-05T09:00:00+07:00")
            // By hand, for Phường Ba Đình in 2026-Q3: seven dossiers counted (early, on time, late, two supplements, open
            // and overdue, open and not due, online and open), three late.
            let report = try await api.call(.GET, "api/v1/index?unit=00004&period=2026-Q3")
            #expect(report.status == .ok, "\(report.text)")
            let o = report.object
            let progress = Self.indicator(o, "onTime")
            #expect(progress["numerator"] as? Int == 4 && progress["denominator"] as? Int == 7, "\(progress)")
            #expect(progress["points"] as? Double == 11.43)                          // 20 × 4/7
            let onlineRate = Self.indicator(o, "onlineRate")
            #expect(onlineRate["numerator"] as? Int == 1 && onlineRate["denominator"] as? Int == 7)
            #expect(onlineRate["points"] as? Double == 1.71)                          // 6 × (1/7 ÷ 0.5)
            let digitised = Self.indicator(o, "digitisedDossiers")
            #expect(digitised["numerator"] as? Int == 1 && digitised["points"] as? Double == 0.71)   // 4 × (1/7 ÷ 0.8)
            let satisfaction = Self.indicator(o, "procedureSatisfaction")
            #expect(satisfaction["numerator"] as? Int == 3 && satisfaction["denominator"] as? Int == 7)  // 7 − 3 late − 1 complaint
            #expect(satisfaction["points"] as? Double == 2.86)                        // 6 × (3/7 ÷ 0.9)
            // No data is said so, never a zero: no payment in the quarter, nothing published through MotCua.
            #expect(Self.indicator(o, "onlinePayment")["noData"] as? Bool == true && Self.indicator(o, "onlinePayment")["points"] == nil)
            #expect(Self.indicator(o, "publishedOnTime")["noData"] as? Bool == true)
            // The catalogue's part, worked out from the catalogue itself.
            let snapshot = try #require(app.reference.current)
            let commune = snapshot.catalogue.procedures.filter { $0.levels.contains(.commune) }
            let offered = commune.filter(\.online)
            let proceduresOnline = Self.indicator(o, "proceduresOnline")
            #expect(proceduresOnline["numerator"] as? Int == offered.count && proceduresOnline["denominator"] as? Int == commune.count)
            let share: Double = Double(offered.count) / Double(commune.count)
            let earned: Double = 2 * min(1, share / 0.8)
            let expectedOnline: Double = (earned * 100).rounded() / 100
            #expect(proceduresOnline["points"] as? Double == expectedOnline)
            let used = Self.indicator(o, "onlineUsed")
            #expect(used["numerator"] as? Int == (offered.contains { $0.code == "1.012796" } ? 1 : 0) && used["denominator"] as? Int == offered.count)
            let total = o["total"] as? Double ?? -1
            let sum = [progress, onlineRate, digitised, satisfaction, proceduresOnline, used].compactMap { $0["points"] as? Double }.reduce(0, +)
            #expect(abs(total - sum) < 0.011, "\(total) vs \(sum)")
            // With data: progress 20, digitised 4, online 2 + 4 + 6, satisfaction with procedures 6.
            #expect(o["maximum"] as? Double == 100 && o["maximumWithData"] as? Double == 42)

            // An independent script, from the streamed export of the same unit and period, finds the same progress.
            let export = try await api.call(.GET, "api/v1/staff/export?unit=00004&from=2026-07-01&to=2026-09-30", as: "lanhdao.badinh")
            #expect(export.status == .ok && export.text.split(separator: "\n").count == 7, "\(export.text)")
            let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("scripts/index-progress-from-export.py")
            let computed = try Self.run(["python3", script.path, "--from", "2026-07-01", "--to", "2026-09-30"], input: export.text)
            let independent = try #require(try JSONSerialization.jsonObject(with: Data(computed.utf8)) as? [String: Int], "\(computed)")
            #expect(independent["numerator"] == progress["numerator"] as? Int && independent["denominator"] == progress["denominator"] as? Int,
                    "\(independent) vs \(progress)")
            // The export's bounds: a day range and a unit; bad ones refused before anything is read.
            #expect(try await api.call(.GET, "api/v1/staff/export?unit=00004&from=2026-10-01&to=2026-09-30", as: "lanhdao.badinh").code == "bad_date")
            #expect(try await api.call(.GET, "api/v1/staff/export?unit=99999", as: "lanhdao.badinh").status == .notFound)
            #expect(try await api.call(.GET, "api/v1/staff/export?unit=00004", as: "chuyenvien.badinh").status == .forbidden)
            let june = try await api.call(.GET, "api/v1/staff/export?unit=00004&from=2026-06-01&to=2026-06-30", as: "lanhdao.badinh")
            #expect(june.text.split(separator: "\n").count == 1, "only the dossier of June: \(june.text)")

            // The city counts the same dossiers and the transferred one once.
            let city = try await api.call(.GET, "api/v1/index?unit=01&period=2026-Q3").object
            let cityProgress = Self.indicator(city, "onTime")
            let movedLate = movedDue < "2026-10-01T00:00:00+07:00"
            #expect(cityProgress["denominator"] as? Int == 8 && cityProgress["numerator"] as? Int == (movedLate ? 4 : 5), "\(cityProgress) \(movedDue)")
            // The city's communes ranked: Ba Đình with its own total, the change from the quarter before (its June dossier).
            let ranking = try await api.call(.GET, "api/v1/index/rankings?province=01&period=2026-Q3")
            let items = try #require(ranking.object["items"] as? [[String: Any]], "\(ranking.text.prefix(300))")
            let communes = try #require(app.reference.current).units.communes(ofProvince: "01", asOf: LocalDate(year: 2026, month: 9, day: 30))
            #expect(items.count == communes.count && ranking.object["previousPeriod"] as? String == "2026-Q2")
            let baDinh = try #require(items.first { $0["unit"] as? String == "00004" })
            #expect(baDinh["total"] as? Double == total && baDinh["dossiers"] as? Int == 7 && (baDinh["previousTotal"] as? Double ?? 0) > 0, "\(baDinh)")
            #expect((baDinh["groups"] as? [[String: Any]])?.map { $0["key"] as? String ?? "" }
                    == ["transparency", "progress", "digitisation", "online", "payment", "satisfaction"])
            let totals = items.compactMap { $0["total"] as? Double }
            #expect(totals == totals.sorted(by: >) && items.first?["rank"] as? Int == 1)
            #expect(baDinh["rank"] as? Int == 1 + totals.filter { $0 > total }.count, "equal totals share a rank")
            let csv = try await api.call(.GET, "api/v1/index/rankings?province=01&period=2026-Q3&format=csv")
            #expect(csv.headers.contentType?.subType == "csv" && csv.text.hasPrefix("\u{FEFF}Hạng,Mã đơn vị,Đơn vị,Tổng điểm"))
            #expect(csv.text.split(separator: "\r\n").count == communes.count + 1)
            #expect(try await api.call(.GET, "api/v1/index/rankings?province=01&period=2026-Q3&format=xml").code == "bad_format")
            // The same ranking as a workbook, read back by openpyxl: a bold, frozen header, a line per commune, numbers as numbers.
            let xlsx = try await api.call(.GET, "api/v1/index/rankings?province=01&period=2026-Q3&format=xlsx")
            #expect(xlsx.status == .ok && xlsx.headers.contentDisposition?.filename == "xep-hang-01-2026-Q3.xlsx")
            if let sheets = try Self.readXLSX(xlsx.data) {
                let rows = sheets.first?["rows"] as? [[Any]] ?? []
                #expect(sheets.count == 1 && sheets.first?["name"] as? String == "Xếp hạng 2026-Q3" && sheets.first?["bold_header"] as? Bool == true
                        && sheets.first?["frozen"] as? String == "A2")
                #expect(rows.count == communes.count + 1 && rows.first?.prefix(4).compactMap { $0 as? String } == ["Hạng", "Mã đơn vị", "Đơn vị", "Tổng điểm"])
                let line = rows.first { $0.count > 3 && $0[1] as? String == "00004" }
                #expect(line?[2] as? String == "Phường Ba Đình" && (line?[3] as? Double).map { abs($0 - total) < 0.001 } == true, "\(line ?? [])")
            }
            // A commune's breakdown as a workbook: the indicators for everyone; the late dossiers too for its leader.
            let publicBook = try await api.call(.GET, "api/v1/index?unit=00004&period=2026-Q3&format=xlsx")
            let leaderBook = try await api.call(.GET, "api/v1/index?unit=00004&period=2026-Q3&format=xlsx", as: "lanhdao.badinh")
            if let open = try Self.readXLSX(publicBook.data), let staff = try Self.readXLSX(leaderBook.data) {
                #expect(open.count == 1 && staff.count == 3, "\(open.count) \(staff.count)")
                let late = (staff[1]["rows"] as? [[Any]] ?? []).dropFirst()
                // Every point lost, a line per dossier and indicator: 3 late, 3 late + 1 complaint against satisfaction, 6 at
                // the counter, 6 without a document.
                let lost = (staff[2]["rows"] as? [[Any]] ?? []).dropFirst()
                #expect(lost.count == 19 && lost.filter { ($0.last as? String)?.contains("không hài lòng") == true }.count == 1, "\(lost)")
                #expect(late.count == 3 && late.allSatisfy { ($0.first as? String)?.hasPrefix("00004-2607") == true || ($0.first as? String)?.hasPrefix("00004-2609") == true },
                        "\(late)")
                let indicators = (open.first?["rows"] as? [[Any]] ?? []).dropFirst()
                #expect(indicators.contains { $0.count > 6 && $0[1] as? String == "Hồ sơ giải quyết trước hạn và đúng hạn" && $0[5] as? Int == 4 && $0[6] as? Int == 7 },
                        "\(indicators.map { $0.count > 1 ? String(describing: $0[1]) : "" })")
            }
            let breakdownCSV = try await api.call(.GET, "api/v1/index?unit=00004&period=2026-Q3&format=csv")
            #expect(breakdownCSV.text.hasPrefix("\u{FEFF}Nhóm,Chỉ tiêu,Điểm,Tối đa") && breakdownCSV.text.contains(",4,7,"), "\(breakdownCSV.text.prefix(600))")
            // The late dossiers over the API: only for staff who may list the commune's dossiers; an unknown unit is as forbidden.
            let late = try await api.call(.GET, "api/v1/index/late?unit=00004&period=2026-Q3", as: "lanhdao.badinh")
            let lateItems = late.object["items"] as? [[String: Any]] ?? []
            #expect(late.status == .ok && lateItems.count == 3 && lateItems.contains { $0["reason"] as? String == "supplements" && $0["supplementRequests"] as? Int == 2 },
                    "\(late.text)")
            let lostItems = late.object["lost"] as? [[String: Any]] ?? []
            #expect(Dictionary(grouping: lostItems, by: { $0["measure"] as? String ?? "" }).mapValues(\.count)
                    == ["progress": 3, "procedureSatisfaction": 4, "onlineSubmission": 6, "digitisedDossiers": 6], "\(lostItems)")
            #expect(try await api.call(.GET, "api/v1/index/late?unit=00004&period=2026-Q3").status == .unauthorized)
            #expect(try await api.call(.GET, "api/v1/index/late?unit=00004&period=2026-Q3", as: "lanhdao.ngocha").status == .forbidden)
            #expect(try await api.call(.GET, "api/v1/index/late?unit=99999&period=2026-Q3", as: "lanhdao.badinh").status == .forbidden)
            #expect(try await api.call(.GET, "api/v1/index/late?unit=00004&period=2026-Q3&format=pdf", as: "lanhdao.badinh").code == "bad_format")
            let lateCSV = try await api.call(.GET, "api/v1/index/late?unit=00004&period=2026-Q3&format=csv", as: "lanhdao.badinh")
            #expect(lateCSV.text.split(separator: "\r\n").count == 4 && lateCSV.text.contains("yêu cầu bổ sung 2 lần"), "\(lateCSV.text)")
            #expect(try await api.call(.GET, "api/v1/index/rankings?province=00004&period=2026-Q3").status == .notFound, "a commune is not a province")
            let provinces = try await api.call(.GET, "api/v1/index/rankings?period=2026-Q3").object["items"] as? [[String: Any]]
            #expect(provinces?.count == 34 && provinces?.first?["unit"] as? String == "01", "Hà Nội, the only province with dossiers, first")

            // The pages: the ranking with its chart drawn on the server; a unit's breakdown, its late dossiers only for
            // staff who may open them, each with why it counts late.
            let page = try await api.call(.GET, "chi-so?ky=2026-Q3&tinh=01")
            #expect(page.status == .ok && page.text.contains("<svg") && page.text.contains("Phường Ba Đình") && page.text.contains("id=\"ranking\""))
            let public_ = try await api.call(.GET, "chi-so/00004?ky=2026-Q3")
            #expect(public_.status == .ok && public_.text.contains("3 trên 7 hồ sơ") && !public_.text.contains("00004-2607"), "no dossier codes for the public")
            let leader = try await api.call(.GET, "chi-so/00004?ky=2026-Q3", as: "lanhdao.badinh")
            #expect(leader.text.contains("Điểm bị mất ở các chỉ tiêu khác") && leader.text.contains("nộp tại quầy hoặc qua bưu chính"))
            #expect(leader.text.contains("/can-bo/ho-so/00004-2607") && leader.text.contains("yêu cầu bổ sung 2 lần") && leader.text.contains("đã quá hạn"),
                    "\(leader.text.components(separatedBy: "<main").last?.prefix(3000) ?? "")")
            #expect(try await api.call(.GET, "chi-so/00004?ky=2026-Q3", as: "lanhdao.ngocha").text.contains("00004-2607") == false, "another commune's leader")
            #expect(try await api.call(.GET, "chi-so?ky=hom-qua").status == .badRequest)

            // A commune with no dossiers: its dossier indicators have no data.
            let empty = try await api.call(.GET, "api/v1/index?unit=00008&period=2026-Q3").object
            #expect(Self.indicator(empty, "onTime")["noData"] as? Bool == true && Self.indicator(empty, "onlineRate")["noData"] as? Bool == true)
            // Bad input.
            #expect(try await api.call(.GET, "api/v1/index?unit=00004&period=2026-Q5").code == "bad_period")
            #expect(try await api.call(.GET, "api/v1/index?unit=99999&period=2026-Q3").status == .notFound)
            #expect(try await api.call(.GET, "api/v1/index?unit=00004").code == "bad_period")

            // The running totals, kept as each dossier changed (receipt, supplements, transfer, payment-free returns, a
            // rating, documents), equal a recount from every dossier, for whole and cut periods.
            let store = IndexTotalsStore(app.db)
            func read() async throws -> [String: IndexTotals] {
                var out: [String: IndexTotals] = [:]
                for (p, cut) in [("2026-Q3", "2026-10-01"), ("2026-Q3", "2026-07-14"), ("2026-07", "2026-07-09"), ("2026", "2026-10-05"),
                                 ("2026-Q2", "2026-07-01")] {
                    let period = try #require(IndexPeriod(p)), cutoff = try #require(LocalDate(iso: cut))
                    for g in [IndexTotalsStore.Grouping.unit, .province, .country] {
                        let t = try await store.totals(period: period, cutoff: cutoff, grouping: g, offered: ["1.012796", "1.004194"])
                        for (k, v) in t { out["\(p) \(cut) \(g) \(k)"] = v }
                    }
                }
                return out
            }
            let kept = try await read()
            try await store.rebuild()
            let recounted = try await read()
            #expect(kept == recounted && kept.count > 10)
        }
    }
}
