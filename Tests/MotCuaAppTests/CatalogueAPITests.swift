import Foundation
import Testing
import VaporTesting
@testable import MotCuaApp
@testable import MotCuaCore

@Suite("Procedure catalogue")
struct CatalogueAPITests {
    @Test("All 2,642 procedures are imported and searchable", arguments: Engine.available)
    func imported(engine: Engine) async throws {
        try await withApp(engine) { app in
            try await app.testing().test(.GET, "api/v1/procedures?limit=1") { res in
                #expect(res.status == .ok)
                #expect(res.object["total"] as? Int == 2642)
            }
            let count = try await ProcedureRow.query(on: app.db).count()
            #expect(count == 2642)
        }
    }

    @Test("'đăng ký khai sinh' and 'dang ky khai sinh' give the same first hit", arguments: Engine.available)
    func diacritics(engine: Engine) async throws {
        try await withApp(engine) { app in
            var firsts: [String] = []
            for q in ["%C4%91%C4%83ng%20k%C3%BD%20khai%20sinh", "dang%20ky%20khai%20sinh", "DANG%20KY%20KHAI%20SINH"] {
                try await app.testing().test(.GET, "api/v1/procedures?q=\(q)&limit=5") { res in
                    let items = res.object["items"] as? [[String: Any]] ?? []
                    firsts.append(items.first?["code"] as? String ?? "")
                }
            }
            #expect(firsts == ["1.001193", "1.001193", "1.001193"])
        }
    }

    @Test("A procedure's form: the written declaration of birth registration, a derived one elsewhere, 404 for an unknown code",
          arguments: Engine.available)
    func declarationForm(engine: Engine) async throws {
        try await withApp(engine) { app in
            try await app.testing().test(.GET, "api/v1/procedures/1.001193/form") { res in
                #expect(res.status == .ok)
                #expect(res.object["derived"] as? Bool == false && res.object["version"] as? Int == 1)
                let sections = res.object["sections"] as? [[String: Any]] ?? []
                #expect(sections.map { $0["key"] as? String } == ["applicant", "child", "mother", "father"])
                let slots = (res.object["documents"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }
                #expect(slots.contains("birthCertificate") && slots.contains("authorisation"))
            }
            try await app.testing().test(.GET, "api/v1/procedures/2.000908/form") { res in
                #expect(res.status == .ok && res.object["derived"] as? Bool == true)
                #expect((res.object["documents"] as? [[String: Any]])?.count == 2)
            }
            try await app.testing().test(.GET, "api/v1/procedures/9.999999/form") { res in
                #expect(res.status == .notFound && res.body.string.contains("procedure_not_found"))
            }
        }
    }

    @Test("A definition file with an error is refused at load with its line, the others kept; a file must be named after its procedure")
    func refusedDefinitions() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("forms-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let shipped = Bundle.module.url(forResource: "Resources", withExtension: nil)!.appendingPathComponent("Forms/1.001193.json")
        let good = try String(contentsOf: shipped, encoding: .utf8)
        try good.write(to: dir.appendingPathComponent("1.001193.json"), atomically: true, encoding: .utf8)
        try good.replacingOccurrences(of: "\"kind\": \"phone\"", with: "\"kind\": \"telephone\"")
            .write(to: dir.appendingPathComponent("1.000656.json"), atomically: true, encoding: .utf8)
        try good.write(to: dir.appendingPathComponent("1.000001.json"), atomically: true, encoding: .utf8)
        let forms = DeclarationForms(directory: dir)
        #expect(Array(forms.written.keys) == ["1.001193"])
        #expect(forms.refused["1.000656.json"].map { $0.line > 1 } == true)
        #expect(forms.refused["1.000001.json"]?.problem.contains("must be named 1.001193.json") == true)
        #expect(DeclarationForms.bundled().refused.isEmpty)
    }

    @Test("Filters by level and field; a procedure in full; errors", arguments: Engine.available)
    func filtersAndDetail(engine: Engine) async throws {
        try await withApp(engine) { app in
            try await app.testing().test(.GET, "api/v1/procedures?q=ho%20chieu&level=commune") { res in
                let items = res.object["items"] as? [[String: Any]] ?? []
                #expect(!items.isEmpty)
                #expect(items.allSatisfy { ($0["levels"] as? [String])?.contains("commune") == true })
            }
            try await app.testing().test(.GET, "api/v1/procedures?field=H%E1%BB%99%20t%E1%BB%8Bch&limit=200") { res in
                let items = res.object["items"] as? [[String: Any]] ?? []
                #expect(items.count > 20 && items.allSatisfy { $0["field"] as? String == "Hộ tịch" })
            }
            try await app.testing().test(.GET, "api/v1/procedures/1.001193") { res in
                #expect(res.status == .ok)
                #expect(res.object["name"] as? String == "Thủ tục đăng ký khai sinh")
                #expect((res.object["documents"] as? [Any])?.isEmpty == false)
                let channels = res.object["channels"] as? [[String: Any]] ?? []
                #expect(channels.contains { $0["channel"] as? String == "online" && $0["time"] as? String == "same-day" })
                #expect(res.object["sourceUrl"] as? String != nil)
            }
            try await app.testing().test(.GET, "api/v1/procedures/0.000000") { res in
                #expect(res.status == .notFound)
                #expect((res.object["reason"] as? String)?.contains("0.000000") == true)
            }
            try await app.testing().test(.GET, "api/v1/procedures?level=district") { res in
                #expect(res.status == .badRequest)
            }
            try await app.testing().test(.GET, "api/v1/procedures?limit=0") { res in
                #expect(res.status == .badRequest)
            }
            try await app.testing().test(.GET, "api/v1/procedures/fields") { res in
                #expect(res.status == .ok)
            }
        }
    }

    @Test("A malformed line is reported with its number while the rest imports", arguments: Engine.available)
    func malformedLine(engine: Engine) async throws {
        try await withApp(engine) { app in
            let lines = try String(contentsOf: dataDirectory.appendingPathComponent("catalogue.jsonl"), encoding: .utf8)
                .split(separator: "\n").prefix(5).map(String.init)
            let text = [lines[0], lines[1], "{\"code\": broken", lines[2], "[]", lines[3]].joined(separator: "\n")
            let importer = ReferenceImporter(files: ReferenceFiles(directory: dataDirectory), db: app.db)
            let report = try await importer.importCatalogue(data: Data(text.utf8), source: "test")
            #expect(report.imported == 4)
            #expect(report.errors.map(\.line) == [3, 5])
            #expect(try await ProcedureRow.query(on: app.db).count() == 4)
            let revision = try await ProcedureRow.find(try #require(lines[0].firstMatch(of: /"code": ?"([^"]+)"/)).output.1.description, on: app.db)?.revision
            #expect(revision == 2, "re-imported procedures get a new revision")
        }
    }

    @Test("A failed import leaves the previous catalogue intact", arguments: Engine.available)
    func failedImport(engine: Engine) async throws {
        try await withApp(engine) { app in
            let importer = ReferenceImporter(files: ReferenceFiles(directory: dataDirectory), db: app.db)
            await #expect(throws: ReferenceImporter.NothingImported.self) {
                _ = try await importer.importCatalogue(data: Data("garbage\n{}\n".utf8), source: "test")
            }
            #expect(try await ProcedureRow.query(on: app.db).count() == 2642)
            // A database failure half-way (two rows with the same code) rolls the whole import back.
            let p = try #require(try await ReferenceRepository(db: app.db).procedure(code: "1.001193"))
            await #expect(throws: (any Error).self) {
                try await ReferenceRepository(db: app.db).replaceCatalogue([(p, "{}"), (p, "{}")], source: "test", report: "{}", startedAt: Date())
            }
            #expect(try await ProcedureRow.query(on: app.db).count() == 2642)
        }
    }
}

@Suite("Calendar API and commands")
struct CalendarAPITests {
    @Test("Due dates and days off over the API", arguments: Engine.available)
    func api(engine: Engine) async throws {
        try await withApp(engine) { app in
            try await app.testing().test(.GET, "api/v1/calendar/due?received=2026-02-13T16:10:00%2B07:00&time=3%20working-days") { res in
                #expect(res.status == .ok)
                #expect(res.object["due"] as? String == "2026-02-25T16:10:00+07:00")
                #expect(res.object["dueText"] as? String == "16:10 25/02/2026")
            }
            try await app.testing().test(.GET, "api/v1/calendar/due?received=2026-02-13T16:10:00%2B07:00&time=same-day") { res in
                #expect(res.object["due"] as? String == "2026-02-23T17:00:00+07:00")
            }
            try await app.testing().test(.GET, "api/v1/calendar/due?received=2026-02-13T16:10:00%2B07:00&time=4%20working-hours&now=2026-02-23T08:00:00%2B07:00") { res in
                #expect(res.object["due"] as? String == "2026-02-23T10:40:00+07:00")
                #expect(res.object["workingSecondsLeft"] as? Int == 9600)
            }
            try await app.testing().test(.GET, "api/v1/calendar/due?received=2026-02-13&time=3%20working-days") { res in
                #expect(res.status == .badRequest)
            }
            try await app.testing().test(.GET, "api/v1/calendar/due?received=2026-02-13T16:10:00%2B07:00&time=soon") { res in
                #expect(res.status == .badRequest)
                #expect((res.object["reason"] as? String)?.contains("soon") == true)
            }
            try await app.testing().test(.GET, "api/v1/calendar/days-off?year=2026") { res in
                #expect(res.object["basis"] as? String == "decree")
                #expect((res.object["makeUpWorkingDays"] as? [String]) == ["2026-08-22"])
            }
            try await app.testing().test(.GET, "api/v1/calendar/days-off?year=2031") { res in
                #expect(res.object["basis"] as? String == "rules")
                let dates = (res.object["daysOff"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
                #expect(dates.contains("2031-01-23"), "Tết 2031")
            }
            try await app.testing().test(.GET, "api/v1/calendar/days-off?year=1800") { res in
                #expect(res.status == .badRequest)
            }
        }
    }

    @Test("An administrator's decree for a new year replaces the computed days off", arguments: Engine.available)
    func decree(engine: Engine) async throws {
        try await withApp(engine) { app in
            let decree = DecreedSchedule(year: 2027, daysOff: [DayOff(date: LocalDate(year: 2027, month: 1, day: 1), name: "Tết Dương lịch"),
                                                               DayOff(date: LocalDate(year: 2027, month: 2, day: 8), name: "Tết")],
                                         makeUpWorkingDays: [LocalDate(year: 2027, month: 1, day: 9)], source: "Decree test")
            try await ReferenceRepository(db: app.db).recordDecrees([decree], recordedBy: "test", replace: true)
            try await prepareReferenceData(app)
            try await app.testing().test(.GET, "api/v1/calendar/days-off?year=2027") { res in
                #expect(res.object["basis"] as? String == "decree")
                #expect((res.object["daysOff"] as? [Any])?.count == 2)
            }
            #expect(app.reference.current?.calendar.isWorkingDay(LocalDate(year: 2027, month: 1, day: 9)) == true)
        }
    }
}

@Suite("Server")
struct ServerTests {
    @Test("healthz answers once ready; a second start does not import again", arguments: Engine.available)
    func health(engine: Engine) async throws {
        try await withApp(engine) { app in
            try await app.testing().test(.GET, "healthz") { res in
                #expect(res.status == .ok)
                #expect(res.object["communes"] as? Int == 3321)
                #expect(res.object["procedures"] as? Int == 2642)
                #expect(res.object["database"] as? String == engine.rawValue)
                #expect(res.headers.first(name: "X-Content-Type-Options") == "nosniff")
            }
            try await app.testing().test(.GET, "api/v1/units/99999") { res in
                #expect(res.status == .notFound)
                #expect(res.headers.first(name: "X-Content-Type-Options") == "nosniff", "error answers carry the headers too")
                #expect(res.headers.first(name: "X-Frame-Options") == "DENY")
            }
            let runs = try await ImportRunRow.query(on: app.db).count()
            try await prepareReferenceData(app)
            #expect(try await ImportRunRow.query(on: app.db).count() == runs)
        }
    }

    @Test("Before the data is loaded the API answers 503, not a crash", arguments: Engine.available)
    func notReady(engine: Engine) async throws {
        let fresh = try await TestDatabases.shared.fresh(engine, withData: false)
        let app = try await makeApp(fresh.config, autoImport: false)
        defer { Task { await fresh.drop() } }
        do {
            let tester = try app.testing()
            try await tester.test(.GET, "healthz") { res in #expect(res.status == .ok || res.status == .serviceUnavailable) }
            app.reference.replace(ReferenceSnapshot(version: -1, units: UnitDirectory(units: [], changes: []), converter: AddressConverter(rows: []),
                                                    oldProvinces: [:], catalogue: ProcedureSearch(procedures: []), calendar: WorkingCalendar(), fields: []))
            try await tester.test(.GET, "api/v1/units/00004") { res in #expect(res.status == .notFound) }
            try await tester.test(.GET, "nowhere") { res in
                #expect(res.status == .notFound)
                #expect(res.object["error"] as? Bool == true)
            }
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    @Test("The portal pages render", arguments: Engine.available)
    func portal(engine: Engine) async throws {
        try await withApp(engine) { app in
            try await app.testing().test(.GET, "/?q=dang%20ky%20khai%20sinh") { res in
                #expect(res.status == .ok)
                let html = res.body.string
                #expect(html.contains("id=\"results\""))
                #expect(html.contains("/thu-tuc/1.001193"))
            }
            try await app.testing().test(.GET, "/?q=%3Cscript%3Ealert(1)%3C/script%3E") { res in
                #expect(!res.body.string.contains("<script>alert(1)"))
                #expect(res.body.string.contains("&lt;script&gt;"))
            }
            try await app.testing().test(.GET, "/thu-tuc/1.001193") { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("Thủ tục đăng ký khai sinh"))
                #expect(res.body.string.contains("Thành phần hồ sơ"))
                // Readable: the key facts first, one line per document slot, notes and steps folded, no import bookkeeping.
                let page = res.body.string
                #expect(page.contains("id=\"key-facts\"") && page.contains("Bạn nhận được") && page.contains("Giấy khai sinh"))
                #expect(page.contains("<li>Giấy chứng sinh do cơ sở y tế cấp<span class=\"meta\"> — Chỉ cần khi Nơi sinh là: Cơ sở y tế"))
                #expect(!page.contains("0 bản sao") && !page.contains("0 bản chính"))
                #expect(page.contains("<details id=\"document-notes\">") && page.contains("<details id=\"steps\">"))
                #expect(!page.contains("<li>nộp hồ sơ.</li>"), "a cut line joins the step it belongs to")
                for flag in ReviewFlag.allCases.map(\.rawValue) + ["flags"] { #expect(!page.contains(flag)) }
            }
            try await app.testing().test(.GET, "/thu-tuc/nope") { res in
                #expect(res.status == .notFound)
            }
        }
    }
}
