import MotCuaCore
import Vapor

/// `POST /api/v1/assistant/ask`, and the portal's chat page `/hoi-dap` (a plain form: no script needed).
struct AssistantController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.grouped("api", "v1", "assistant").post("ask", use: ask)
        routes.get("hoi-dap", use: page)
        routes.post("hoi-dap", use: pagePost)
    }

    static func service(_ req: Request) -> AssistantService {
        AssistantService(app: req.application, db: req.db, now: req.now, beforeDossierLookup: { try req.rateLimit(.lookup) }, caller: req.clientKey)
    }

    func ask(req: Request) async throws -> AskOutput {
        try req.rateLimit(.assistant)
        let input = try req.content.decode(AskInput.self)
        return try await Self.service(req).ask(input, staff: req.principal?.isStaff == true)
    }

    private struct PageForm: Content {
        var q: String?
        var c: String?
        var xa: String?
    }

    /// Posts the question, then shows the conversation (post/redirect/get: a reload never asks twice).
    func pagePost(req: Request) async throws -> Response {
        try req.rateLimit(.assistant)
        let form = try req.content.decode(PageForm.self)
        let question = form.q ?? ""
        var commune: String?
        if let xa = form.xa?.trimmingCharacters(in: .whitespaces), !xa.isEmpty {
            let snapshot = try req.reference
            let today = LocalDateTime(req.now).date
            commune = snapshot.units.unit(xa, asOf: today)?.code
                ?? snapshot.units.search(xa, asOf: today, limit: 1).first { $0.unit.level == .commune }?.unit.code
        }
        let conversation = form.c.flatMap { UUID(uuidString: $0) != nil ? $0 : nil }
        let out = try await Self.service(req).ask(AskInput(question: question, conversationId: conversation, communeCode: commune, phone: nil, mode: nil),
                                                  staff: req.principal?.isStaff == true)
        var location = "/hoi-dap?c=\(out.conversationId)"
        if let xa = form.xa, !xa.isEmpty, let encoded = xa.addingPercentEncoding(withAllowedCharacters: .alphanumerics) { location += "&xa=\(encoded)" }
        return req.redirect(to: location, redirectType: .normal)
    }

    func page(req: Request) async throws -> Response {
        let conversation = req.query[String.self, at: "c"].flatMap { UUID(uuidString: $0) != nil ? $0.lowercased() : nil }
        let xa = String((req.query[String.self, at: "xa"] ?? "").prefix(120))
        var body = """
        <h1>Hỏi đáp thủ tục hành chính</h1>
        <p class="meta">Trợ lý trả lời từ danh mục thủ tục hành chính chính thức và luôn dẫn nguồn. Để hỏi tình trạng hồ sơ, \
        hãy ghi mã hồ sơ và số điện thoại đã khai. Không ghi số căn cước vào câu hỏi.</p>
        """
        if let conversation {
            let turns = try await AssistantService.turns(of: conversation, db: req.db)
            body += "<section id=\"conversation\" aria-live=\"polite\">"
            for t in turns {
                body += "<div class=\"turn\"><p class=\"q\"><strong>Hỏi:</strong> \(html(t.question))</p><div class=\"a\"><strong>Trợ lý:</strong>"
                body += Self.answerHTML(t.answer)
                let codes = t.codes.split(separator: " ")
                if !codes.isEmpty {
                    body += "<p class=\"meta\">Nguồn: " + codes.map { "<a href=\"/thu-tuc/\(html(String($0)))\">\(html(String($0)))</a>" }.joined(separator: ", ") + "</p>"
                }
                body += "</div></div>"
            }
            body += "</section>"
        }
        let csrf = req.principal?.csrf.map { "<input type=\"hidden\" name=\"_csrf\" value=\"\(html($0))\">" } ?? ""
        body += """
        <form method="post" action="/hoi-dap" class="ask">
        \(csrf)\(conversation.map { "<input type=\"hidden\" name=\"c\" value=\"\(html($0))\">" } ?? "")
        <label for="q">Câu hỏi của anh/chị</label>
        <textarea id="q" name="q" rows="3" maxlength="2000" required placeholder="Ví dụ: con tôi mới sinh thì làm giấy khai sinh ở đâu?"></textarea>
        <label for="xa">Xã, phường nơi anh/chị ở (không bắt buộc)</label>
        <input id="xa" name="xa" value="\(html(xa))" placeholder="Ví dụ: Phường Ba Đình">
        <button type="submit">Gửi câu hỏi</button>
        </form>
        \(conversation != nil ? "<p><a href=\"/hoi-dap\">Bắt đầu cuộc hỏi đáp mới</a></p>" : "")
        """
        return PortalController.page(title: "Hỏi đáp", body: body)
    }

    /// The answer's lines as HTML: list items for "- " lines, the procedure's page linked.
    static func answerHTML(_ text: String) -> String {
        var out = ""
        var inList = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let isItem = line.hasPrefix("- ")
            if isItem && !inList { out += "<ul>"; inList = true }
            if !isItem && inList { out += "</ul>"; inList = false }
            var escaped = html(String(isItem ? line.dropFirst(2) : line))
            if let range = escaped.range(of: "/thu-tuc/"), let end = escaped[range.upperBound...].firstIndex(where: { !$0.isNumber && $0 != "." }) ?? Optional(escaped.endIndex) {
                let path = String(escaped[range.lowerBound..<end])
                escaped.replaceSubrange(range.lowerBound..<end, with: "<a href=\"\(path)\">\(path)</a>")
            }
            out += isItem ? "<li>\(escaped)</li>" : "<p>\(escaped)</p>"
        }
        if inList { out += "</ul>" }
        return out
    }
}
