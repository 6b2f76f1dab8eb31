import AsyncKit
import Foundation
import MotCuaCore
import NIOPosix
import SnapshotTesting
import Testing
import VaporTesting
@testable import MotCuaApp

/// Every page template rendered from a fixed model, in both languages, against a snapshot (a change to a page shows
/// as a diff in `__Snapshots__`); the same models holding markup render it inert; every interface text a template
/// names exists in both languages; every site path is a route and every page route is a site path.
@Suite("Page views")
struct PageViewTests {
    static let script = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>"

    static let officer = Principal(id: "o1", name: "Lê Văn Cán", kind: .staff, grants: [RoleGrant(role: .counterOfficer, unitCode: "00004", provinceCode: "01")],
                                   scopes: [], csrf: "csrf-token", viaCookie: true)
    static let citizen = Principal(id: "c1", name: "Nguyễn Thị Hoa", kind: .citizen, grants: [], scopes: [], csrf: "csrf-token", viaCookie: true)

    static func render<M: Encodable>(_ template: String, _ model: M, _ language: Language, principal: Principal? = nil,
                                     area: PageChrome.Area = .portal, path: String = "/") async throws -> String {
        let chrome = PageChrome(title: "Tiêu đề", area: area, language: language, path: path, query: nil, principal: principal, authority: Authority())
        let loop = MultiThreadedEventLoopGroup.singleton.any()
        return String(buffer: try await PageTemplates.shared.render(template, PageContext(template: template, language: language, chrome: chrome, page: model), on: loop))
    }

    static func dossier(_ text: String) -> DossierDTO {
        DossierDTO(code: "00004-261201-0007", procedureCode: "1.001193", procedureName: "Đăng ký khai sinh " + text, state: "supplementRequested",
                   statusCode: 5, statusText: "Yêu cầu bổ sung hồ sơ", channel: "online",
                   receivingUnit: .init(code: "00004", name: "Phường Ba Đình " + text), competentUnit: .init(code: "00004", name: "Phường Ba Đình"),
                   transferTo: nil, submittedAt: "2026-12-01T09:15:00+07:00", appointment: "2026-12-03T17:00:00+07:00", appointmentProvisional: false,
                   dueAt: nil, apologyAppointment: nil, urgency: nil, workingSecondsLeft: nil, supplementRequests: 1, outcome: nil,
                   feeDue: 8000, feeText: "8.000 đồng", feePaid: false, parts: nil,
                   history: [.init(seq: 1, at: "2026-12-01T09:15:00+07:00", action: "submit", actionText: "Nộp hồ sơ", state: "submitted", stateText: "", reason: nil, actor: nil, role: nil, detail: nil),
                             .init(seq: 2, at: "2026-12-01T10:00:00+07:00", action: "receive", actionText: "", state: "received", stateText: "", reason: nil, actor: nil, role: nil, detail: nil),
                             .init(seq: 3, at: "2026-12-01T14:30:00+07:00", action: "requestSupplement", actionText: "", state: "supplementRequested", stateText: "", reason: "Thiếu bản sao " + text, actor: nil, role: nil, detail: nil)],
                   feedback: nil, version: nil, applicant: nil, assignee: nil, assigneeName: nil, availableActions: nil, documents: nil, notifications: nil)
    }

    /// Each page's model, filled with `text` where people's words go.
    static func pages(_ text: String, _ l: Language) -> [(String, String, @Sendable (Language) async throws -> String)] {
        [
            ("home", "search", { l in
                let hit = ProcedureSummary.fixture(code: "1.001193", name: "Đăng ký khai sinh " + text, field: "Hộ tịch")
                return try await render("home", SearchPage(query: text, level: "commune", page: 2, hits: [hit], total: 45, procedures: 2642, communes: 3321, language: l), l)
            }),
            ("home", "empty", { l in
                try await render("home", SearchPage(query: "", level: "", page: 1, hits: [], total: 0, procedures: 2642, communes: 3321, language: l), l)
            }),
            ("assistant", "conversation", { l in
                let answer = "Thủ tục phù hợp: " + text + "\n- Xem /thu-tuc/1.001193.\n- Phí, lệ phí: 8.000 đồng"
                return try await render("assistant", AssistantPage(conversation: "0b6f8e9a-0000-4000-8000-000000000001",
                                                                   turns: [(text, answer, ["1.001193"])], commune: text), l)
            }),
            ("track", "found", { l in
                try await render("track", TrackPage(code: "00004-261201-0007", phone: text, problem: nil, dossier: dossier(text), language: l), l, path: "/tra-cuu")
            }),
            ("track", "problem", { l in
                try await render("track", TrackPage(code: text, phone: "0912", problem: UIText.text("track_not_found", l), dossier: nil, language: l), l, path: "/tra-cuu")
            }),
            ("sign-in", "register-error", { l in
                var page = SignInPage.register(fullName: text, login: text, language: l)
                page.show(PageFailure(status: .badRequest, code: "weak_password", text: "Mật khẩu cần ít nhất 10 ký tự " + text))
                return try await render("sign-in", page, l)
            }),
            ("citizen-home", "lists", { l in
                let drafts = [DraftDTO(id: "d1", procedureCode: "1.001193", procedureName: text, content: DraftContent(), createdAt: "2026-12-01T08:00:00+07:00",
                                       updatedAt: "2026-12-01T08:05:00+07:00", missing: ["applicant.phone"])]
                let payments = [PaymentDTO(dossierCode: "00004-261201-0007", procedureName: text, feeDue: 8000, feeText: "8.000 đồng", paid: true,
                                           awaitingPayment: false, paidAt: "2026-12-01T11:00:00+07:00", amount: 8000, method: "counter", reference: text)]
                let ratings = [FeedbackDTO(dossierCode: "00004-261201-0007", procedureName: nil, rating: "satisfied", ratingText: "", comment: text, createdAt: "2026-12-01T12:00:00+07:00")]
                return try await render("citizen-home", CitizenHomePage(notice: nil, dossiers: [dossier(text)], drafts: drafts, payments: payments, ratings: ratings, language: l),
                                        l, principal: citizen, path: "/ca-nhan")
            }),
            ("citizen-apply", "place", { l in
                var page = ApplyPage(step: .place, reached: .form, procedure: ("Đăng ký khai sinh " + text, "1.001193"), draftId: "d1", formKey: "", language: l)
                var fields = ApplyPage.placeFields(unit: text, oldAddress: nil, fullName: text, idNumber: "12", phone: nil, email: text, language: l)
                _ = FormField.mark(&fields, "idNumber", text)
                page.fields = fields
                page.unitChoices = [.init(value: "00004", label: "Phường Ba Đình " + text, selected: false)]
                page.error = text
                return try await render("citizen-apply", page, l, principal: citizen, path: "/ca-nhan/nop-ho-so/d1/noi-nop")
            }),
            ("citizen-apply", "form", { l in
                let birth = try #require(DeclarationForms.bundled().written["1.001193"])
                var page = ApplyPage(step: .form, reached: .form, procedure: ("Đăng ký khai sinh", "1.001193"), draftId: "d1", formKey: "", language: l)
                page.sections = DeclarationFormView(form: birth, language: l, today: LocalDate(year: 2026, month: 12, day: 1))
                    .sections(values: ["child": .group(["fullName": .text(text), "sex": .text("female"), "dateOfBirth": .text("2027-01-01")])],
                              problems: [DeclarationProblem(key: "child.dateOfBirth", reason: .inFuture, message: text, messageEn: text)])
                return try await render("citizen-apply", page, l, principal: citizen, path: "/ca-nhan/nop-ho-so/d1/to-khai")
            }),
            ("citizen-apply", "documents", { l in
                let birth = try #require(DeclarationForms.bundled().written["1.001193"])
                var page = ApplyPage(step: .documents, reached: .documents, procedure: ("Đăng ký khai sinh", "1.001193"), draftId: "d1", formKey: "", language: l)
                page.slots = ApplyPage.slots(birth, needed: ["birthCertificate"], attachments: [DraftAttachment(slot: "authorisation", sha256: "x", fileName: text, mediaType: "application/pdf", size: 84_000)],
                                             problems: [DeclarationProblem(key: "documents.birthCertificate", reason: .required, message: text, messageEn: text)], language: l)
                return try await render("citizen-apply", page, l, principal: citizen, path: "/ca-nhan/nop-ho-so/d1/giay-to")
            }),
            ("citizen-apply", "review", { l in
                var page = ApplyPage(step: .review, reached: .review, procedure: ("Đăng ký khai sinh", "1.001193"), draftId: "d1", formKey: "", language: l)
                page.review = [.init(title: text, rows: [.init(label: text, value: text)], editHref: "/ca-nhan/nop-ho-so/d1/to-khai")]
                page.problems = [text]
                return try await render("citizen-apply", page, l, principal: citizen, path: "/ca-nhan/nop-ho-so/d1/xem-lai")
            }),
            ("citizen-dossier", "supplement", { l in
                try await render("citizen-dossier", CitizenDossierPage(dossier(text), notice: nil, error: text, language: l), l, principal: citizen, path: "/ca-nhan/ho-so/x")
            }),
            ("sign-in", "staff", { l in
                try await render("sign-in", SignInPage.staffSignIn(next: "/can-bo", login: text, language: l), l, area: .office, path: "/can-bo/dang-nhap")
            }),
            ("office-inbox", "warnings", { l in
                var d = dossier(text)
                d.urgency = "nearDue"; d.workingSecondsLeft = 3 * 3600 + 600; d.dueAt = "2026-12-02T17:00:00+07:00"
                d.applicant = ApplicantDTO(fullName: text, idNumber: "001203012345", phone: "0912345678", email: nil, communeCode: nil)
                let warnings = [WarningDTO(dossierCode: d.code, kind: "nearDue", dueAt: "2026-12-02T17:00:00+07:00", createdAt: "2026-12-01T17:00:00+07:00")]
                return try await render("office-inbox", OfficeInboxPage(officer: officer, warnings: warnings, list: DossierListDTO(total: 1, items: [d]),
                                                                        mine: true, unitName: { _ in "Phường Ba Đình " + text }, language: l),
                                        l, principal: officer, area: .office, path: "/can-bo")
            }),
            ("office-receive", "error", { l in
                var page = OfficeReceivePage(units: [("00004", "Phường Ba Đình")], procedures: [("1.001193", "Đăng ký khai sinh " + text)],
                                             values: .init(procedureCode: text, unitCode: "00004", fullName: text, idNumber: nil, phone: "09", email: nil,
                                                           commune: text, processingTime: nil), language: l)
                _ = FormField.mark(&page.fields, "phone", "Số điện thoại phải gồm 10 chữ số " + text)
                return try await render("office-receive", page, l, principal: officer, area: .office, path: "/can-bo/tiep-nhan")
            }),
            ("office-dossier", "actions", { l in
                var d = dossier(text)
                d.state = "submitted"; d.availableActions = ["receive", "refuse", "assign", "transfer", "apologise"]; d.version = 3
                d.applicant = ApplicantDTO(fullName: text, idNumber: "001203012345", phone: "0912345678", email: nil, communeCode: nil)
                d.documents = [DocumentDTO(id: "doc1", fileName: text + ".pdf", docType: "Tờ khai", mediaType: "application/pdf", size: 20480, original: false, sha256: "x", uploadedAt: "2026-12-01T09:15:00+07:00")]
                d.notifications = [NotificationDTO(event: "received", channel: "sms", status: "pending", attempts: 2, createdAt: "2026-12-01T10:00:00+07:00", deliveredAt: nil, lastError: nil)]
                return try await render("office-dossier", OfficeDossierPage(d, notice: nil, error: text, assignees: [.init(id: "s1", name: text)], language: l),
                                        l, principal: officer, area: .office, path: "/can-bo/ho-so/x")
            }),
            ("printable", "receipt", { l in
                var form = PrintableForm(kind: "receipt", a5: true, title: "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", code: "00004-261201-0007",
                                         organisation: "UBND PHƯỜNG BA ĐÌNH", applicant: [.init(label: "Người nộp", value: text)], backHref: "/tra-cuu")
                form.documents = [text]; form.statutoryTime = "Trong ngày"; form.receivedAt = "16:10 13/02/2026"; form.appointment = "17:00 23/02/2026"
                form.returnPlace = text; form.fee = "8.000 đồng"; form.lookupURL = "http://localhost:8080/tra-cuu?ma=00004-261201-0007"; form.qrSVG = "<svg></svg>"
                return try await render("printable", form, l, area: .print, path: "/ho-so/x/phieu-tiep-nhan")
            }),
            ("printable", "control", { l in
                var form = PrintableForm(kind: "control", a5: false, title: "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", code: "00004-261201-0007",
                                         organisation: "UBND PHƯỜNG BA ĐÌNH", applicant: [.init(label: "Người nộp", value: text)], backHref: "/can-bo")
                form.staffCopy = true; form.receivedAt = "16:10 13/02/2026"; form.appointment = "17:00 23/02/2026"; form.dueAt = "17:00 23/02/2026"
                form.rows = [.init(number: 1, at: "16:10 13/02/2026", action: "Tiếp nhận hồ sơ", actor: text, role: "Cán bộ một cửa", state: "Đã tiếp nhận", note: text)]
                form.outcome = "đang giải quyết"
                return try await render("printable", form, l, area: .print, path: "/ho-so/x/phieu-kiem-soat")
            }),
            ("printable", "declaration", { l in
                var form = PrintableForm(kind: "declaration", a5: false, title: "TỜ KHAI ĐĂNG KÝ KHAI SINH", code: "00004-261201-0007",
                                         organisation: "UBND PHƯỜNG BA ĐÌNH", applicant: [.init(label: "Người nộp", value: text)], backHref: "/can-bo")
                form.declaration = [.init(title: "Người được khai sinh", rows: [.init(label: "Họ, chữ đệm, tên", value: text)])]
                form.documents = [text]; form.place = "Phường Ba Đình"; form.submittedAt = "16:10 13/02/2026"; form.declarationSource = text
                return try await render("printable", form, l, area: .print, path: "/ho-so/x/to-khai")
            }),
            ("office-dossier", "declaration", { l in
                var d = dossier(text)
                d.documents = [DocumentDTO(id: "d1", fileName: text, docType: "Giấy chứng sinh", mediaType: "application/pdf", size: 84_000, original: false,
                                           sha256: "x", uploadedAt: "2026-12-01T09:15:00+07:00", slot: "birthCertificate")]
                d.slots = [SlotDTO(key: "birthCertificate", name: "Giấy chứng sinh " + text, required: true, documents: ["d1"], presented: false, waivedReason: nil, missing: false),
                           SlotDTO(key: "authorisation", name: "Văn bản ủy quyền", required: true, documents: [], presented: false, waivedReason: text, missing: false),
                           SlotDTO(key: "marriage", name: "Giấy chứng nhận kết hôn", required: false, documents: [], presented: false, waivedReason: nil, missing: true)]
                let sections = [DeclarationReading.Section(title: "Người được khai sinh", rows: [.init(label: "Họ, chữ đệm, tên", value: text)])]
                return try await render("office-dossier", OfficeDossierPage(d, notice: nil, error: nil, assignees: [], declaration: sections, language: l),
                                        l, principal: officer, area: .office, path: "/can-bo/ho-so/x")
            }),
            ("error", "404", { l in
                try await render("error", ErrorPage(heading: UIText.text("error_404", l), message: text, back: "/tra-cuu", backLabel: UIText.text("error_back", l)), l)
            }),
        ]
    }

    @Test("Every page matches its snapshot, in Vietnamese and in English", arguments: Language.allCases)
    func snapshots(language: Language) async throws {
        for (template, name, render) in Self.pages("Nguyễn Văn An", language) {
            // The style sheet's version changes with every edit of it; the page's markup is what the snapshot is about.
            let html = try await render(language).replacingOccurrences(of: StaticAssets.stylesheetVersion, with: "VERSION")
            withSnapshotTesting(record: .missing) {
                assertSnapshot(of: html, as: .lines, named: "\(template)-\(name)-\(language.rawValue)", testName: "page")
            }
        }
    }

    @Test("Markup in any field is shown as text on every page, never run", arguments: Language.allCases)
    func inert(language: Language) async throws {
        for (template, name, render) in Self.pages(Self.script, language) {
            let html = try await render(language)
            #expect(!html.contains("<script"), "\(template) \(name) lets a script through")
            #expect(!html.contains("<img src=x"), "\(template) \(name) lets an element through")
            #expect(!html.contains("onerror=alert(2)>"), "\(template) \(name) lets an attribute value end early")
            #expect(name == "empty" || html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img"), "\(template) \(name) does not show the text")
        }
    }

    @Test("Every interface text a template names exists, in both languages")
    func texts() throws {
        var used = Set<String>()
        for name in try PageTemplates.shared.names() {
            let text = try String(contentsOfFile: PageTemplates.shared.directory + "/\(name).leaf", encoding: .utf8)
            let regex = try NSRegularExpression(pattern: "\\bt\\.([a-z0-9_]+)")
            for m in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                used.insert(String(text[Range(m.range(at: 1), in: text)!]))
            }
            #expect(!text.contains("href=\"/"), "\(name).leaf writes a path by hand; use paths or the model")
            #expect(!text.contains("action=\"/"), "\(name).leaf writes a path by hand; use paths or the model")
        }
        #expect(!used.isEmpty)
        for key in used.sorted() {
            let entry = UIText.entries[key]
            #expect(entry != nil, "t.\(key) is not in UIText")
            #expect(entry.map { !$0.vi.isEmpty && !$0.en.isEmpty && $0.vi != $0.en || key.hasPrefix("assistant_commune_placeholder") } ?? true, "t.\(key) is not translated")
        }
    }

    @Test("Every site path is a route, and every page route is a site path")
    func routes() async throws {
        try await withApp(.sqlite, data: false) { app in
            let registered = Set(app.routes.all.map { route in "/" + route.path.map(\.description).joined(separator: "/") })
            for route in SiteRoute.allCases {
                #expect(registered.contains(route.rawValue), "\(route) (\(route.rawValue)) has no route")
            }
            let pages = registered.filter { !$0.hasPrefix("/api/") && $0 != "/healthz" && $0 != "/favicon.ico" }
            for path in pages.sorted() {
                #expect(SiteRoute(rawValue: path) != nil, "\(path) is served but not in SiteRoute")
            }
        }
    }

    @Test("Dates, times and amounts read as people write them")
    func formats() {
        #expect(DisplayFormat.dateTime("2026-12-02T17:00:00+07:00", .vi) == "17:00, 02/12/2026")
        #expect(DisplayFormat.dateTime("2026-12-02T10:00:00Z", .vi) == "17:00, 02/12/2026")
        #expect(DisplayFormat.dateTime("2026-12-02T17:05:00+07:00", .en) == "2 Dec 2026, 17:05")
        #expect(DisplayFormat.money(1_200_000, .vi) == "1.200.000 đồng" && DisplayFormat.money(8000, .en) == "8,000 VND")
        #expect(Language.preferred("en-US,en;q=0.9,vi;q=0.8") == .en && Language.preferred("fr, vi;q=0.5") == .vi && Language.preferred(nil) == .vi)
        #expect(SiteRoute.procedure.path("1.001193") == "/thu-tuc/1.001193")
        #expect(SiteRoute.home.path(query: ["q": "khai sinh & kết hôn", "trang": "2"]) == "/?q=khai%20sinh%20%26%20k%E1%BA%BFt%20h%C3%B4n&trang=2")
    }
}

extension ProcedureSummary {
    static func fixture(code: String, name: String, field: String) -> ProcedureSummary {
        let json = """
        {"code":"\(code)","name":\(String(data: try! JSONEncoder().encode(name), encoding: .utf8)!),"field":"\(field)","levels":["commune"],"online":true,"flags":[]}
        """
        return try! JSONDecoder().decode(ProcedureSummary.self, from: Data(json.utf8))
    }
}

@Suite("Page views over HTTP")
struct PageHTTPTests {
    @Test("The procedure page matches its snapshot in both languages; a browser gets an HTML error page, the API JSON")
    func procedureAndErrors() async throws {
        try await withApp(.sqlite) { app in
            for language in Language.allCases {
                var page = ""
                try await app.testing().test(.GET, "thu-tuc/1.001193", headers: ["Accept-Language": language.rawValue]) { res in
                    #expect(res.status == .ok && res.headers.first(name: .contentLanguage) == language.rawValue)
                    page = res.body.string.replacingOccurrences(of: StaticAssets.stylesheetVersion, with: "VERSION")
                }
                withSnapshotTesting(record: .missing) {
                    assertSnapshot(of: page, as: .lines, named: "procedure-1.001193-\(language.rawValue)", testName: "page")
                }
                #expect(page.utf8.count + StaticAssets.stylesheet.count < 100_000, "the procedure page with its style sheet is under 100 KB")
            }
            try await app.testing().test(.GET, "khong-co-trang-nay", headers: ["Accept": "text/html,application/xhtml+xml"]) { res in
                #expect(res.status == .notFound && res.headers.contentType == .html && res.body.string.contains("Không tìm thấy trang"))
            }
            try await app.testing().test(.GET, "khong-co-trang-nay", headers: ["Accept": "text/html", "Accept-Language": "en"]) { res in
                #expect(res.status == .notFound && res.body.string.contains("Page not found") && res.body.string.contains("lang=\"en\""))
            }
            try await app.testing().test(.GET, "api/v1/procedures/khong-co", headers: ["Accept": "text/html"]) { res in
                #expect(res.status == .notFound && res.headers.contentType == .json)
            }
            try await app.testing().test(.GET, "ngon-ngu/en?tiep=/tra-cuu") { res in
                #expect(res.status == .seeOther && res.headers.first(name: .location) == "/tra-cuu")
                #expect(res.headers.setCookie?[Language.cookieName]?.string == "en")
            }
            try await app.testing().test(.GET, "ngon-ngu/en?tiep=//evil.example") { res in
                #expect(res.headers.first(name: .location) == "/", "no open redirect")
            }
            // Anonymous pages are kept rendered; a signed-in reader's page (with their name) is never kept nor served to others.
            let api = try await APIClient.seeded(app)
            let first = try await api.call(.GET, "?q=khai+sinh&level=commune")
            let signedIn = try await api.call(.GET, "?q=khai+sinh&level=commune", as: "0912345678")
            let again = try await api.call(.GET, "?q=khai+sinh&level=commune")
            #expect(first.text == again.text && first.text.contains("1.001193"))
            let name = try #require(signedIn.text.components(separatedBy: "class=\"who\"").dropFirst().first?.components(separatedBy: ">").dropFirst().first?
                .components(separatedBy: "<").first)
            #expect(!name.isEmpty && !again.text.contains(name), "\(name)")
            let procedure = try await api.call(.GET, "thu-tuc/1.001193", as: "0912345678")
            #expect(procedure.text.contains(name))
            #expect(!(try await api.call(.GET, "thu-tuc/1.001193")).text.contains(name))
            try await app.testing().test(.GET, "static/motcua.css") { res in
                #expect(res.status == .ok && res.body.string.contains("@media print") && res.headers.first(name: .cacheControl)?.contains("immutable") == true)
            }
        }
    }
}

@Suite("API description")
struct APIDescriptionTests {
    /// Method and path of every operation the OpenAPI document names, e.g. `GET /api/v1/units/{code}`.
    static func documented() throws -> Set<String> {
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let paths = try #require(doc["paths"] as? [String: [String: Any]])
        return Set(paths.flatMap { path, operations in
            operations.keys.filter { ["get", "post", "put", "patch", "delete"].contains($0) }.map { "\($0.uppercased()) \(path)" }
        })
    }

    @Test("Every route under /api/v1 is in the OpenAPI document, and the document names no route that does not exist")
    func noDrift() async throws {
        let documented = try Self.documented()
        try await withApp(.sqlite, data: false) { app in
            let served = Set(app.routes.all.compactMap { route -> String? in
                let path = "/" + route.path.map { component -> String in
                    if case .parameter(let name) = component { return "{\(name)}" }
                    return component.description
                }.joined(separator: "/")
                return path.hasPrefix("/api/v1/") && path != "/api/v1/openapi.json" ? "\(route.method.rawValue) \(path)" : nil
            })
            for route in served.subtracting(documented).sorted() { Issue.record("\(route) is served but not documented") }
            for route in documented.filter({ $0.contains("/api/v1/") }).subtracting(served).sorted() { Issue.record("\(route) is documented but not served") }
            #expect(served.count > 30)
            // A path served with other methods answers 405 with what it allows; an empty date is refused, not taken as today.
            try await app.testing().test(.DELETE, "api/v1/provinces") { res in
                #expect(res.status == .methodNotAllowed && res.headers.first(name: .allow) == "GET")
                #expect(res.body.string.contains("method_not_allowed"))
            }
            try await app.testing().test(.GET, "api/v1/khong-co") { res in #expect(res.status == .notFound) }
        }
        try await withApp(.sqlite) { app in
            try await app.testing().test(.GET, "api/v1/provinces?asOf=") { res in
                #expect(res.status == .badRequest && res.body.string.contains("bad_date"))
            }
        }
    }

    @Test("Every success response has a schema, made from the type the handler sends")
    func successSchemas() throws {
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let paths = try #require(doc["paths"] as? [String: [String: Any]])
        // Answers that are not JSON objects: no content, a redirect, a file as stored, NDJSON lines.
        let notJSON: Set<String> = ["POST /api/v1/auth/sign-out 204", "DELETE /api/v1/me/drafts/{id} 204",
                                    "DELETE /api/v1/admin/staff/{id}/grants/{grant} 204", "DELETE /api/v1/admin/tokens/{id} 204",
                                    "DELETE /api/v1/admin/procedures/{code}/abolition 204", "DELETE /api/v1/admin/procedures/{code}/competence/{effective} 204",
                                    "GET /api/v1/auth/oidc/start 303",
                                    "GET /api/v1/auth/oidc/callback 303", "GET /api/v1/dossiers/{code}/documents/{id} 200",
                                    "GET /api/v1/staff/export 200"]
        var checked = 0
        for (path, operations) in paths {
            for (method, value) in operations {
                guard let operation = value as? [String: Any], let responses = operation["responses"] as? [String: Any] else { continue }
                for (status, response) in responses where status.hasPrefix("2") || status.hasPrefix("3") {
                    let name = "\(method.uppercased()) \(path) \(status)"
                    guard !notJSON.contains(name) else { continue }
                    let schema = ((response as? [String: Any])?["content"] as? [String: Any])?["application/json"] as? [String: Any]
                    #expect(schema?["schema"] != nil, "\(name) has no schema")
                    checked += 1
                }
            }
        }
        #expect(checked >= 35)
        // The schema follows the type: a field the type has is there, required unless the type lets it be absent.
        let dossier = ResponseSchema.of(DossierDTO.self).json
        let properties = try #require(dossier["properties"] as? [String: Any])
        let required = try #require(dossier["required"] as? [String])
        #expect(properties.count == 35 && properties["documents"] != nil && properties["workingSecondsLeft"] != nil)
        #expect(required.contains("history") && !required.contains("documents") && dossier["additionalProperties"] as? Bool == false)
        #expect(ResponseSchema.of([WarningDTO].self) == .array(.object([
            .init(name: "dossierCode", schema: .string(enumeration: nil), required: true),
            .init(name: "kind", schema: .string(enumeration: nil), required: true),
            .init(name: "dueAt", schema: .string(enumeration: nil), required: true),
            .init(name: "createdAt", schema: .string(enumeration: nil), required: true)])))
    }
}

@Suite("Error catalogue")
struct ErrorCatalogueTests {
    @Test("A request that found every database connection taken is told the service is busy (503), not that it broke")
    func poolTimeout() {
        let (status, code, vi, _) = APIErrorMiddleware.describe(ConnectionPoolTimeoutError.connectionRequestTimeout)
        #expect(status == .serviceUnavailable && code == "database_busy" && vi.contains("gửi lại"))
    }

    @Test("Every error has its Vietnamese and English text, with the same details in both; no error is worded outside the catalogue")
    func catalogue() throws {
        let placeholder = try NSRegularExpression(pattern: "\\{[0-9]+\\}")
        func holes(_ s: String) -> Set<String> {
            Set(placeholder.matches(in: s, range: NSRange(s.startIndex..., in: s)).map { String(s[Range($0.range, in: s)!]) })
        }
        for code in ErrorCode.allCases {
            let e = code.entry
            #expect(!e.vi.isEmpty && !e.en.isEmpty, "\(code)")
            #expect(holes(e.vi) == holes(e.en), "\(code): the two languages take different details")
            #expect(e.status.code >= 400, "\(code)")
        }
        // The only places that write an error's words are the catalogue and the interface texts.
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        for file in files where !["ErrorCode.swift", "UIText.swift", "APIError.swift"].contains(file.lastPathComponent) {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(!text.contains("APIError(status:") && !text.contains(", vi: \""), "\(file.lastPathComponent) words an error itself")
        }
    }

    @Test("Details are shown in each language's words")
    func details() {
        let e = APIError(.illegalTransition, DossierAction.receive, DossierState.processing, 3)
        #expect(e.vi == "Không thể \"Tiếp nhận hồ sơ\" khi hồ sơ đang ở trạng thái \"Đang xử lý\" (mã 3).")
        #expect(e.en == "Cannot \"Receive\" a dossier that is \"Being processed\" (status 3).")
        #expect(e.status == .conflict && e.code == "illegal_transition")
        let t = APIError(.badTime, LocalizedText(vi: "Không đọc được", en: "Cannot read"))
        #expect(t.vi == "Không đọc được" && t.en == "Cannot read")
    }
}
