import Fluent
import Foundation
import MotCuaCore
import SQLKit
import Vapor

struct SubmissionResultDTO: Content {
    var code: String
    var state: String
    var statusCode: Int
    var appointment: String?
    /// True when the dossier is not yet checked: the appointment is what it would be if received complete now.
    var appointmentProvisional: Bool
    var lookupUrl: String
}

struct UnitRefDTO: Content {
    var code: String
    var name: String
}

struct HistoryDTO: Content {
    var seq: Int
    var at: String
    var action: String
    var actionText: String
    var state: String
    var stateText: String
    var reason: String?
    var actor: String?
    var role: String?
    var detail: [String: String]?
}

struct PartDTO: Content {
    var name: String
    var agency: String
    var unitCode: String
    var due: String?
    var completedAt: String?
}

struct DossierDTO: Content {
    var code: String
    var procedureCode: String
    var procedureName: String
    var state: String
    var statusCode: Int
    var statusText: String
    var channel: String
    var receivingUnit: UnitRefDTO
    var competentUnit: UnitRefDTO
    var transferTo: UnitRefDTO?
    var submittedAt: String
    var appointment: String?
    var appointmentProvisional: Bool
    var dueAt: String?
    var apologyAppointment: String?
    var urgency: String?
    var workingSecondsLeft: Int?
    var supplementRequests: Int
    var outcome: String?
    var feeDue: Int?
    var feeText: String
    var feePaid: Bool
    var parts: [PartDTO]?
    var history: [HistoryDTO]
    /// The applicant's rating, once the dossier has ended and they gave one.
    var feedback: FeedbackDTO?
    // Staff only:
    var version: Int?
    var applicant: ApplicantDTO?
    var assignee: String?
    var assigneeName: String?
    var availableActions: [String]?
    var documents: [DocumentDTO]?
    var notifications: [NotificationDTO]?
}

struct ApplicantDTO: Content {
    var fullName: String
    var idNumber: String
    var phone: String
    var email: String?
    var communeCode: String?
}

struct DocumentDTO: Content {
    var id: String
    var fileName: String
    var docType: String
    var mediaType: String
    var size: Int
    var original: Bool
    var sha256: String
    var uploadedAt: String
}

struct NotificationDTO: Content {
    var event: String
    var channel: String
    var status: String
    var attempts: Int
    var createdAt: String
    var deliveredAt: String?
    var lastError: String?
}

struct DossierListDTO: Content {
    var total: Int
    var items: [DossierDTO]
}

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
        let service = try DossierService(req)
        let (row, created) = try await service.submit(input, actor: req.principal, idempotencyKey: req.headers.first(name: "Idempotency-Key"), now: req.now)
        let provisional = row.appointment == nil
        let appointment = row.appointment ?? service.provisionalAppointment(row, now: req.now)?.description
        let dto = SubmissionResultDTO(code: row.code, state: row.state, statusCode: row.statusCode, appointment: appointment,
                                      appointmentProvisional: provisional,
                                      lookupUrl: "\(req.application.motcuaConfig.publicURL)/tra-cuu?ma=\(row.code)")
        let response = Response(status: created ? .created : .ok)
        try response.content.encode(dto)
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
            let store = DossierStore(req.db)
            let row = try await store.dossier(code: code)
            guard try await ApplicantProof(req).check(row, code: code, principal: principal, phone: phone), let row else {
                throw DossierService.notFound(code)
            }
            let entry = DossierReadCache.Entry(row: row, events: try await store.events(code: code),
                                               feedback: row.dossierState.isFinal ? try await CitizenController.feedback(code: code, db: store.sql) : nil)
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
        let dto = dto(entry.row, clock: entry.clock, time: entry.time, events: entry.events, feedback: entry.feedback,
                      snapshot: try req.reference, now: now, forStaff: false)
        try response.content.encode(dto)
        if let body = response.body.buffer { cache.keep(.init(minute: minute, body: body), for: code, of: entry) }
        return response
    }

    /// A dossier as its reader may see it, read from the database: the whole record (and an audit entry) for staff
    /// who may see it, the status and visible history for the applicant or an integration with the read scope.
    func view(req: Request) async throws -> DossierDTO {
        let code = try req.parameters.require("code")
        let principal = req.principal
        if principal?.isStaff != true { try req.rateLimit(.lookup) }
        guard DossierCode.isWellFormed(code) else { throw DossierService.notFound(code) }
        let snapshot = try req.reference
        let found = try await DossierStore(req.db).dossier(code: code)
        if let p = principal, p.isStaff {
            guard let row = found, AccessRules.canView(p.grants, row.scope) else { throw DossierService.notFound(code) }
            try await req.writeTransaction { db in
                try await AuditChain.append(db, actor: p.auditName, action: "dossier.read", subject: row.code, at: req.now)
            }
            return try await Self.dto(row, req: req, snapshot: snapshot, staff: p)
        }
        if principal?.kind == .integration {
            guard principal!.scopes.contains(.read) else { throw APIError.forbidden }
            guard let row = found else { throw DossierService.notFound(code) }
            return try await Self.dto(row, req: req, snapshot: snapshot, staff: nil)
        }
        guard try await ApplicantProof(req).check(found, code: code, principal: principal, phone: req.query[String.self, at: "phone"]),
              let row = found else { throw DossierService.notFound(code) }
        return try await Self.dto(row, req: req, snapshot: snapshot, staff: nil)
    }

    static func unitRef(_ code: String, _ snapshot: ReferenceSnapshot, on date: LocalDate) -> UnitRefDTO {
        UnitRefDTO(code: code, name: snapshot.units.history(code, upTo: date)?.fullName ?? code)
    }

    /// One dossier for its reader. A `summary` (inbox and list rows) leaves out the history, documents and
    /// messages, which cost a query each.
    static func dto(_ row: DossierRow, req: Request, snapshot: ReferenceSnapshot, staff: Principal?, summary: Bool = false) async throws -> DossierDTO {
        let store = DossierStore(req.db)
        let events = summary ? [] : try await store.events(code: row.code)
        let feedback = !summary && row.dossierState.isFinal ? try await CitizenController.feedback(code: row.code, db: store.sql) : nil
        var dto = dto(row, clock: row.clockValue, time: try? ProcessingTime.parse(row.procedureTime), events: events, feedback: feedback,
                      snapshot: snapshot, now: req.now, forStaff: staff != nil)
        if let staff {
            dto.version = row.version
            dto.applicant = ApplicantDTO(fullName: row.applicantName, idNumber: row.applicantId, phone: row.applicantPhone,
                                         email: row.applicantEmail, communeCode: row.applicantCommune)
            dto.assignee = row.assignee
            dto.assigneeName = row.assigneeName
            let state = row.dossierState
            dto.availableActions = DossierAction.allCases.filter { a in
                DossierLifecycle.sources(of: a).contains(state) && AccessRules.role(for: a, grants: staff.grants, scope: row.scope) != nil
            }.map(\.rawValue)
            if summary { return dto }
            dto.documents = try await store.documents(code: row.code).map {
                DocumentDTO(id: $0.id, fileName: $0.fileName, docType: $0.docType, mediaType: $0.mediaType, size: $0.size,
                            original: $0.original, sha256: $0.sha256, uploadedAt: $0.uploadedAt)
            }
            dto.notifications = try await store.outbox(code: row.code).map {
                NotificationDTO(event: $0.event, channel: $0.channel, status: $0.status, attempts: $0.attempts,
                                createdAt: $0.createdAt, deliveredAt: $0.deliveredAt, lastError: $0.lastError)
            }
        }
        return dto
    }

    /// What anyone allowed to see the dossier sees; officers also see who did each step and its details.
    /// `clock` and `time` are the row's, decoded (the read cache keeps them decoded). The applicant's view is
    /// computed as of the start of the minute (so one rendering serves the whole minute); officers' to the second.
    static func dto(_ row: DossierRow, clock: DossierClock, time: ProcessingTime?, events: [EventRow], feedback: FeedbackDTO?,
                    snapshot: ReferenceSnapshot, now instant: Date, forStaff: Bool) -> DossierDTO {
        let now = LocalDateTime(forStaff ? instant : Date(timeIntervalSince1970: (instant.timeIntervalSince1970 / 60).rounded(.down) * 60))
        let state = row.dossierState
        var urgency: String?
        var left: Int?
        if !state.hasEnded {
            let u = clock.urgency(at: now, calendar: snapshot.calendar)
            urgency = u.0.rawValue
            left = u.secondsLeft
        }
        let history = events.filter { forStaff || $0.visible }.map { e in
            HistoryDTO(seq: e.seq, at: e.at, action: e.action, actionText: DossierAction(rawValue: e.action)?.vietnamese ?? e.action,
                       state: e.toState, stateText: DossierState(rawValue: e.toState)?.vietnamese ?? e.toState,
                       reason: e.reason, actor: forStaff ? e.actorName : nil, role: forStaff ? e.role : nil,
                       detail: forStaff ? e.detail.flatMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8)) } : nil)
        }
        let parts = row.partsValue
        let today = now.date
        var dto = DossierDTO(
            code: row.code, procedureCode: row.procedureCode, procedureName: row.procedureName, state: row.state,
            statusCode: row.statusCode, statusText: state.vietnamese, channel: row.channel,
            receivingUnit: unitRef(row.receivingUnit, snapshot, on: today), competentUnit: unitRef(row.competentUnit, snapshot, on: today),
            transferTo: row.transferTo.map { unitRef($0, snapshot, on: today) }, submittedAt: row.submittedAt,
            appointment: row.appointment ?? (state == .submitted ? time.map { snapshot.calendar.appointment(received: now, time: $0).description } : nil),
            appointmentProvisional: row.appointment == nil, dueAt: row.dueAt, apologyAppointment: clock.apologyAppointment?.description,
            urgency: urgency, workingSecondsLeft: left, supplementRequests: clock.supplementRequests, outcome: row.outcome,
            feeDue: row.feeDue, feeText: row.feeText, feePaid: row.feePaid,
            parts: parts.isEmpty ? nil : parts.map { PartDTO(name: $0.name, agency: $0.agency, unitCode: $0.unitCode, due: $0.due?.description, completedAt: $0.completedAt?.description) },
            history: history)
        dto.feedback = feedback
        return dto
    }

    func act(req: Request) async throws -> DossierDTO {
        let code = try req.parameters.require("code")
        let actionText = try req.parameters.require("action")
        guard let action = DossierAction(rawValue: actionText), action != .submit else {
            throw APIError(.unknownAction, actionText)
        }
        if req.principal == nil { try req.rateLimit(.lookup) }
        let input = req.body.data == nil ? ActionInput() : try req.content.decode(ActionInput.self)
        let service = try DossierService(req)
        let row = try await service.act(code: code, action: action, input: input, actor: req.principal, proof: ApplicantProof(req), now: req.now)
        return try await Self.dto(row, req: req, snapshot: service.snapshot, staff: req.principal?.isStaff == true ? req.principal : nil)
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
        let (row, actor) = try await Self.uploadTarget(req, code: code, phone: req.query[String.self, at: "phone"])
        try await Self.checkRoom(req, code: code, adding: 0)
        let files = DocumentStore(directory: req.application.motcuaConfig.filesDirectory)
        let checked = try await files.stage(req.body, maxBytes: maxBytes, fileName: req.query[String.self, at: "fileName"] ?? "tai-lieu",
                                            docType: req.query[String.self, at: "docType"], original: try req.boolQuery("original"))
        let doc: DocumentRow
        do { doc = try await Self.keep(req, row: row, actor: actor, checked: checked) } catch { files.discard(checked); throw error }
        let response = Response(status: .created)
        try response.content.encode(DocumentDTO(id: doc.id, fileName: doc.fileName, docType: doc.docType, mediaType: doc.mediaType,
                                                size: doc.size, original: doc.original, sha256: doc.sha256, uploadedAt: doc.uploadedAt))
        return response
    }

    /// Checks and keeps one document of a dossier: staff who may see it, or the applicant (account or phone) while the
    /// dossier awaits receipt or a supplement; sniffed by content, size-limited, stored by hash, audited.
    @discardableResult
    static func store(_ req: Request, code: String, data: Data, fileName: String, docType: String?, original: Bool?, phone: String? = nil) async throws -> DocumentRow {
        let (row, actor) = try await uploadTarget(req, code: code, phone: phone)
        let checked = try DocumentStore.check(data, fileName: fileName, docType: docType, original: original,
                                              maxBytes: req.application.motcuaConfig.maxUploadBytes)
        return try await keep(req, row: row, actor: actor, checked: checked)
    }

    static let tooManyDocuments = APIError(.tooManyDocuments, DocumentStore.maxDocumentsPerDossier, DocumentStore.maxBytesPerDossier / 1024 / 1024)

    /// Refuses a document that would take the dossier past its cap on files or bytes.
    static func checkRoom(_ req: Request, code: String, adding bytes: Int) async throws {
        let docs = try await DossierStore(req.db).documents(code: code)
        guard docs.count < DocumentStore.maxDocumentsPerDossier, docs.reduce(0, { $0 + $1.size }) + bytes <= DocumentStore.maxBytesPerDossier else {
            throw tooManyDocuments
        }
    }

    /// Who may add a document to the dossier, decided before the document is read: staff who may see it, or the
    /// applicant (account, or phone within the guess budget) while it awaits receipt or a supplement.
    static func uploadTarget(_ req: Request, code: String, phone: String?) async throws -> (DossierRow, Principal) {
        let principal = req.principal
        if principal == nil && (phone ?? "").isEmpty { throw APIError.unauthenticated }
        if let p = principal, p.kind == .integration, !p.scopes.contains(.submit) { throw APIError.forbidden }
        guard DossierCode.isWellFormed(code) else { throw DossierService.notFound(code) }
        let found = try await DossierStore(req.db).dossier(code: code)
        var actor: Principal
        let row: DossierRow
        if let p = principal, p.isStaff {
            guard let f = found, AccessRules.canView(p.grants, f.scope) else { throw DossierService.notFound(code) }
            row = f
            actor = p
        } else {
            guard try await ApplicantProof(req).check(found, code: code, principal: principal, phone: phone), let f = found else {
                throw DossierService.notFound(code)
            }
            row = f
            guard [.submitted, .supplementRequested].contains(row.dossierState) else {
                throw APIError(.notAcceptingDocuments)
            }
            actor = principal ?? .applicant(named: row.applicantName)
        }
        guard !row.dossierState.isFinal else {
            throw APIError(.dossierClosed)
        }
        return (row, actor)
    }

    /// Keeps a checked document of a dossier: stored by hash, recorded and audited, within the dossier's cap.
    static func keep(_ req: Request, row: DossierRow, actor: Principal, checked: DocumentStore.Checked) async throws -> DocumentRow {
        let code = row.code
        try await checkRoom(req, code: code, adding: checked.size)
        try DocumentStore(directory: req.application.motcuaConfig.filesDirectory).write(checked)
        let now = LocalDateTime(req.now)
        let doc = DocumentRow(id: UUID().uuidString.lowercased(), dossierCode: code, sha256: checked.sha256, mediaType: checked.kind.mediaType,
                              size: checked.size, fileName: checked.fileName, docType: checked.docType, original: checked.original,
                              kind: row.dossierState == .supplementRequested ? "supplement" : "submitted",
                              uploadedAt: now.description, uploadedBy: actor.auditName)
        let auditName = actor.auditName
        try await req.writeTransaction { db in
            let sql = db as! any SQLDatabase
            // Counted again inside the write, so that uploads racing each other cannot pass the cap together.
            let held = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("dossier_documents")
                .where("dossier_code", .equal, SQLBind(code)).first()?.decode(column: "n", as: Int.self) ?? 0
            guard held < DocumentStore.maxDocumentsPerDossier else { throw Self.tooManyDocuments }
            try await DossierStore(db).insert(doc)
            try await AuditChain.append(db, actor: auditName, action: "document.upload", subject: code, detail: "\(doc.id) \(doc.sha256)", at: now.instant)
        }
        return doc
    }

    /// A document's content, for staff who may see the dossier (every access is audited).
    func download(req: Request) async throws -> Response {
        let p = try req.requireStaff()
        let code = try req.parameters.require("code")
        let id = try req.parameters.require("id")
        guard let row = try await DossierStore(req.db).dossier(code: code), AccessRules.canView(p.grants, row.scope),
              let doc = try await DossierStore(req.db).documents(code: code).first(where: { $0.id == id }) else {
            throw APIError(.documentNotFound)
        }
        let data = try DocumentStore(directory: req.application.motcuaConfig.filesDirectory).read(sha256: doc.sha256)
        try await req.writeTransaction { db in
            try await AuditChain.append(db, actor: p.auditName, action: "document.read", subject: code, detail: doc.id, at: req.now)
        }
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.contentType = HTTPMediaType(type: doc.mediaType.split(separator: "/")[0].description,
                                                     subType: doc.mediaType.split(separator: "/")[1].description)
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(doc.sha256.prefix(12)).\(doc.mediaType.hasSuffix("pdf") ? "pdf" : doc.mediaType.hasSuffix("png") ? "png" : "jpg")\"")
        return response
    }

    /// The officer's inbox: dossiers of the units they work in (or the province they supervise), soonest due first.
    func list(req: Request) async throws -> DossierListDTO {
        let p = try req.requireStaff()
        let snapshot = try req.reference
        let today = LocalDateTime(req.now).date
        var filter = DossierStore.ListFilter()
        if let unit = req.query[String.self, at: "unit"], !unit.isEmpty {
            guard let u = snapshot.units.history(unit, upTo: today) else {
                throw APIError(.unitNotFound, unit)
            }
            guard AccessRules.canList(unit: u.code, provinceOfUnit: Routing.province(of: u), grants: p.grants) else { throw APIError.forbidden }
            filter.scope = ListScope.of(p.grants, unit: u.code, provinceOfUnit: Routing.province(of: u), unitIsProvince: u.level == .province)
        } else {
            filter.scope = ListScope.of(p.grants)
        }
        if let s = req.query[String.self, at: "state"], !s.isEmpty {
            let states = s.split(separator: ",").map(String.init)
            guard states.allSatisfy({ DossierState(rawValue: $0) != nil }) else {
                throw APIError(.badState, s)
            }
            filter.states = states
        } else if try req.boolQuery("open") ?? true {
            filter.states = DossierState.allCases.filter { !$0.hasEnded }.map(\.rawValue)
        }
        if let due = req.query[String.self, at: "dueBefore"], !due.isEmpty {
            guard let t = LocalDateTime.parse(due) ?? LocalDate(iso: due).map({ LocalDateTime(date: $0, secondOfDay: 86399) }) else {
                throw APIError(.badDueBefore)
            }
            filter.dueBefore = t.description
        }
        if try req.boolQuery("mine") == true { filter.assignee = p.id }
        filter.limit = try req.intQuery("limit", default: 50, range: 1...500)
        filter.offset = try req.intQuery("offset", default: 0, range: 0...1_000_000)
        let (rows, total) = try await DossierStore(req.db).list(filter)
        var items: [DossierDTO] = []
        for row in rows { items.append(try await Self.dto(row, req: req, snapshot: snapshot, staff: p, summary: true)) }
        return DossierListDTO(total: total, items: items)
    }

    /// A signed-in citizen's own dossiers, newest first in due order, with the history they may see.
    func mine(req: Request) async throws -> DossierListDTO {
        let p = try req.requireSignedIn()
        guard p.kind == .citizen else { throw APIError.forbidden }
        var filter = DossierStore.ListFilter()
        filter.applicantAccount = p.id
        filter.limit = try req.intQuery("limit", default: 50, range: 1...200)
        filter.offset = try req.intQuery("offset", default: 0, range: 0...1_000_000)
        let (rows, total) = try await DossierStore(req.db).list(filter)
        let snapshot = try req.reference
        var items: [DossierDTO] = []
        for row in rows { items.append(try await Self.dto(row, req: req, snapshot: snapshot, staff: nil, summary: true)) }
        return DossierListDTO(total: total, items: items)
    }

    struct WarningDTO: Content {
        var dossierCode: String
        var kind: String
        var dueAt: String
        var createdAt: String
    }

    func warnings(req: Request) async throws -> [WarningDTO] {
        let p = try req.requireStaff()
        let warnings = try await (req.db as! any SQLDatabase).select().columns("dossier_code", "kind", "due_at", "created_at").from("deadline_warnings")
            .where("recipient", .equal, SQLBind(p.id)).orderBy("due_at").limit(500).all().map {
                WarningDTO(dossierCode: try $0.decode(column: "dossier_code", as: String.self), kind: try $0.decode(column: "kind", as: String.self),
                           dueAt: try $0.decode(column: "due_at", as: String.self), createdAt: try $0.decode(column: "created_at", as: String.self))
            }
        // A warning was addressed when it was raised; grants may have changed since: the same rule as opening the dossier.
        let visible = Set(try await DossierStore(req.db).dossiers(codes: Array(Set(warnings.map(\.dossierCode))))
            .filter { AccessRules.canView(p.grants, $0.scope) }.map(\.code))
        return warnings.filter { visible.contains($0.dossierCode) }
    }

    /// Dossiers in the national status vocabulary (codes 1–10), one JSON object per line, for syncing and reporting.
    func export(req: Request) async throws -> Response {
        let p = try req.requireStaff()
        guard p.grants.contains(where: { [.administrator, .supervisor, .director, .leader].contains($0.role) }) else { throw APIError.forbidden }
        var filter = DossierStore.ListFilter()
        filter.scope = ListScope.of(p.grants, roles: [.administrator, .supervisor, .director, .leader])
        filter.limit = try req.intQuery("limit", default: 10_000, range: 1...100_000)
        let (rows, _) = try await DossierStore(req.db).list(filter)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = ""
        for r in rows {
            let line: [String: String?] = [
                "MaHoSo": r.code, "MaTTHC": r.procedureCode, "TenTTHC": r.procedureName, "MaDonViTiepNhan": r.receivingUnit,
                "MaDonViXuLy": r.competentUnit, "TrangThaiHoSo": String(r.statusCode), "KenhNop": r.channel,
                "NgayTiepNhan": r.clockValue.receivedAt?.description, "NgayHenTra": r.appointment, "HanXuLy": r.dueAt,
                "NgayKetThucXuLy": r.clockValue.endedAt?.description, "KetQuaDungHan": r.outcome,
                "SoLanBoSung": String(r.clockValue.supplementRequests),
            ]
            out += String(decoding: try encoder.encode(line.compactMapValues { $0 }), as: UTF8.self) + "\n"
        }
        try await req.writeTransaction { db in
            try await AuditChain.append(db, actor: p.auditName, action: "dossier.export", subject: "dossiers", detail: "\(rows.count) rows", at: req.now)
        }
        let response = Response(status: .ok, body: .init(string: out))
        response.headers.contentType = HTTPMediaType(type: "application", subType: "x-ndjson", parameters: ["charset": "utf-8"])
        return response
    }
}
