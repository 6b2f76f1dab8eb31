import MotCuaCore
import Vapor

/// `POST /api/v1/assistant/ask`, and the portal's chat page `/hoi-dap` (a plain form: no script needed).
struct AssistantController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.grouped("api", "v1", "assistant").post("ask", use: ask)
        routes.get(.assistant, use: page)
        routes.post(.assistant, use: pagePost)
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
        let xa = form.xa.flatMap { $0.isEmpty ? nil : String($0.prefix(120)) }
        return req.redirect(to: SiteRoute.assistant.path(query: ["c": out.conversationId, "xa": xa]), redirectType: .normal)
    }

    func page(req: Request) async throws -> Response {
        let conversation = req.query[String.self, at: "c"].flatMap { UUID(uuidString: $0) != nil ? $0.lowercased() : nil }
        let xa = String((req.query[String.self, at: "xa"] ?? "").prefix(120))
        var turns: [ConversationStore.Turn] = []
        if let conversation { turns = try await AssistantService.turns(of: conversation, db: req.db) }
        let model = AssistantPage(conversation: conversation,
                                  turns: turns.map { ($0.question, $0.answer, $0.codes.split(separator: " ").map(String.init)) }, commune: xa)
        return try await req.page("assistant", title: UIText.text("assistant_heading", req.language), model)
    }
}
