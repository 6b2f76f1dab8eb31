import Fluent
import Foundation
import MotCuaCore
import Vapor

/// The documents a person can hold, as printable HTML in Vietnamese: the receipt-and-appointment slip (Form 01,
/// A5), the supplement request, the refusal notice, the apology with a new appointment and the processing control
/// sheet (A4); and the public tracking page.
struct FormsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("tra-cuu", use: track)
        routes.get("ho-so", ":code", ":form", use: form)
    }

    enum Form: String, CaseIterable {
        case receipt = "phieu-tiep-nhan"
        case supplement = "phieu-bo-sung"
        case refusal = "phieu-tu-choi"
        case apology = "thu-xin-loi"
        case controlSheet = "phieu-kiem-soat"

        var title: String {
            switch self {
            case .receipt: return "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
            case .supplement: return "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"
            case .refusal: return "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"
            case .apology: return "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"
            case .controlSheet: return "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"
            }
        }

        var a5: Bool { self == .receipt }
    }

    static func slip(_ iso: String?) -> String { iso.flatMap(LocalDateTime.parse)?.slipText ?? "…" }

    /// Staff who may see the dossier, or anyone with the dossier's phone number.
    /// `staff` tells whether the reader sees the officers' view (the applicant's copy shows exactly what the
    /// citizen's API view shows).
    static func authorisedRow(_ req: Request, code: String) async throws -> (row: DossierRow, staff: Bool) {
        guard DossierCode.isWellFormed(code) else { throw DossierService.notFound(code) }
        let row = try await DossierStore(req.db).dossier(code: code)
        if let p = req.principal, p.isStaff {
            guard let row, AccessRules.canView(p.grants, row.scope) else { throw DossierService.notFound(code) }
            return (row, true)
        }
        try req.rateLimit(.lookup)
        guard try await ApplicantProof(req).check(row, code: code, principal: req.principal, phone: req.query[String.self, at: "phone"]),
              let row else { throw DossierService.notFound(code) }
        return (row, false)
    }

    func form(req: Request) async throws -> Response {
        let code = try req.parameters.require("code")
        guard let form = Form(rawValue: try req.parameters.require("form")) else {
            throw APIError.notFound("form_not_found", vi: "Không có mẫu phiếu này.", en: "No such form.")
        }
        let (row, staff) = try await Self.authorisedRow(req, code: code)
        let snapshot = try req.reference
        let events = try await DossierStore(req.db).events(code: code).filter { staff || $0.visible }
        let documents = try await DossierStore(req.db).documents(code: code)
        let today = LocalDateTime(req.now).date
        let receiving = snapshot.units.history(row.receivingUnit, upTo: today)?.fullName ?? row.receivingUnit
        let competent = snapshot.units.history(row.competentUnit, upTo: today)?.fullName ?? row.competentUnit
        let lookup = "\(req.application.motcuaConfig.publicURL)/tra-cuu?ma=\(row.code)"
        let clock = row.clockValue
        func lastReason(_ action: DossierAction) -> String? { events.last { $0.action == action.rawValue }?.reason }
        var body = """
        <p class="org">UBND \(html(receiving.uppercased()))<br><b>TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG</b></p>
        <p class="nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br><b>Độc lập - Tự do - Hạnh phúc</b></p>
        <h1>\(html(form.title))</h1><p class="center">Mã hồ sơ: <b>\(html(row.code))</b></p>
        """
        let applicant = """
        <table><tr><th>Người nộp</th><td>\(html(row.applicantName))</td></tr>
        <tr><th>Số định danh</th><td>\(html(CitizenID(digits: row.applicantId).masked))</td></tr>
        <tr><th>Điện thoại</th><td>\(html(row.applicantPhone))</td></tr>
        \(row.applicantEmail.map { "<tr><th>Thư điện tử</th><td>\(html($0))</td></tr>" } ?? "")
        <tr><th>Nội dung yêu cầu</th><td>\(html(row.procedureName)) (\(html(row.procedureCode)))</td></tr></table>
        """
        switch form {
        case .receipt:
            guard clock.receivedAt != nil else {
                throw APIError(status: .conflict, code: "not_received", vi: "Hồ sơ chưa được tiếp nhận nên chưa có giấy hẹn.",
                               en: "The dossier has not been received yet, so there is no appointment slip.")
            }
            let docs = documents.isEmpty ? "<li>(giấy tờ kiểm tra tại quầy)</li>" : documents.map {
                "<li>\(html($0.docType)) — \($0.original ? "bản chính" : "bản sao"), 01 bản</li>"
            }.joined()
            body += applicant + """
            <p>Thành phần hồ sơ:</p><ol>\(docs)</ol>
            <p>Số lượng hồ sơ: 01 bộ. Thời gian giải quyết theo quy định: \(html((try? ProcessingTime.parse(row.procedureTime))?.vietnamese ?? row.procedureTime)).</p>
            <p>Thời gian nhận hồ sơ: <b>\(Self.slip(clock.receivedAt?.description))</b></p>
            <p>Thời gian trả kết quả: <b>\(Self.slip(row.appointment))</b></p>
            <p>Nhận kết quả tại: Bộ phận Một cửa, \(html(receiving)) (hoặc trực tuyến nếu đã đăng ký).</p>
            <p>Đăng ký nhận kết quả: tại quầy · Phí, lệ phí: \(html(row.feeText))</p>
            <div class="qr">\((try? QRCode(text: lookup, level: .medium).svg(moduleSize: 2)) ?? "")<p>Quét mã để tra cứu hồ sơ:<br><code>\(html(lookup))</code></p></div>
            <table class="sign"><tr><td>NGƯỜI NỘP HỒ SƠ<br><i>(Ký và ghi rõ họ tên)</i></td><td>NGƯỜI TIẾP NHẬN HỒ SƠ<br><i>(Ký và ghi rõ họ tên)</i></td></tr></table>
            """
        case .supplement:
            guard let reason = lastReason(.requestSupplement) else { throw Self.noSuchNotice() }
            body += applicant + "<p>Hồ sơ cần bổ sung, hoàn thiện nội dung sau:</p><blockquote>\(html(reason))</blockquote>"
                + "<p>Lý do: hồ sơ chưa đầy đủ, hợp lệ theo quy định. Thời gian bổ sung không tính vào thời hạn giải quyết.</p>"
                + "<p>Mọi vướng mắc, xin liên hệ Bộ phận Một cửa, \(html(receiving)).</p>"
        case .refusal:
            guard let reason = lastReason(.refuse) ?? lastReason(.stop) else { throw Self.noSuchNotice() }
            body += applicant + "<p>Cơ quan tiếp nhận từ chối giải quyết hồ sơ với lý do:</p><blockquote>\(html(reason))</blockquote>"
        case .apology:
            guard let reason = lastReason(.apologise), let apology = clock.apologyAppointment else { throw Self.noSuchNotice() }
            body += applicant + """
            <p>Ngày \(html(Self.slip(row.submittedAt))) \(html(competent)) đã tiếp nhận hồ sơ; thời gian hẹn trả kết quả: <b>\(Self.slip(row.appointment))</b>.</p>
            <p>Tuy nhiên đến nay chưa giải quyết xong hồ sơ. Lý do: \(html(reason)).</p>
            <p>Sự chậm trễ này đã gây phiền hà cho ông/bà. Chúng tôi thành thật xin lỗi và hẹn trả kết quả vào: <b>\(apology.slipText)</b>.</p>
            """
        case .controlSheet:
            // Officers see who did each step; the applicant's copy has the steps of their own view and no names.
            let rows = events.enumerated().map { i, e in
                "<tr><td>\(staff ? e.seq : i + 1)</td><td>\(html(Self.slip(e.at)))</td><td>\(html(DossierAction(rawValue: e.action)?.vietnamese ?? e.action))</td>"
                    + (staff ? "<td>\(html(e.actorName))<br><small>\(html(Role(rawValue: e.role)?.vietnamese ?? e.role))</small></td>" : "")
                    + "<td>\(html(DossierState(rawValue: e.toState)?.vietnamese ?? e.toState))</td><td>\(html(e.reason ?? ""))</td></tr>"
            }.joined()
            body += applicant + """
            <p>Thời gian nhận: \(Self.slip(clock.receivedAt?.description)) · Hẹn trả: \(Self.slip(row.appointment)) · Hạn hiện tại: \(Self.slip(row.dueAt))</p>
            <table class="sheet"><tr><th>#</th><th>Thời gian</th><th>Việc</th>\(staff ? "<th>Người thực hiện</th>" : "")<th>Trạng thái</th><th>Ghi chú</th></tr>\(rows)</table>
            <p>Kết quả: \(html(clock.outcome?.vietnamese ?? "đang giải quyết"))</p>
            """
        }
        return Self.printable(title: "\(form.title) \(row.code)", body: body, a5: form.a5)
    }

    static func noSuchNotice() -> APIError {
        APIError(status: .conflict, code: "no_such_notice", vi: "Hồ sơ không có phiếu này.", en: "This dossier has no such notice.")
    }

    static func printable(title: String, body: String, a5: Bool) -> Response {
        let page = """
        <!doctype html><html lang="vi"><head><meta charset="utf-8"><title>\(html(title))</title>
        <style>
        @page{size:\(a5 ? "A5" : "A4");margin:12mm}
        body{font-family:"Times New Roman",serif;font-size:\(a5 ? "11pt" : "13pt");max-width:\(a5 ? "128mm" : "180mm");margin:0 auto;line-height:1.35}
        .org{float:left;text-align:center;width:48%;margin:0}.nation{float:right;text-align:center;width:50%;margin:0}
        h1{clear:both;text-align:center;font-size:1.15em;padding-top:1em}.center{text-align:center}
        table{border-collapse:collapse;width:100%}th,td{border:1px solid #444;padding:2px 4px;text-align:left;vertical-align:top}
        table.sign td{border:none;text-align:center;height:5em;width:50%}code{word-break:break-all}
        @media print{a{color:inherit;text-decoration:none}}
        </style></head><body>\(body)</body></html>
        """
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: .ok, headers: headers, body: .init(string: page))
    }

    /// The public tracking page: code and phone, no script needed.
    func track(req: Request) async throws -> Response {
        let code = String((req.query[String.self, at: "ma"] ?? "").prefix(40)).trimmingCharacters(in: .whitespaces)
        let phone = String((req.query[String.self, at: "phone"] ?? "").prefix(20))
        var body = """
        <h1>Tra cứu hồ sơ</h1>
        <form method="get" action="/tra-cuu"><label>Mã hồ sơ <input name="ma" value="\(html(code))" required></label>
        <label>Số điện thoại <input name="phone" value="\(html(phone))" inputmode="tel" required></label><button>Tra cứu</button></form>
        """
        if !code.isEmpty && !phone.isEmpty {
            try req.rateLimit(.lookup)
            let row = DossierCode.isWellFormed(code) ? try await DossierStore(req.db).dossier(code: code) : nil
            let proven: Bool
            do {
                proven = DossierCode.isWellFormed(code) ? try await ApplicantProof(req).check(row, code: code, principal: nil, phone: phone) : false
            } catch let error as APIError where error.status == .tooManyRequests {
                body += "<p role=\"alert\">\(html(error.vi))</p>"
                return PortalController.page(title: "Tra cứu hồ sơ", body: body, status: .tooManyRequests)
            }
            if proven, let row {
                let dto = try await DossiersController.dto(row, req: req, snapshot: try req.reference, staff: nil)
                let history = dto.history.map { "<li>\(html(Self.slip($0.at))): \(html($0.actionText)) — \(html($0.stateText))\($0.reason.map { " (\(html($0)))" } ?? "")</li>" }.joined()
                body += """
                <h2>\(html(dto.code))</h2><p>\(html(dto.procedureName))</p>
                <p>Trạng thái: <b>\(html(dto.statusText))</b> (mã \(dto.statusCode))</p>
                <p>Hẹn trả kết quả: <b>\(Self.slip(dto.apologyAppointment ?? dto.appointment))</b>\(dto.appointmentProvisional ? " (dự kiến, khi hồ sơ được tiếp nhận)" : "")</p>
                <ol>\(history)</ol>
                """
            } else {
                body += "<p role=\"alert\">Không tìm thấy hồ sơ với mã và số điện thoại này.</p>"
            }
        }
        return PortalController.page(title: "Tra cứu hồ sơ", body: body)
    }
}
