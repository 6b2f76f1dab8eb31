import Foundation
import MotCuaCore
import Vapor

/// The citizen's own pages (`/ca-nhan`): register, sign in, submit a dossier online with its documents (or keep a
/// draft), follow their dossiers, pay what is owed, supplement when asked, and rate a dossier once it has ended.
/// Plain HTML forms with the session's CSRF token — no script needed. Every page goes through the same services
/// and checks as the API.
struct CitizenPagesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let me = routes.grouped("ca-nhan")
        me.get("dang-nhap", use: signInPage)
        me.post("dang-nhap", use: signIn)
        me.get("dang-ky", use: registerPage)
        me.post("dang-ky", use: register)
        me.post("dang-xuat", use: signOut)
        me.get(use: home)
        me.get("nop-ho-so", use: submissionPage)
        me.on(.POST, "nop-ho-so", body: .collect(maxSize: "40mb"), use: submit)
        me.post("nhap", ":id", "xoa", use: deleteDraft)
        me.get("ho-so", ":code", use: dossier)
        me.post("ho-so", ":code", "danh-gia", use: rate)
        me.on(.POST, "ho-so", ":code", "bo-sung", body: .collect(maxSize: "40mb"), use: supplement)
        me.post("ho-so", ":code", "rut", use: withdraw)
    }

    static func page(_ req: Request, title: String, body: String, status: HTTPStatus = .ok) -> Response {
        let who = req.principal.flatMap { p in
            p.kind == .citizen
                ? "<form method=\"post\" action=\"/ca-nhan/dang-xuat\" class=\"inline account\">\(OfficeController.csrfField(req))<a href=\"/ca-nhan\">\(html(p.name))</a> <button type=\"submit\">Đăng xuất</button></form>"
                : nil
        } ?? ""
        let r = PortalController.page(title: title, body: body, account: who)
        r.status = status
        return r
    }

    static func citizen(_ req: Request) -> Principal? {
        guard let p = req.principal, p.kind == .citizen else { return nil }
        return p
    }

    static func toSignIn(_ req: Request) -> Response {
        let here = req.url.path + (req.url.query.map { "?\($0)" } ?? "")
        return req.redirect(to: "/ca-nhan/dang-nhap?tiep=" + (here.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/ca-nhan"))
    }

    static func alert(_ error: String?) -> String {
        error.map { "<p class=\"error\" role=\"alert\">\(html($0))</p>" } ?? ""
    }

    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/ca-nhan"), !next.hasPrefix("/ca-nhan/dang"), !next.contains("//") else { return "/ca-nhan" }
        return next
    }

    // MARK: Register and sign in

    private struct SignInForm: Content { var login: String?; var password: String?; var fullName: String?; var tiep: String? }

    func signInPage(req: Request) async throws -> Response {
        Self.signInForm(req, error: nil, next: req.query[String.self, at: "tiep"])
    }

    static func signInForm(_ req: Request, error: String?, next: String?, status: HTTPStatus = .ok) -> Response {
        let body = """
        <h1>Đăng nhập</h1>\(alert(error))
        <form method="post" action="/ca-nhan/dang-nhap" class="ask">
        <input type="hidden" name="tiep" value="\(html(safeNext(next)))">
        <label>Số điện thoại hoặc thư điện tử <input name="login" autocomplete="username" required></label>
        <label>Mật khẩu <input name="password" type="password" autocomplete="current-password" required></label>
        <button type="submit">Đăng nhập</button></form>
        <p>Chưa có tài khoản? <a href="/ca-nhan/dang-ky">Đăng ký</a>. Tra cứu không cần tài khoản: <a href="/tra-cuu">tra cứu hồ sơ</a>.</p>
        """
        return page(req, title: "Đăng nhập", body: body, status: status)
    }

    func signIn(req: Request) async throws -> Response {
        let form = try req.content.decode(SignInForm.self)
        do {
            try req.rateLimit(.signIn)
            let session = try await AuthController.signIn(app: req.application, login: AuthController.normaliseLogin(form.login ?? ""),
                                                          password: form.password ?? "", now: req.now)
            guard session.account.kind == "citizen" else {
                return Self.signInForm(req, error: "Đây là tài khoản cán bộ; cán bộ đăng nhập tại trang Cán bộ.", next: form.tiep, status: .unauthorized)
            }
            let response = req.redirect(to: Self.safeNext(form.tiep), redirectType: .normal)
            AuthController.setCookie(response, token: session.token, req: req)
            return response
        } catch {
            let (status, text) = OfficeController.message(error)
            return Self.signInForm(req, error: text, next: form.tiep, status: status)
        }
    }

    func registerPage(req: Request) async throws -> Response {
        Self.registerForm(req, error: nil, values: SignInForm())
    }

    private static func registerForm(_ req: Request, error: String?, values: SignInForm, status: HTTPStatus = .ok) -> Response {
        let body = """
        <h1>Đăng ký tài khoản</h1>\(alert(error))
        <form method="post" action="/ca-nhan/dang-ky" class="ask">
        <label>Họ và tên <input name="fullName" value="\(html(values.fullName ?? ""))" required maxlength="120" autocomplete="name"></label>
        <label>Số điện thoại hoặc thư điện tử <input name="login" value="\(html(values.login ?? ""))" required autocomplete="username"></label>
        <label>Mật khẩu (ít nhất 10 ký tự) <input name="password" type="password" required minlength="10" autocomplete="new-password"></label>
        <button type="submit">Đăng ký</button></form>
        """
        return page(req, title: "Đăng ký", body: body, status: status)
    }

    func register(req: Request) async throws -> Response {
        let form = try req.content.decode(SignInForm.self)
        do {
            try req.rateLimit(.register)
            _ = try await AuthController.createAccount(req, login: form.login ?? "", fullName: form.fullName ?? "", password: form.password ?? "")
            let session = try await AuthController.signIn(app: req.application, login: AuthController.normaliseLogin(form.login ?? ""),
                                                          password: form.password ?? "", now: req.now)
            let response = req.redirect(to: "/ca-nhan", redirectType: .normal)
            AuthController.setCookie(response, token: session.token, req: req)
            return response
        } catch {
            let (status, text) = OfficeController.message(error)
            return Self.registerForm(req, error: text, values: form, status: status)
        }
    }

    func signOut(req: Request) async throws -> Response {
        _ = try await AuthController().signOut(req: req)
        let response = req.redirect(to: "/", redirectType: .normal)
        response.cookies[AuthenticationMiddleware.cookieName] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/",
                                                                                  isSecure: req.application.motcuaConfig.secureCookies, isHTTPOnly: true, sameSite: .lax)
        return response
    }

    // MARK: Home: dossiers, drafts, fees, ratings

    static func money(_ n: Int?) -> String {
        guard let n else { return "" }
        var digits = Array(String(n))
        var i = digits.count - 3
        while i > 0 { digits.insert(".", at: i); i -= 3 }
        return String(digits) + " đồng"
    }

    func home(req: Request) async throws -> Response {
        guard Self.citizen(req) != nil else { return Self.toSignIn(req) }
        let dossiers = try await DossiersController().mine(req: req)
        let drafts = try await CitizenController().drafts(req: req)
        let payments = try await CitizenController().payments(req: req)
        let ratings = try await CitizenController().myFeedback(req: req)
        var body = "<h1>Hồ sơ của tôi</h1><p><a href=\"/\">Tìm thủ tục để nộp hồ sơ trực tuyến</a></p>"
        if let notice = req.query[String.self, at: "ok"], ["draft-deleted": true][notice] != nil {
            body += "<p class=\"ok\" role=\"status\">Đã xoá bản nháp.</p>"
        }
        if dossiers.items.isEmpty {
            body += "<p>Bạn chưa nộp hồ sơ nào.</p>"
        } else {
            body += "<table id=\"dossiers\"><thead><tr><th>Mã hồ sơ</th><th>Thủ tục</th><th>Trạng thái</th><th>Ngày hẹn trả</th></tr></thead><tbody>"
            for d in dossiers.items {
                body += "<tr><td><a href=\"/ca-nhan/ho-so/\(html(d.code))\">\(html(d.code))</a></td><td>\(html(d.procedureName))</td>"
                body += "<td>\(html(d.statusText))</td><td>\(html(d.apologyAppointment ?? d.appointment ?? ""))\(d.appointmentProvisional && d.appointment != nil ? " (dự kiến)" : "")</td></tr>"
            }
            body += "</tbody></table>"
        }
        body += "<h2>Bản nháp</h2>"
        if drafts.isEmpty { body += "<p class=\"meta\">Không có bản nháp.</p>" }
        body += "<ul id=\"drafts\">" + drafts.map { d in
            let missing = d.missing.isEmpty ? "đủ thông tin để nộp" : "còn thiếu \(d.missing.count) mục"
            return "<li><a href=\"/ca-nhan/nop-ho-so?nhap=\(html(d.id))\">\(html(d.procedureName ?? d.procedureCode ?? "Chưa chọn thủ tục"))</a> <span class=\"meta\">· lưu lúc \(html(d.updatedAt)) · \(missing)</span>"
                + " <form method=\"post\" action=\"/ca-nhan/nhap/\(html(d.id))/xoa\" class=\"inline\">\(OfficeController.csrfField(req))<button type=\"submit\">Xoá</button></form></li>"
        }.joined() + "</ul>"
        body += "<h2>Phí, lệ phí</h2>"
        if payments.isEmpty { body += "<p class=\"meta\">Không có khoản phí nào.</p>" } else {
            body += "<table id=\"payments\"><thead><tr><th>Hồ sơ</th><th>Phí, lệ phí</th><th>Tình trạng</th></tr></thead><tbody>"
            for p in payments {
                let state = p.paid ? "Đã nộp" + (p.amount.map { " \(Self.money($0))" } ?? "") + (p.paidAt.map { " lúc \($0)" } ?? "") + (p.reference.map { " · mã giao dịch \($0)" } ?? "")
                    : p.awaitingPayment ? "Chờ nộp — hồ sơ tạm dừng đến khi nộp" : "Chưa nộp"
                body += "<tr><td><a href=\"/ca-nhan/ho-so/\(html(p.dossierCode))\">\(html(p.dossierCode))</a></td><td>\(html(p.feeText))</td><td>\(html(state))</td></tr>"
            }
            body += "</tbody></table>"
        }
        body += "<h2>Đánh giá của tôi</h2>"
        body += ratings.isEmpty ? "<p class=\"meta\">Chưa có đánh giá.</p>" : "<ul id=\"ratings\">" + ratings.map {
            "<li><a href=\"/ca-nhan/ho-so/\(html($0.dossierCode))\">\(html($0.dossierCode))</a> — \(html($0.ratingText))\($0.comment.map { ": \(html($0))" } ?? "")</li>"
        }.joined() + "</ul>"
        return Self.page(req, title: "Hồ sơ của tôi", body: body)
    }

    // MARK: Online submission

    private struct SubmissionForm: Content {
        var procedureCode: String?
        var unit: String?
        var fullName: String?
        var idNumber: String?
        var phone: String?
        var email: String?
        var commune: String?
        var files: [File]?
        /// `draft` keeps a draft; `submit` sends.
        var intent: String?
        var draftId: String?
        /// One per form shown: a resent form (double click, back and resend) gives the one dossier.
        var formKey: String?
    }

    func submissionPage(req: Request) async throws -> Response {
        guard let p = Self.citizen(req) else { return Self.toSignIn(req) }
        var values = SubmissionForm(procedureCode: req.query[String.self, at: "thu-tuc"], fullName: p.name)
        if let id = req.query[String.self, at: "nhap"] {
            let draft = try CitizenController().dto(try await CitizenController().row(req, id: id, account: p.id), req: req)
            let c = draft.content
            values = SubmissionForm(procedureCode: c.procedureCode, unit: c.unitCode, fullName: c.applicant?.fullName, idNumber: c.applicant?.idNumber,
                                    phone: c.applicant?.phone, email: c.applicant?.email, commune: c.applicant?.communeCode, draftId: id)
        } else if let account = try await IdentityStore(db: req.db).account(id: p.id) {
            values.phone = account.phone
            values.email = account.email
        }
        return try await Self.submissionForm(req, values: values, error: nil)
    }

    private static func submissionForm(_ req: Request, values v: SubmissionForm, error: String?, status: HTTPStatus = .ok) async throws -> Response {
        let code = (v.procedureCode ?? "").trimmingCharacters(in: .whitespaces)
        let procedure = code.isEmpty || code.count > 40 ? nil : try await ReferenceRepository(db: req.db).procedure(code: code)
        func field(_ name: String, _ label: String, _ value: String?, _ extra: String = "") -> String {
            "<label>\(label) <input name=\"\(name)\" value=\"\(html(value ?? ""))\" \(extra)></label>"
        }
        let documents = procedure.map { p in
            p.documents.isEmpty ? "" : "<p>Giấy tờ cần có:</p><ul>" + p.documents.prefix(12).map { "<li>\(html($0.name))</li>" }.joined() + "</ul>"
        } ?? ""
        let body = """
        <h1>Nộp hồ sơ trực tuyến</h1>\(alert(error))
        \(procedure.map { "<p><strong>\(html($0.name))</strong> <span class=\"meta\">(\(html($0.code)) · <a href=\"/thu-tuc/\(html($0.code))\">xem thủ tục</a>)</span></p>" } ?? "")
        <form method="post" action="/ca-nhan/nop-ho-so" enctype="multipart/form-data" class="ask">\(OfficeController.csrfField(req))
        <input type="hidden" name="formKey" value="\(html(v.formKey ?? UUID().uuidString.lowercased()))">
        \(v.draftId.map { "<input type=\"hidden\" name=\"draftId\" value=\"\(html($0))\">" } ?? "")
        \(field("procedureCode", "Mã thủ tục", v.procedureCode, "placeholder=\"1.001193\""))
        \(field("unit", "Nộp tại (xã, phường hoặc trung tâm tỉnh; tên hoặc mã)", v.unit, "placeholder=\"Phường Ba Đình, Hà Nội\""))
        \(field("fullName", "Họ và tên người nộp", v.fullName, "maxlength=\"120\" autocomplete=\"name\""))
        \(field("idNumber", "Số định danh cá nhân (12 số)", v.idNumber, "inputmode=\"numeric\" pattern=\"[0-9]{12}\""))
        \(field("phone", "Số điện thoại", v.phone, "inputmode=\"tel\" autocomplete=\"tel\""))
        \(field("email", "Thư điện tử (không bắt buộc)", v.email, "type=\"email\" autocomplete=\"email\""))
        \(field("commune", "Nơi cư trú (xã, phường; tên hoặc mã; không bắt buộc)", v.commune))
        \(documents)
        <label>Giấy tờ đính kèm (PDF, JPEG hoặc PNG) <input type="file" name="files[]" multiple accept="application/pdf,image/jpeg,image/png"></label>
        <p class="meta">Bản nháp lưu thông tin đã nhập; giấy tờ đính kèm chỉ được lưu khi nộp hồ sơ.</p>
        <div><button type="submit" name="intent" value="submit">Nộp hồ sơ</button> <button type="submit" name="intent" value="draft" formnovalidate>Lưu nháp</button></div>
        </form>
        """
        return page(req, title: "Nộp hồ sơ trực tuyến", body: body, status: status)
    }

    /// A unit typed as a code or a name ("Phường Ba Đình, Hà Nội"); a name that fits several units is an error listing them.
    static func resolveUnit(_ text: String?, req: Request, communesOnly: Bool) throws -> String? {
        guard let t = text?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
        let snapshot = try req.reference
        let today = LocalDateTime(req.now).date
        if snapshot.units.unit(t, asOf: today) != nil { return t }
        let matches = snapshot.units.search(t, asOf: today, limit: 6).filter { !communesOnly || $0.unit.level == .commune }
        guard let best = matches.first else {
            throw APIError.notFound("unit_not_found", vi: "Không tìm thấy đơn vị \"\(t)\".", en: "No unit \"\(t)\".")
        }
        let top = matches.filter { $0.score == best.score }
        guard top.count == 1 else {
            let names = top.map { u in "\(u.unit.fullName) (\(snapshot.units.unit(Routing.province(of: u.unit), asOf: today)?.name ?? ""), mã \(u.unit.code))" }
            throw APIError.badRequest("unit_ambiguous", vi: "\"\(t)\" có thể là: \(names.joined(separator: "; ")). Hãy ghi thêm tỉnh hoặc nhập mã.",
                                      en: "\"\(t)\" could be several units; add the province or give the code.")
        }
        return best.unit.code
    }

    func submit(req: Request) async throws -> Response {
        guard let p = Self.citizen(req) else { return Self.toSignIn(req) }
        var form = try req.content.decode(SubmissionForm.self)
        func blank(_ s: String?) -> String? { s.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 } }
        do {
            let unit = try Self.resolveUnit(form.unit, req: req, communesOnly: false)
            let commune = try Self.resolveUnit(form.commune, req: req, communesOnly: true)
            let content = DraftContent(procedureCode: blank(form.procedureCode), unitCode: unit, competentUnitCode: nil, channel: "online",
                                       applicant: .init(fullName: blank(form.fullName), idNumber: blank(form.idNumber), phone: blank(form.phone),
                                                        email: blank(form.email), communeCode: commune))
            let citizen = CitizenController()
            if form.intent == "draft" {
                let text = try citizen.encoded(content)
                if let id = form.draftId {
                    _ = try await citizen.row(req, id: id, account: p.id)
                    try await citizen.replaceDraft(req, id: id, account: p.id, content: content, text: text)
                } else {
                    try await citizen.insertDraft(req, account: p.id, content: content, text: text)
                }
                return req.redirect(to: "/ca-nhan", redirectType: .normal)
            }
            let (ready, missing) = content.submission()
            guard var input = ready else {
                throw APIError(status: .unprocessableEntity, code: "incomplete",
                               vi: "Còn thiếu: " + missing.map { Self.fieldNames[$0] ?? $0 }.joined(separator: ", ") + ".", en: "Missing: \(missing).")
            }
            let maxBytes = req.application.motcuaConfig.maxUploadBytes
            input.documents = try (form.files ?? []).filter { $0.data.readableBytes > 0 }.map { file in
                guard file.data.readableBytes <= maxBytes else {
                    throw APIError(status: .payloadTooLarge, code: "file_too_large", vi: "Tệp \"\(file.filename)\" vượt quá dung lượng cho phép.",
                                   en: "The file \"\(file.filename)\" is too large.")
                }
                return DocumentInput(fileName: file.filename, docType: nil, original: nil, contentBase64: Data(buffer: file.data).base64EncodedString())
            }
            let key = blank(form.formKey).map { "form:\($0)" }
            let (row, _) = try await DossierService(req).submit(input, actor: p, idempotencyKey: key, now: req.now)
            if let id = form.draftId { try await citizen.removeDraft(req, id: id, account: p.id) }
            return req.redirect(to: "/ca-nhan/ho-so/\(row.code)?ok=submitted", redirectType: .normal)
        } catch {
            let (status, text) = OfficeController.message(error)
            form.files = nil
            return try await Self.submissionForm(req, values: form, error: text, status: status)
        }
    }

    static let fieldNames = ["procedureCode": "mã thủ tục", "unitCode": "nơi nộp", "applicant.fullName": "họ và tên",
                             "applicant.idNumber": "số định danh cá nhân", "applicant.phone": "số điện thoại"]

    func deleteDraft(req: Request) async throws -> Response {
        guard Self.citizen(req) != nil else { return Self.toSignIn(req) }
        _ = try await CitizenController().deleteDraft(req: req)
        return req.redirect(to: "/ca-nhan?ok=draft-deleted", redirectType: .normal)
    }

    // MARK: One dossier

    static let notices = ["submitted": "Đã nộp hồ sơ. Cán bộ một cửa sẽ kiểm tra và tiếp nhận; ngày hẹn trả được tính khi hồ sơ được tiếp nhận.",
                          "rated": "Cảm ơn bạn đã đánh giá.", "supplemented": "Đã bổ sung hồ sơ; thời hạn giải quyết tiếp tục được tính.",
                          "withdrawn": "Đã rút hồ sơ."]

    func dossier(req: Request) async throws -> Response {
        guard Self.citizen(req) != nil else { return Self.toSignIn(req) }
        return try await Self.dossierPage(req, notice: req.query[String.self, at: "ok"].flatMap { Self.notices[$0] }, error: nil)
    }

    static func dossierPage(_ req: Request, notice: String?, error: String?, status: HTTPStatus = .ok) async throws -> Response {
        let d: DossierDTO
        do { d = try await DossiersController().view(req: req) } catch {
            let (status, text) = OfficeController.message(error)
            return page(req, title: "Hồ sơ", body: "<h1>Hồ sơ</h1>\(alert(text))", status: status)
        }
        let code = html(d.code)
        let csrf = OfficeController.csrfField(req)
        var body = "<h1>Hồ sơ \(code)</h1>"
        if let notice { body += "<p class=\"ok\" role=\"status\">\(html(notice))</p>" }
        body += alert(error)
        let appointment = d.apologyAppointment ?? d.appointment
        let facts: [(String, String?)] = [
            ("Thủ tục", "\(d.procedureName) (\(d.procedureCode))"), ("Trạng thái", d.statusText),
            ("Nơi tiếp nhận", d.receivingUnit.name), ("Nơi giải quyết", d.competentUnit.name), ("Ngày nộp", d.submittedAt),
            ("Ngày hẹn trả", appointment.map { $0 + (d.appointmentProvisional ? " (dự kiến, tính khi hồ sơ được tiếp nhận)" : "") }),
            ("Phí, lệ phí", d.feeText + (d.feePaid ? " — đã nộp" : d.feeDue == 0 ? "" : " — chưa nộp")),
            ("Kết quả", d.outcome.map { ["early": "Trước hạn", "onTime": "Đúng hạn", "late": "Quá hạn"][$0] ?? $0 }),
        ]
        body += "<table id=\"facts\">" + facts.compactMap { k, v in v.map { "<tr><th>\(k)</th><td>\(html($0))</td></tr>" } }.joined() + "</table>"
        body += "<p><a href=\"/ho-so/\(code)/phieu-tiep-nhan\">Phiếu tiếp nhận và hẹn trả kết quả</a></p>"
        body += "<h2>Quá trình xử lý</h2><ol id=\"history\">" + d.history.map { h in
            "<li>\(html(h.at)) — \(html(h.actionText))\(h.reason.map { ": \(html($0))" } ?? "")</li>"
        }.joined() + "</ol>"
        let state = DossierState(rawValue: d.state)
        if state == .supplementRequested {
            body += """
            <h2>Bổ sung hồ sơ</h2><form method="post" action="/ca-nhan/ho-so/\(code)/bo-sung" enctype="multipart/form-data" class="ask">\(csrf)
            <label>Giấy tờ bổ sung (PDF, JPEG hoặc PNG) <input type="file" name="files[]" multiple accept="application/pdf,image/jpeg,image/png"></label>
            <button type="submit">Gửi bổ sung</button></form>
            """
        }
        if state == .paymentRequested {
            body += "<p class=\"error\">Hồ sơ chờ bạn nộp \(html(d.feeText)). Nộp qua cổng thanh toán hoặc tại quầy một cửa; hồ sơ tiếp tục khi khoản nộp được xác nhận.</p>"
        }
        if let state, [.submitted, .received, .supplementRequested].contains(state) {
            body += """
            <details><summary>Rút hồ sơ</summary><form method="post" action="/ca-nhan/ho-so/\(code)/rut" class="ask">\(csrf)
            <label>Lý do <input name="reason" required maxlength="2000"></label><button type="submit">Rút hồ sơ</button></form></details>
            """
        }
        if let f = d.feedback {
            body += "<h2>Đánh giá của bạn</h2><p id=\"rating\">\(html(f.ratingText))\(f.comment.map { ": \(html($0))" } ?? "")</p>"
        } else if state?.isFinal == true {
            body += """
            <h2>Đánh giá việc giải quyết hồ sơ</h2><form method="post" action="/ca-nhan/ho-so/\(code)/danh-gia" class="ask">\(csrf)
            <fieldset><legend>Mức độ hài lòng</legend>
            \(ServiceRating.allCases.map { "<label><input type=\"radio\" name=\"rating\" value=\"\($0.rawValue)\" required> \($0.vietnamese)</label>" }.joined())
            </fieldset>
            <label>Ý kiến (cần ghi khi không hài lòng) <textarea name="comment" rows="3" maxlength="2000"></textarea></label>
            <button type="submit">Gửi đánh giá</button></form>
            """
        }
        return page(req, title: "Hồ sơ \(d.code)", body: body, status: status)
    }

    private struct RatingForm: Content { var rating: String?; var comment: String? }

    func rate(req: Request) async throws -> Response {
        guard Self.citizen(req) != nil else { return Self.toSignIn(req) }
        let code = try req.parameters.require("code")
        let form = try req.content.decode(RatingForm.self)
        do {
            _ = try await CitizenController().record(req, code: code, input: FeedbackInput(rating: form.rating ?? "", comment: form.comment, phone: nil))
            return req.redirect(to: "/ca-nhan/ho-so/\(code)?ok=rated", redirectType: .normal)
        } catch {
            let (status, text) = OfficeController.message(error)
            return try await Self.dossierPage(req, notice: nil, error: text, status: status)
        }
    }

    private struct FilesForm: Content { var files: [File]? }

    /// The applicant's supplement: the files, then the step that restarts the clock.
    func supplement(req: Request) async throws -> Response {
        guard let p = Self.citizen(req) else { return Self.toSignIn(req) }
        let code = try req.parameters.require("code")
        do {
            let files = (try req.content.decode(FilesForm.self).files ?? []).filter { $0.data.readableBytes > 0 }
            guard !files.isEmpty else {
                throw APIError.badRequest("empty_file", vi: "Hãy chọn giấy tờ cần bổ sung.", en: "Choose the documents to add.")
            }
            for file in files {
                try await DossiersController.store(req, code: code, data: Data(buffer: file.data), fileName: file.filename, docType: nil, original: false)
            }
            _ = try await DossierService(req).act(code: code, action: .supplement, input: ActionInput(), actor: p, proof: ApplicantProof(req), now: req.now)
            return req.redirect(to: "/ca-nhan/ho-so/\(code)?ok=supplemented", redirectType: .normal)
        } catch {
            let (status, text) = OfficeController.message(error)
            return try await Self.dossierPage(req, notice: nil, error: text, status: status)
        }
    }

    private struct ReasonForm: Content { var reason: String? }

    func withdraw(req: Request) async throws -> Response {
        guard let p = Self.citizen(req) else { return Self.toSignIn(req) }
        let code = try req.parameters.require("code")
        do {
            let form = try req.content.decode(ReasonForm.self)
            _ = try await DossierService(req).act(code: code, action: .withdraw, input: ActionInput(reason: form.reason), actor: p, proof: ApplicantProof(req), now: req.now)
            return req.redirect(to: "/ca-nhan/ho-so/\(code)?ok=withdrawn", redirectType: .normal)
        } catch {
            let (status, text) = OfficeController.message(error)
            return try await Self.dossierPage(req, notice: nil, error: text, status: status)
        }
    }
}
