import Fluent
import Foundation
import MotCuaCore
import Vapor

struct DossiersController: RouteCollection {
    /// The lookup cache, resolved once rather than looked up in the application's storage per request (the pages
    /// that borrow this controller's reads leave it out).
    var readCache: DossierReadCache? = nil
    /// The most a submission's JSON may hold (``submissionLimit(_:)``), known when the routes are made.
    var submissionBytes = 16 * 1024 * 1024
    /// The guess budget, likewise resolved once for the lookup's fast path.
    var guessBudget: GuessBudget? = nil

    func boot(routes: any RoutesBuilder) throws {
        let d = routes.grouped("dossiers")
        // A submission is collected within its limit (a declared length over it is refused before reading) and
        // decoded by ``Request/decodeJSON(_:limit:)``; a document is streamed to disk.
        d.on(.POST, body: .collect(maxSize: ByteCount(value: submissionBytes)), use: submit)
        d.get(":code", use: show)
        d.post(":code", "actions", ":action", use: act)
        d.on(.POST, ":code", "documents", body: .stream, use: upload)
        d.get(":code", "documents", ":id", use: download)
        let staff = routes.grouped("staff")
        staff.get("dossiers", use: list)
        staff.get("warnings", use: warnings)
        staff.get("export", use: export)
        routes.get("me", "dossiers", use: mine)
    }

    func submit(req: Request) async throws -> Response {
        if req.principal == nil { try req.rateLimit(.anonymousSubmission) }
        let input = try await req.decodeJSON(SubmissionInput.self, limit: Self.submissionLimit(req))
        let service = DossierService(app: req.application, snapshot: try req.reference)
        let (row, created) = try await service.submit(input, actor: req.principal, idempotencyKey: req.headers.first(name: "Idempotency-Key"), now: req.now)
        let response = Response(status: created ? .created : .ok)
        try response.content.encode(service.result(of: row, now: req.now))
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/dossiers/\(row.code)")
        return response
    }

    /// Public status by code and phone; staff who may see the dossier get the whole record.
    ///
    /// Written on futures: a citizen's lookup of a dossier held in memory is answered on the event loop without
    /// starting a task (the cost of a task is most of what such a lookup costs); anything else reads in a task.
    func show(req: Request) -> EventLoopFuture<Response> {
        let principal = req.principal
        guard principal == nil || principal?.kind == .citizen, let cache = readCache, let budget = guessBudget else {
            return req.eventLoop.makeFutureWithTask { try await view(req: req).encodeResponse(for: req) }
        }
        let code: String
        let phone = FormQuery.value("phone", in: req.url.query)
        do {
            code = try req.parameters.require("code")
            try req.rateLimit(.lookup)
            guard DossierCode.isWellFormed(code) else { throw DossierService.notFound(code) }
            // A caller or dossier this instance has seen spend its guess budget is refused whatever the phone.
            let now = req.now
            if budget.blockedHere(caller: req.clientKey, code: code, now: now) { throw ApplicantProof.budgetSpent(now) }
            // The right phone (or account) on a dossier held in memory: answered here. Anything else is counted below.
            if let (entry, rendered) = cache.entry(code), entry.row.isApplicant(principal, phone: phone) {
                return req.eventLoop.makeSucceededFuture(try Self.applicantView(req, code: code, entry: entry, rendered: rendered, cache: cache, now: now))
            }
        } catch {
            return req.eventLoop.makeFailedFuture(error)
        }
        return req.eventLoop.makeFutureWithTask {
            let began = cache.beginRead()
            let entry = try await DossierQueries(context: try req.services)
                .applicantEntry(code: code, reader: principal, phone: phone, proof: ApplicantProof(req))
            cache.store(code, entry, readBegan: began)
            return try Self.applicantView(req, code: code, entry: entry, rendered: nil, cache: cache, now: req.now)
        }
    }

    /// The applicant's view of a dossier read (or held) in memory, as of the current minute; the same minute's view
    /// is sent as it was rendered, and a newly rendered one is kept for the rest of its minute. The caller has
    /// established that the reader is the applicant.
    private static func applicantView(_ req: Request, code: String, entry: DossierReadCache.Entry,
                                      rendered: DossierReadCache.Rendered?, cache: DossierReadCache, now: Date) throws -> Response {
        let minute = Int64((now.timeIntervalSince1970 / 60).rounded(.down))
        let response = Response(status: .ok)
        if let rendered, rendered.minute == minute {
            response.headers.contentType = .json
            response.body = .init(buffer: rendered.body)
            return response
        }
        let dto = DossierDTO.make(entry.row, clock: entry.clock, time: entry.time, events: entry.events, feedback: entry.feedback,
                      snapshot: try req.reference, now: now, forStaff: false)
        try response.content.encode(dto)
        if let body = response.body.buffer { cache.keep(.init(minute: minute, body: body), for: code, of: entry) }
        return response
    }

    /// A dossier as its reader may see it (``DossierQueries/view(code:reader:phone:proof:)``).
    func view(req: Request) async throws -> DossierDTO {
        let code = try req.parameters.require("code")
        if req.principal?.isStaff != true { try req.rateLimit(.lookup) }
        return try await DossierQueries(context: try req.services)
            .view(code: code, reader: req.principal, phone: req.query[String.self, at: "phone"], proof: ApplicantProof(req))
    }

    func act(req: Request) async throws -> DossierDTO {
        let code = try req.parameters.require("code")
        let actionText = try req.parameters.require("action")
        guard let action = DossierAction(rawValue: actionText), action != .submit else {
            throw APIError(.unknownAction, actionText)
        }
        if req.principal == nil { try req.rateLimit(.lookup) }
        let input = req.body.data == nil ? ActionInput() : try req.content.decode(ActionInput.self)
        let context = try req.services
        let row = try await DossierService(app: context.app, snapshot: context.snapshot)
            .act(code: code, action: action, input: input, actor: req.principal, proof: ApplicantProof(req), now: context.now)
        return try await DossierQueries(context: context).dto(row, staff: req.principal?.isStaff == true ? req.principal : nil)
    }

    /// A submission is JSON: the form and at most about one document's worth base64-encoded (more documents are
    /// uploaded one by one, streamed to disk). The same limit for every caller.
    static func submissionLimit(_ req: Request) -> Int { submissionLimit(req.application.motcuaConfig) }

    static func submissionLimit(_ config: AppConfig) -> Int { config.maxUploadBytes / 3 * 4 + 2 * 1024 * 1024 }

    /// Upload one document as the raw request body: `?fileName=…&docType=…&original=true`. Who may add it is decided
    /// before the body is read; the body is streamed to disk.
    func upload(req: Request) async throws -> Response {
        let code = try req.parameters.require("code")
        let maxBytes = req.application.motcuaConfig.maxUploadBytes
        if req.principal == nil { try req.rateLimit(.anonymousUpload) }
        if let declared = req.headers.first(name: .contentLength).flatMap(Int.init), declared > maxBytes { throw DocumentStore.tooLarge(maxBytes) }
        let documents = DossierDocuments(context: try req.services)
        let (row, actor) = try await documents.uploadTarget(code: code, by: req.principal, phone: req.query[String.self, at: "phone"],
                                                            proof: ApplicantProof(req))
        try await documents.checkRoom(code: code, adding: 0)
        let files = DocumentStore(directory: req.application.motcuaConfig.filesDirectory)
        let checked = try await files.stage(req.body, maxBytes: maxBytes, fileName: req.query[String.self, at: "fileName"] ?? "tai-lieu",
                                            docType: req.query[String.self, at: "docType"], original: try req.boolQuery("original"))
        let doc: DossierDocument
        do { doc = try await documents.keep(checked, of: row, by: actor) } catch { files.discard(checked); throw error }
        let response = Response(status: .created)
        try response.content.encode(DocumentDTO(doc))
        return response
    }

    /// A document's content, for staff who may see the dossier (every access is audited).
    func download(req: Request) async throws -> Response {
        let p = try req.requireStaff()
        let (doc, data) = try await DossierDocuments(context: try req.services)
            .read(code: try req.parameters.require("code"), id: try req.parameters.require("id"), by: p)
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.contentType = HTTPMediaType(type: doc.mediaType.split(separator: "/")[0].description,
                                                     subType: doc.mediaType.split(separator: "/")[1].description)
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(doc.sha256.prefix(12)).\(doc.mediaType.hasSuffix("pdf") ? "pdf" : doc.mediaType.hasSuffix("png") ? "png" : "jpg")\"")
        return response
    }

    /// The officer's inbox: dossiers of the units they work in (or the province they supervise), soonest due first.
    func list(req: Request) async throws -> DossierListDTO {
        let p = try req.requireStaff()
        return try await DossierQueries(context: try req.services).inbox(try InboxQuery(req), officer: p)
    }

    /// A signed-in citizen's own dossiers, in due order, with the history they may see.
    func mine(req: Request) async throws -> DossierListDTO {
        let p = try req.requireSignedIn()
        return try await DossierQueries(context: try req.services)
            .mine(citizen: p, limit: try req.intQuery("limit", default: 50, range: 1...200),
                  offset: try req.intQuery("offset", default: 0, range: 0...1_000_000))
    }

    func warnings(req: Request) async throws -> [WarningDTO] {
        try await DossierQueries(context: try req.services).warnings(officer: try req.requireStaff())
    }

    /// Dossiers in the national status vocabulary, one JSON object per line, streamed page by page (any size, in little
    /// memory): `?unit=&from=&to=` (``DossierQueries/export(by:_:)``); who may read it is decided before the first row.
    func export(req: Request) async throws -> Response {
        let p = try req.requireStaff()
        func date(_ name: String) throws -> LocalDate? {
            guard let text = req.query[String.self, at: name] else { return nil }
            guard let d = LocalDate(iso: text) else { throw APIError(.badDate, String(text.prefix(20))) }
            return d
        }
        let limit = try req.query[String.self, at: "limit"] == nil ? nil : req.intQuery("limit", default: 10_000, range: 1...10_000_000)
        let queries = DossierQueries(context: try req.services)
        let export = try queries.export(by: p, .init(from: try date("from"), to: try date("to"),
                                                     unit: req.query[String.self, at: "unit"].flatMap { $0.isEmpty ? nil : $0 }, limit: limit))
        let logger = req.logger
        let response = Response(status: .ok, body: .init(asyncStream: { writer in
            var after: String?, rows = 0
            do {
                repeat {
                    let page = try await queries.exportLines(export, after: after, size: min(1_000, export.limit - rows))
                    if !page.text.isEmpty { try await writer.write(.buffer(ByteBuffer(string: page.text))) }
                    rows += page.count
                    after = page.last
                } while after != nil && rows < export.limit
                try await queries.exported(export, rows: rows)
                try await writer.write(.end)
            } catch {
                logger.error("export stopped after \(rows) rows: \(String(reflecting: error))")
                try? await writer.write(.error(error))
            }
        }))
        response.headers.contentType = HTTPMediaType(type: "application", subType: "x-ndjson", parameters: ["charset": "utf-8"])
        return response
    }
}
