import Fluent
import Foundation
import MotCuaCore
import SQLKit
import Vapor

/// Escapes text for HTML element content and attribute values (the officers' screens, until they move to templates).
func html(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for ch in text {
        switch ch {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(ch)
        }
    }
    return out
}

/// The officers' screens (`/can-bo`): sign-in, the inbox with working time left, receipt at the counter, a
/// dossier with its control sheet and a form for each step the officer may take. Plain HTML forms with the
/// session's CSRF token — no script needed. Every screen goes through the same services and permission
/// checks as the API.
struct OfficeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.officeSignIn, use: signInPage)
        routes.post(.officeSignIn, use: signIn)
        routes.post(.officeSignOut, use: signOut)
        routes.get(.officeInbox, use: inbox)
        routes.get(.officeReceive, use: receiptPage)
        routes.post(.officeReceive, use: receive)
        routes.get(.officeDossier, use: dossier)
        routes.post(.officeAction, use: act)
    }

    // MARK: Page frame

    static func page(_ req: Request, title: String, body: String, status: HTTPStatus = .ok) -> Response {
        let who = req.principal.map { p in
            "<span class=\"who\">\(html(p.name))</span><form method=\"post\" action=\"\(SiteRoute.officeSignOut.path())\">\(csrfField(req))<button type=\"submit\" class=\"link\">Đăng xuất</button></form>"
        } ?? ""
        let document = """
        <!doctype html>
        <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(html(title)) · Một cửa · Cán bộ</title>
        <link rel="stylesheet" href="\(StaticAssets.stylesheetPath)"><link rel="icon" href="\(SiteRoute.favicon.path())" type="image/svg+xml">
        </head><body class="office"><a class="skip" href="#main">Bỏ qua, đến nội dung chính</a>
        <header class="site"><div class="wrap bar"><a class="brand" href="\(SiteRoute.officeInbox.path())"><img src="\(SiteRoute.favicon.path())" alt=""><span><span class="authority">\(html(req.application.motcuaConfig.authority.name))</span><span class="service">Một cửa · Cán bộ</span></span></a><div class="tools">\(who)</div></div>
        <nav class="main" aria-label="Trình đơn chính"><ul class="wrap"><li><a href="\(SiteRoute.officeInbox.path())">Hồ sơ cần xử lý</a></li><li><a href="\(SiteRoute.officeReceive.path())">Tiếp nhận hồ sơ</a></li><li><a href="\(SiteRoute.home.path())">Cổng thủ tục</a></li></ul></nav></header>
        <main id="main" class="wrap" tabindex="-1">\(body)</main></body></html>
        """
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: document))
    }

    static func csrfField(_ req: Request) -> String {
        req.principal?.csrf.map { "<input type=\"hidden\" name=\"_csrf\" value=\"\(html($0))\">" } ?? ""
    }

    /// The signed-in officer, or a redirect to the sign-in page.
    static func officer(_ req: Request) -> Principal? {
        guard let p = req.principal, p.isStaff else { return nil }
        return p
    }

    static func toSignIn(_ req: Request) -> Response {
        req.redirect(to: "/can-bo/dang-nhap?tiep=" + (req.url.path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "/can-bo"))
    }

    static func message(_ error: any Error) -> (HTTPStatus, String) {
        let (status, _, vi, _) = APIErrorMiddleware.describe(error)
        return (status, vi)
    }

    // MARK: Sign-in

    private struct SignInForm: Content { var login: String?; var password: String?; var tiep: String? }

    func signInPage(req: Request) async throws -> Response {
        Self.signInForm(req, error: nil, next: req.query[String.self, at: "tiep"])
    }

    static func signInForm(_ req: Request, error: String?, next: String?) -> Response {
        let target = next.flatMap { $0.hasPrefix("/can-bo") ? $0 : nil } ?? "/can-bo"
        let body = """
        <h1>Đăng nhập cán bộ</h1>
        \(error.map { "<p class=\"error\" role=\"alert\">\(html($0))</p>" } ?? "")
        <form method="post" action="/can-bo/dang-nhap">\(csrfField(req))
        <input type="hidden" name="tiep" value="\(html(target))">
        <label>Tên đăng nhập <input name="login" autocomplete="username" required></label>
        <label>Mật khẩu <input name="password" type="password" autocomplete="current-password" required></label>
        <button type="submit">Đăng nhập</button></form>
        """
        return page(req, title: "Đăng nhập", body: body, status: error == nil ? .ok : .unauthorized)
    }

    func signIn(req: Request) async throws -> Response {
        let form = try req.content.decode(SignInForm.self)
        do {
            try req.rateLimit(.signIn)
            let session = try await AuthController.signIn(app: req.application, login: AuthController.normaliseLogin(form.login ?? ""),
                                                          password: form.password ?? "", now: req.now)
            guard session.account.kind == "staff" else {
                return Self.signInForm(req, error: "Tài khoản này không phải tài khoản cán bộ.", next: form.tiep)
            }
            let target = form.tiep.flatMap { $0.hasPrefix("/can-bo") && !$0.hasPrefix("/can-bo/dang") ? $0 : nil } ?? "/can-bo"
            let response = req.redirect(to: target, redirectType: .normal)
            AuthController.setCookie(response, token: session.token, req: req)
            return response
        } catch {
            return Self.signInForm(req, error: Self.message(error).1, next: form.tiep)
        }
    }

    func signOut(req: Request) async throws -> Response {
        _ = try await AuthController().signOut(req: req)
        let response = req.redirect(to: "/can-bo/dang-nhap", redirectType: .normal)
        response.cookies[AuthenticationMiddleware.cookieName] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/",
                                                                                  isSecure: req.application.motcuaConfig.secureCookies, isHTTPOnly: true, sameSite: .lax)
        return response
    }

    // MARK: Inbox

    static func left(_ seconds: Int?, urgency: String?) -> String {
        guard let s = seconds else { return "" }
        if s < 0 || urgency == "overdue" { return "Quá hạn" }
        let hours = s / 3600, minutes = (s % 3600) / 60
        return hours >= 8 ? "\(hours / 8) ngày \(hours % 8) giờ làm việc" : "\(hours) giờ \(minutes) phút làm việc"
    }

    func inbox(req: Request) async throws -> Response {
        guard let p = Self.officer(req) else { return Self.toSignIn(req) }
        let list = try await DossiersController().list(req: req)
        let warnings = try await DossiersController().warnings(req: req)
        var body = "<h1>Hồ sơ cần xử lý</h1><p class=\"meta\">\(html(p.name)) · " + p.grants.map { "\($0.role.vietnamese) (\($0.unitCode))" }.joined(separator: ", ") + "</p>"
        if !warnings.isEmpty {
            body += "<section><h2>Cảnh báo</h2><ul>" + warnings.prefix(20).map { w in
                "<li class=\"\(html(w.kind))\"><a href=\"/can-bo/ho-so/\(html(w.dossierCode))\">\(html(w.dossierCode))</a> — \(w.kind == "overdue" ? "quá hạn" : "sắp đến hạn") (hạn \(html(w.dueAt)))</li>"
            }.joined() + "</ul></section>"
        }
        let mine = req.query[Bool.self, at: "mine"] ?? false
        body += """
        <form method="get" action="/can-bo"><label><input type="checkbox" name="mine" value="true"\(mine ? " checked" : "")> Chỉ hồ sơ giao cho tôi</label><button type="submit">Lọc</button></form>
        <p class="meta">\(list.total) hồ sơ đang mở, sắp theo hạn xử lý.</p>
        <table id="inbox"><thead><tr><th>Mã hồ sơ</th><th>Thủ tục</th><th>Người nộp</th><th>Trạng thái</th><th>Hạn xử lý</th><th>Thời gian còn lại</th><th>Cán bộ xử lý</th></tr></thead><tbody>
        """
        for d in list.items {
            body += "<tr class=\"\(html(d.urgency ?? ""))\"><td><a href=\"/can-bo/ho-so/\(html(d.code))\">\(html(d.code))</a></td><td>\(html(d.procedureName))</td>"
            body += "<td>\(html(d.applicant?.fullName ?? ""))</td><td>\(html(d.statusText))</td><td>\(html(d.dueAt ?? d.appointment ?? ""))</td>"
            body += "<td>\(html(Self.left(d.workingSecondsLeft, urgency: d.urgency)))</td><td>\(html(d.assigneeName ?? ""))</td></tr>"
        }
        body += "</tbody></table>"
        return Self.page(req, title: "Hồ sơ cần xử lý", body: body)
    }

    // MARK: Receipt at the counter

    private struct ReceiptForm: Content {
        var procedureCode: String?
        var unitCode: String?
        var fullName: String?
        var idNumber: String?
        var phone: String?
        var email: String?
        var communeCode: String?
        var processingTime: String?
    }

    func receiptPage(req: Request) async throws -> Response {
        guard Self.officer(req) != nil else { return Self.toSignIn(req) }
        return try Self.receiptForm(req, values: ReceiptForm(procedureCode: req.query[String.self, at: "thu-tuc"]), error: nil)
    }

    private static func receiptForm(_ req: Request, values v: ReceiptForm, error: String?, status: HTTPStatus = .ok) throws -> Response {
        let p = req.principal!
        let snapshot = try req.reference
        let today = LocalDateTime(req.now).date
        let units = Array(Set(p.grants.map(\.unitCode))).sorted()
        let options = units.map { code in
            "<option value=\"\(html(code))\"\(v.unitCode == code ? " selected" : "")>\(html(snapshot.units.history(code, upTo: today)?.fullName ?? code))</option>"
        }.joined()
        func field(_ name: String, _ label: String, _ value: String?, _ extra: String = "") -> String {
            "<label>\(label) <input name=\"\(name)\" value=\"\(html(value ?? ""))\" \(extra)></label>"
        }
        let body = """
        <h1>Tiếp nhận hồ sơ tại quầy</h1>
        \(error.map { "<p class=\"error\" role=\"alert\">\(html($0))</p>" } ?? "")
        <form method="post" action="/can-bo/tiep-nhan">\(csrfField(req))
        <fieldset><legend>Thủ tục</legend>
        \(field("procedureCode", "Mã thủ tục", v.procedureCode, "required placeholder=\"1.001193\""))
        <label>Đơn vị tiếp nhận <select name="unitCode">\(options)</select></label>
        \(field("processingTime", "Thời hạn (khi danh mục không ghi rõ)", v.processingTime, "placeholder=\"5 working-days\""))
        </fieldset>
        <fieldset><legend>Người nộp</legend>
        \(field("fullName", "Họ và tên", v.fullName, "required maxlength=\"120\""))
        \(field("idNumber", "Số định danh cá nhân (12 số)", v.idNumber, "required inputmode=\"numeric\" pattern=\"[0-9]{12}\""))
        \(field("phone", "Số điện thoại", v.phone, "required inputmode=\"tel\""))
        \(field("email", "Thư điện tử", v.email, "type=\"email\""))
        \(field("communeCode", "Mã xã, phường nơi cư trú", v.communeCode, "placeholder=\"00004\""))
        </fieldset>
        <button type="submit">Tiếp nhận và lập phiếu</button></form>
        <p class="meta">Hồ sơ đủ thì được tiếp nhận ngay và có ngày hẹn; phiếu tiếp nhận in từ trang hồ sơ.</p>
        """
        return page(req, title: "Tiếp nhận hồ sơ", body: body, status: status)
    }

    func receive(req: Request) async throws -> Response {
        guard let p = Self.officer(req) else { return Self.toSignIn(req) }
        let form = try req.content.decode(ReceiptForm.self)
        func blank(_ s: String?) -> String? { s.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } }
        let input = SubmissionInput(
            procedureCode: form.procedureCode ?? "", unitCode: form.unitCode ?? "", competentUnitCode: nil, channel: "counter",
            applicant: .init(fullName: form.fullName ?? "", idNumber: form.idNumber ?? "", phone: form.phone ?? "",
                             email: blank(form.email), communeCode: blank(form.communeCode)),
            documents: nil, processingTime: blank(form.processingTime))
        do {
            let (row, _) = try await DossierService(req).submit(input, actor: p, idempotencyKey: nil, now: req.now)
            return req.redirect(to: "/can-bo/ho-so/\(row.code)?ok=receive", redirectType: .normal)
        } catch {
            let (status, text) = Self.message(error)
            return try Self.receiptForm(req, values: form, error: text, status: status)
        }
    }

    // MARK: One dossier

    func dossier(req: Request) async throws -> Response {
        guard Self.officer(req) != nil else { return Self.toSignIn(req) }
        let done = req.query[String.self, at: "ok"].flatMap(DossierAction.init(rawValue:))
        return try await Self.dossierPage(req, notice: done.map { "Đã thực hiện: \($0.vietnamese)." }, error: nil)
    }

    static func dossierPage(_ req: Request, notice: String?, error: String?, status: HTTPStatus = .ok) async throws -> Response {
        let d: DossierDTO
        do { d = try await DossiersController().view(req: req) } catch {
            let (status, text) = message(error)
            return page(req, title: "Hồ sơ", body: "<h1>Hồ sơ</h1><p class=\"error\">\(html(text))</p>", status: status)
        }
        let code = d.code
        var body = "<h1>Hồ sơ \(html(code))</h1>"
        if let notice { body += "<p class=\"ok\" role=\"status\">\(html(notice))</p>" }
        if let error { body += "<p class=\"error\" role=\"alert\">\(html(error))</p>" }
        body += "<table class=\"facts\">"
        let rows: [(String, String?)] = [
            ("Thủ tục", "\(d.procedureName) (\(d.procedureCode))"), ("Trạng thái", "\(d.statusText) — mã \(d.statusCode)"),
            ("Người nộp", d.applicant.map { "\($0.fullName) · \($0.idNumber) · \($0.phone)" }),
            ("Nơi tiếp nhận", d.receivingUnit.name), ("Đơn vị có thẩm quyền", d.competentUnit.name),
            ("Chuyển đến", d.transferTo?.name), ("Hẹn trả kết quả", d.appointment.map { $0 + (d.appointmentProvisional ? " (dự kiến)" : "") }),
            ("Hạn xử lý", d.dueAt), ("Hẹn lại (thư xin lỗi)", d.apologyAppointment),
            ("Thời gian còn lại", left(d.workingSecondsLeft, urgency: d.urgency)), ("Cán bộ xử lý", d.assigneeName),
            ("Lần yêu cầu bổ sung", d.supplementRequests > 0 ? "\(d.supplementRequests)" : nil), ("Kết quả đúng hạn", d.outcome),
            ("Phí, lệ phí", d.feeText + (d.feePaid ? " (đã nộp)" : "")),
        ]
        for (label, value) in rows { if let value, !value.isEmpty { body += "<tr><th>\(label)</th><td>\(html(value))</td></tr>" } }
        body += "</table>"
        if let parts = d.parts {
            body += "<h2>Các phần liên thông</h2><ul>" + parts.map { "<li>\(html($0.name)) — \(html($0.agency)), hạn \(html($0.due ?? "")) \($0.completedAt.map { "· xong \(html($0))" } ?? "")</li>" }.joined() + "</ul>"
        }
        body += "<h2>In phiếu</h2><p>" + [("phieu-tiep-nhan", "Phiếu tiếp nhận và hẹn trả"), ("phieu-bo-sung", "Phiếu yêu cầu bổ sung"),
                                          ("phieu-tu-choi", "Phiếu từ chối"), ("thu-xin-loi", "Thư xin lỗi"), ("phieu-kiem-soat", "Phiếu kiểm soát")]
            .map { "<a href=\"/ho-so/\(html(code))/\($0.0)\">\($0.1)</a>" }.joined(separator: " · ") + "</p>"

        let actions = (d.availableActions ?? []).compactMap(DossierAction.init(rawValue:))
        body += "<h2>Thao tác</h2>"
        if actions.isEmpty { body += "<p class=\"meta\">Không có thao tác nào anh/chị được phép làm ở trạng thái này.</p>" }
        let staff = actions.contains(where: \.needsAssignee) ? try await assignable(req, unit: d.competentUnit.code) : []
        for a in actions {
            body += "<form method=\"post\" action=\"/can-bo/ho-so/\(html(code))/thao-tac/\(a.rawValue)\" class=\"action\" id=\"action-\(a.rawValue)\">\(csrfField(req))"
            body += "<input type=\"hidden\" name=\"version\" value=\"\(d.version ?? 0)\">"
            if a.needsAssignee {
                body += "<label>Cán bộ <select name=\"assignee\">" + staff.map { "<option value=\"\(html($0.id))\">\(html($0.name))</option>" }.joined() + "</select></label>"
            }
            if a == .transfer { body += "<label>Mã đơn vị chuyển đến <input name=\"targetUnit\" required></label>" }
            if a == .apologise { body += "<label>Ngày hẹn mới <input name=\"newAppointment\" type=\"datetime-local\" required></label>" }
            if a.needsReason { body += "<label>Lý do <textarea name=\"reason\" rows=\"2\" required maxlength=\"2000\"></textarea></label>" }
            body += "<button type=\"submit\">\(html(a.vietnamese))</button></form>"
        }
        body += "<h2>Phiếu kiểm soát quá trình giải quyết</h2><table id=\"history\"><tr><th>#</th><th>Thời điểm</th><th>Thao tác</th><th>Trạng thái</th><th>Người thực hiện</th><th>Lý do</th></tr>"
        for h in d.history {
            body += "<tr><td>\(h.seq)</td><td>\(html(h.at))</td><td>\(html(h.actionText))</td><td>\(html(h.stateText))</td><td>\(html(h.actor ?? "")) \(html(h.role ?? ""))</td><td>\(html(h.reason ?? ""))</td></tr>"
        }
        body += "</table>"
        if let docs = d.documents, !docs.isEmpty {
            body += "<h2>Giấy tờ</h2><ul>" + docs.map { "<li><a href=\"/api/v1/dossiers/\(html(code))/documents/\(html($0.id))\">\(html($0.fileName))</a> <span class=\"meta\">\(html($0.docType)) · \($0.size / 1024) KB</span></li>" }.joined() + "</ul>"
        }
        if let notes = d.notifications, !notes.isEmpty {
            body += "<h2>Thông báo cho người nộp</h2><ul>" + notes.map { "<li>\(html($0.event)) · \(html($0.channel)) · \(html($0.status)) (\($0.attempts) lần)</li>" }.joined() + "</ul>"
        }
        return page(req, title: "Hồ sơ \(code)", body: body, status: status)
    }

    /// Officers of the competent unit who can be given a dossier.
    static func assignable(_ req: Request, unit: String) async throws -> [(id: String, name: String)] {
        let sql = req.db as! any SQLDatabase
        return try await sql.select().distinct().column(SQLColumn("id", table: "accounts")).column(SQLColumn("full_name", table: "accounts"))
            .from("accounts").join("role_grants", on: SQLColumn("account_id", table: "role_grants"), .equal, SQLColumn("id", table: "accounts"))
            .where(SQLColumn("unit_code", table: "role_grants"), .equal, SQLBind(unit))
            .where(SQLColumn("role", table: "role_grants"), .in, SQLBind.group([Role.specialist, .divisionHead, .leader, .counterOfficer].map(\.rawValue)))
            .orderBy(SQLColumn("full_name", table: "accounts"))
            .all().map { (try $0.decode(column: "id", as: String.self), try $0.decode(column: "full_name", as: String.self)) }
    }

    private struct ActionForm: Content {
        var reason: String?
        var assignee: String?
        var targetUnit: String?
        var newAppointment: String?
        var version: Int?
    }

    func act(req: Request) async throws -> Response {
        guard let p = Self.officer(req) else { return Self.toSignIn(req) }
        let code = try req.parameters.require("code")
        guard let action = DossierAction(rawValue: try req.parameters.require("action")), action != .submit else {
            return try await Self.dossierPage(req, notice: nil, error: "Không có thao tác này.", status: .notFound)
        }
        let form = try req.content.decode(ActionForm.self)
        // A browser's datetime-local has no zone: it is Viet Nam time.
        let appointment = form.newAppointment.flatMap { $0.isEmpty ? nil : ($0.count == 16 ? $0 + ":00+07:00" : $0) }
        let input = ActionInput(reason: form.reason, assignee: form.assignee, targetUnit: form.targetUnit, newAppointment: appointment,
                                processingTime: nil, phone: nil, version: form.version)
        do {
            _ = try await DossierService(req).act(code: code, action: action, input: input, actor: p, proof: ApplicantProof(req), now: req.now)
            return req.redirect(to: "/can-bo/ho-so/\(code)?ok=\(action.rawValue)", redirectType: .normal)
        } catch {
            let (status, text) = Self.message(error)
            return try await Self.dossierPage(req, notice: nil, error: text, status: status)
        }
    }
}
