import MotCuaCore
import Vapor

/// Escapes text for HTML element content and attribute values.
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

/// The public portal pages: procedure search and a procedure's page. Plain HTML forms, no script needed.
struct PortalController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(use: home)
        routes.get("thu-tuc", ":code", use: procedure)
    }

    /// A portal page; `account` (the signed-in citizen's name and sign-out button) goes in the header.
    static func page(title: String, body: String, account: String = "", status: HTTPStatus = .ok) -> Response {
        let document = """
        <!doctype html>
        <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(html(title)) · MotCua</title>
        <style>
        body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1a1a1a}
        header a{color:#a50e0e;font-weight:700;text-decoration:none;font-size:1.4rem}
        form{display:flex;gap:.5rem;flex-wrap:wrap;margin:1rem 0}input[type=search]{flex:1;min-width:14rem;padding:.5rem;font-size:1rem}
        button,select{padding:.5rem 1rem;font-size:1rem}header nav{display:inline;margin-left:1rem}header nav a{font-size:1rem;font-weight:400}
        form.ask{flex-direction:column}form.inline{display:inline;margin:0}.error{background:#fde2e2;border:1px solid #c00;padding:.5rem}.ok{background:#e3f6e3;border:1px solid #3a3;padding:.5rem}form.ask textarea,form.ask input{padding:.5rem;font-size:1rem}.turn{border-bottom:1px solid #ddd;padding:.5rem 0}.q{margin:.2rem 0}li{margin:.4rem 0}.meta{color:#555;font-size:.9rem}
        .notice{background:#fff4d6;border:1px solid #c90;padding:.5rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}
        </style></head>
        <body><header><a href="/">MotCua · Một cửa</a> <nav><a href="/">Thủ tục</a> · <a href="/hoi-dap">Hỏi đáp</a> · <a href="/tra-cuu">Tra cứu hồ sơ</a> · <a href="/ca-nhan">Hồ sơ của tôi</a> · <a href="/can-bo">Cán bộ</a></nav>\(account)</header><main>\(body)</main>
        <footer class="meta"><p>Dữ liệu thủ tục: Cổng Dịch vụ công quốc gia. Thời hạn tính theo ngày làm việc.</p></footer></body></html>
        """
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: document))
    }

    func home(req: Request) async throws -> Response {
        let snapshot = try req.reference
        let q = String((req.query[String.self, at: "q"] ?? "").prefix(500))
        let levelText = req.query[String.self, at: "level"] ?? ""
        let level = ProcedureLevel(rawValue: levelText)
        var body = """
        <h1>Tra cứu thủ tục hành chính</h1>
        <form method="get" action="/" role="search">
        <input type="search" name="q" value="\(html(q))" placeholder="Ví dụ: đăng ký khai sinh" aria-label="Tên thủ tục">
        <select name="level" aria-label="Cấp thực hiện"><option value="">Mọi cấp</option>
        \([("commune", "Cấp xã"), ("province", "Cấp tỉnh"), ("central", "Cấp trung ương")].map { "<option value=\"\($0.0)\"\(levelText == $0.0 ? " selected" : "")>\($0.1)</option>" }.joined())
        </select><button type="submit">Tìm</button></form>
        <form method="post" action="/hoi-dap" class="ask" aria-label="Hỏi trợ lý">\(req.principal?.csrf.map { "<input type=\"hidden\" name=\"_csrf\" value=\"\(html($0))\">" } ?? "")
        <label for="ask-q">Chưa biết thủ tục nào? Hỏi trợ lý (trả lời theo danh mục thủ tục chính thức)</label>
        <textarea id="ask-q" name="q" rows="2" maxlength="2000" required placeholder="Ví dụ: con tôi mới sinh thì làm giấy tờ gì?"></textarea>
        <button type="submit">Hỏi</button></form>
        """
        if !q.trimmingCharacters(in: .whitespaces).isEmpty {
            let abolished = snapshot.changes.abolishedCodes(on: LocalDateTime(req.now).date)
            let result = snapshot.catalogue.search(q, filter: .init(level: level, excluding: abolished), limit: 20)
            body += "<p class=\"meta\">\(result.total) thủ tục phù hợp.</p><ol id=\"results\">"
            for (p, _) in result.hits {
                let time = p.time?.vietnamese ?? "chưa rõ thời hạn"
                body += "<li><a href=\"/thu-tuc/\(html(p.code))\">\(html(p.name))</a><div class=\"meta\">\(html(p.code)) · \(html(p.field)) · \(html(time))</div></li>"
            }
            body += "</ol>"
        } else {
            body += "<p>\(snapshot.catalogue.procedures.count) thủ tục, \(snapshot.units.communeCount) xã, phường, đặc khu.</p>"
        }
        return Self.page(title: "Tra cứu thủ tục", body: body)
    }

    func procedure(req: Request) async throws -> Response {
        let code = req.parameters.get("code") ?? ""
        guard let p = try await ReferenceRepository(db: req.db).procedure(code: code) else {
            let r = Self.page(title: "Không tìm thấy", body: "<h1>Không tìm thấy thủ tục</h1><p>Không có thủ tục mã \(html(code)).</p>")
            r.status = .notFound
            return r
        }
        var body = "<h1>\(html(p.name))</h1><p class=\"meta\">Mã \(html(p.code)) · Lĩnh vực \(html(p.field)) · \(html(p.decision))</p>"
        let abolition = try req.reference.changes.abolitions[p.code]
        let today = LocalDateTime(req.now).date
        if let a = abolition {
            body += a.inForce(on: today)
                ? "<p class=\"notice\" role=\"alert\">\(html(a.vietnamese))</p>"
                : "<p class=\"notice\">Thủ tục này sẽ bị bãi bỏ từ ngày \(a.effective.vietnamese) theo \(html(a.decision)).</p>"
        }
        if p.channels.contains(where: { $0.channel == .online }), abolition?.inForce(on: today) != true {
            body += "<p><a class=\"submit\" href=\"/ca-nhan/nop-ho-so?thu-tuc=\(html(p.code))\">Nộp hồ sơ trực tuyến</a></p>"
        }
        body += "<h2>Cách thức thực hiện</h2><table><tr><th>Hình thức</th><th>Thời hạn</th><th>Phí, lệ phí</th></tr>"
        for c in p.channels {
            let name = ["online": "Trực tuyến", "post": "Bưu chính", "counter": "Trực tiếp"][c.channel.rawValue] ?? c.channel.rawValue
            let fee = FeeDTO(c.fee, note: c.feeNote).text ?? "Không có thông tin"
            body += "<tr><td>\(name)</td><td>\(html(c.time?.vietnamese ?? c.timeText))</td><td>\(html(fee))</td></tr>"
        }
        body += "</table><h2>Thành phần hồ sơ</h2><ul>"
        for d in p.documents {
            body += "<li>\(html(d.name))<span class=\"meta\"> — \(d.originals) bản chính, \(d.copies) bản sao</span></li>"
        }
        body += "</ul><h2>Trình tự thực hiện</h2><ol>" + p.steps.map { "<li>\(html($0))</li>" }.joined() + "</ol>"
        if let result = p.result { body += "<h2>Kết quả</h2><p>\(html(result))</p>" }
        if !p.flags.isEmpty {
            body += "<p class=\"meta\">Một số thông tin cần được cán bộ rà soát: \(html(p.flags.map(\.rawValue).joined(separator: ", "))).</p>"
        }
        body += "<p><a href=\"\(html(p.sourceUrl))\" rel=\"noopener\">Nguồn: Cổng Dịch vụ công quốc gia</a></p>"
        return Self.page(title: p.name, body: body)
    }
}
