import Foundation
import MotCuaCore
import Vapor

/// The administrators' review of the imported catalogue (`/can-bo/danh-muc`): the flagged procedures, and for each one
/// its raw text beside what was read, the declaration in force to refine, and its corrections. Over the API:
/// `/api/v1/admin/procedures/{code}/corrections`. Everything goes through ``CatalogueReview``.
struct CatalogueReviewController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.officeCatalogue, use: queue)
        routes.get(.officeCatalogueProcedure, use: procedure)
        routes.post(.officeCatalogueProcedure, use: correct)
        let api = routes.grouped("api", "v1", "admin", "procedures", ":code", "corrections")
        api.get(use: history)
        api.post(use: record)
    }

    /// The signed-in officer's review service; nil (with the response to send) when not signed in.
    private static func review(_ req: Request) throws -> CatalogueReview? {
        guard let p = OfficeController.officer(req) else { return nil }
        return try CatalogueReview(try req.services, by: p)
    }

    // MARK: Pages

    func queue(req: Request) async throws -> Response {
        guard let review = try Self.review(req) else { return OfficeController.toSignIn(req) }
        let flag = req.query[String.self, at: "co"].flatMap(ReviewFlag.init(rawValue:))
        let state = req.query[String.self, at: "trang-thai"].flatMap(CatalogueReview.State.init(rawValue:)) ?? .toReview
        let query = String((req.query[String.self, at: "q"] ?? "").prefix(100))
        let page = min(max(1, req.query[Int.self, at: "trang"] ?? 1), 1_000)
        let model = CatalogueQueuePage(queue: review.queue(flag: flag, state: state, query: query), counts: review.counts(),
                                       corrections: review.context.snapshot.corrections, flag: flag, state: state, query: query, page: page,
                                       language: req.language)
        return try await req.page("office-catalogue", title: UIText.text("review_title", req.language), model, area: .office)
    }

    func procedure(req: Request) async throws -> Response {
        guard let review = try Self.review(req) else { return OfficeController.toSignIn(req) }
        var model = try await Self.model(req, review: review)
        if let revision = req.query[Int.self, at: "da-ghi"] { model.saved = UIText.text("review_saved", req.language, revision) }
        return try await req.page("office-procedure-review", title: model.name, model, area: .office)
    }

    private struct CorrectionForm: Content {
        var definition: String?
        var reviewed: String?
        var note: String?
        var timeOnline: String?
        var timeCounter: String?
        var timePost: String?

        enum CodingKeys: String, CodingKey {
            case definition, reviewed, note, timeOnline = "time-online", timeCounter = "time-counter", timePost = "time-post"
        }

        var times: [String: String] {
            ["online": timeOnline, "counter": timeCounter, "post": timePost].compactMapValues { $0 }
        }
    }

    func correct(req: Request) async throws -> Response {
        guard let review = try Self.review(req) else { return OfficeController.toSignIn(req) }
        let code = try req.parameters.require("code")
        let form = try req.content.decode(CorrectionForm.self)
        do {
            let c = try await review.correct(code: code, .init(definition: form.definition, times: form.times, reviewed: form.reviewed == "true",
                                                               note: form.note ?? ""))
            return req.redirect(to: SiteRoute.officeCatalogueProcedure.path(code, query: ["da-ghi": String(c.revision)]) + "#history-h",
                                redirectType: .normal)
        } catch let error as APIError where [ErrorCode.definitionInvalid.rawValue, ErrorCode.correctionNote.rawValue, ErrorCode.badTime.rawValue,
                                             ErrorCode.badChannel.rawValue].contains(error.code) {
            // What was typed is kept, with the error above it.
            var model = try await Self.model(req, review: review)
            model.definition = form.definition ?? model.definition
            model.note = form.note ?? ""
            model.reviewedChecked = form.reviewed == "true"
            for i in model.times.indices { if let typed = form.times[String(model.times[i].inputName.dropFirst("time-".count))] { model.times[i].value = typed } }
            let failure = req.failure(error)
            model.error = failure.text
            return try await req.page("office-procedure-review", title: model.name, model, area: .office, status: failure.status)
        }
    }

    static func model(_ req: Request, review: CatalogueReview) async throws -> ProcedureReviewPage {
        let r = try await review.review(code: try req.parameters.require("code"))
        let parsed = ProcedurePage(r.procedure, declaration: r.inForce, derived: r.derived, changes: review.context.snapshot.changes,
                                   today: review.context.today, language: req.language)
        return ProcedureReviewPage(procedure: r.procedure, raw: r.raw, parsed: parsed, inForce: r.inForce, derived: r.derived, written: r.written,
                                   corrections: r.history, names: r.names, definitionText: try Self.pretty(r.inForce), language: req.language)
    }

    /// A definition as an administrator edits it: indented, keys in alphabetical order (the same every time), written
    /// `"name": value` as the shipped files are.
    static func pretty(_ form: DeclarationForm) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(form), as: UTF8.self)
        // The encoder writes `"name" : value`; a quote followed by " : " inside a string is always escaped.
        return text.replacingOccurrences(of: #"(?<!\\)" : "#, with: "\": ", options: .regularExpression)
    }

    // MARK: API

    func history(req: Request) async throws -> [CorrectionDTO] {
        let review = try CatalogueReview(try req.services, by: try req.requireStaff())
        let code = try req.parameters.require("code")
        guard code.count <= 40, review.context.snapshot.catalogue.procedure(code: code) != nil else { throw APIError(.procedureNotFound, code.prefix(40)) }
        return try await review.history(code: code).map(CorrectionDTO.init)
    }

    func record(req: Request) async throws -> Response {
        let review = try CatalogueReview(try req.services, by: try req.requireStaff())
        let code = try req.parameters.require("code")
        // The definition may be sent as JSON text (its errors then name its lines) or as an object.
        guard let body = req.body.data, let object = try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any] else {
            throw APIError(.badBody)
        }
        var definition: String?
        switch object["definition"] {
        case let text as String: definition = text
        case let value? where value is [String: Any]:
            let data = try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            definition = String(decoding: data, as: UTF8.self)
        case nil, is NSNull: definition = nil
        default: throw APIError(.definitionInvalid, 1, "\"definition\" is JSON text or an object")
        }
        // The other members, strictly typed (a 0 is not false, a number is not a note).
        struct Members: Decodable { var reviewed: Bool?; var note: String?; var times: [String: String]? }
        let members: Members
        do { members = try JSONDecoder().decode(Members.self, from: Data(buffer: body)) } catch {
            throw APIError(.badBody)
        }
        let c = try await review.correct(code: code, .init(definition: definition, times: members.times ?? [:], reviewed: members.reviewed ?? false,
                                                           note: members.note ?? ""))
        let response = Response(status: .created)
        try response.content.encode(CorrectionDTO(c))
        return response
    }
}
