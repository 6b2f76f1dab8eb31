import Foundation
import MotCuaCore
import SQLKit
import Vapor

/// What a submission draft holds: any part of a submission, kept until the citizen sends it.
struct DraftContent: Content {
    struct Applicant: Content {
        var fullName: String?
        var idNumber: String?
        var phone: String?
        var email: String?
        var communeCode: String?
    }
    var procedureCode: String?
    var unitCode: String?
    var competentUnitCode: String?
    var channel: String?
    var applicant: Applicant?
    var processingTime: String?

    /// The submission, or the names of the fields still missing.
    func submission() -> (input: SubmissionInput?, missing: [String]) {
        var missing: [String] = []
        func need(_ value: String?, _ name: String) -> String {
            guard let v = value?.trimmingCharacters(in: .whitespacesAndNewlines), !v.isEmpty else { missing.append(name); return "" }
            return v
        }
        let procedure = need(procedureCode, "procedureCode")
        let unit = need(unitCode, "unitCode")
        let name = need(applicant?.fullName, "applicant.fullName")
        let id = need(applicant?.idNumber, "applicant.idNumber")
        let phone = need(applicant?.phone, "applicant.phone")
        guard missing.isEmpty else { return (nil, missing) }
        return (SubmissionInput(
            procedureCode: procedure, unitCode: unit, competentUnitCode: competentUnitCode, channel: channel,
            applicant: .init(fullName: name, idNumber: id, phone: phone, email: applicant?.email, communeCode: applicant?.communeCode),
            documents: nil, processingTime: processingTime), [])
    }
}

struct DraftDTO: Content {
    var id: String
    var procedureCode: String?
    var procedureName: String?
    var content: DraftContent
    var createdAt: String
    var updatedAt: String
    /// Fields still needed before it can be sent.
    var missing: [String]
}

struct PaymentDTO: Content {
    var dossierCode: String
    var procedureName: String
    var feeDue: Int?
    var feeText: String
    var paid: Bool
    /// The dossier waits for this payment (its clock is paused).
    var awaitingPayment: Bool
    var paidAt: String?
    var amount: Int?
    var method: String?
    var reference: String?
}

struct FeedbackInput: Content {
    var rating: String
    var comment: String?
    /// For an applicant without an account: the dossier's phone.
    var phone: String?
}

struct FeedbackDTO: Content {
    var dossierCode: String
    var procedureName: String?
    var rating: String
    var ratingText: String
    var comment: String?
    var createdAt: String
}

/// A citizen's own space: drafts of submissions, what they paid or owe, and their ratings of ended dossiers;
/// and the rating itself, which the applicant gives with their account or the dossier's phone.
struct CitizenController: RouteCollection {
    static let maxDrafts = 50
    static let maxDraftBytes = 16_384

    func boot(routes: any RoutesBuilder) throws {
        let me = routes.grouped("me")
        me.get("drafts", use: drafts)
        me.on(.POST, "drafts", body: .collect(maxSize: "64kb"), use: createDraft)
        me.get("drafts", ":id", use: draft)
        me.on(.PUT, "drafts", ":id", body: .collect(maxSize: "64kb"), use: updateDraft)
        me.delete("drafts", ":id", use: deleteDraft)
        me.post("drafts", ":id", "submit", use: submitDraft)
        me.get("payments", use: payments)
        me.get("feedback", use: myFeedback)
        routes.post("dossiers", ":code", "feedback", use: giveFeedback)
    }

    func citizen(_ req: Request) throws -> Principal {
        let p = try req.requireSignedIn()
        guard p.kind == .citizen else { throw APIError.forbidden }
        return p
    }

    // MARK: Drafts

    static let draftNotFound = APIError(.draftNotFound)

    func encoded(_ content: DraftContent) throws -> String {
        let text = String(decoding: try JSONEncoder().encode(content), as: UTF8.self)
        guard text.utf8.count <= Self.maxDraftBytes else {
            throw APIError(.draftTooLarge)
        }
        return text
    }

    func dto(_ row: SQLRow, req: Request) throws -> DraftDTO {
        let content = try JSONDecoder().decode(DraftContent.self, from: Data(try row.decode(column: "content", as: String.self).utf8))
        let code = try row.decode(column: "procedure_code", as: String?.self)
        return DraftDTO(id: try row.decode(column: "id", as: String.self), procedureCode: code,
                        procedureName: try code.flatMap { try req.reference.catalogue.procedure(code: $0)?.name },
                        content: content, createdAt: try row.decode(column: "created_at", as: String.self),
                        updatedAt: try row.decode(column: "updated_at", as: String.self), missing: content.submission().missing)
    }

    func row(_ req: Request, id: String, account: String) async throws -> SQLRow {
        guard id.count <= 64, let row = try await (req.db as! any SQLDatabase).select().columns("*").from("dossier_drafts")
            .where("id", .equal, SQLBind(id)).where("account_id", .equal, SQLBind(account)).first() else { throw Self.draftNotFound }
        return row
    }

    func drafts(req: Request) async throws -> [DraftDTO] {
        let p = try citizen(req)
        return try await (req.db as! any SQLDatabase).select().columns("*").from("dossier_drafts")
            .where("account_id", .equal, SQLBind(p.id)).orderBy("updated_at", .descending).all().map { try dto($0, req: req) }
    }

    func draft(req: Request) async throws -> DraftDTO {
        let p = try citizen(req)
        return try dto(try await row(req, id: try req.parameters.require("id"), account: p.id), req: req)
    }

    func createDraft(req: Request) async throws -> Response {
        let p = try citizen(req)
        let content = try req.content.decode(DraftContent.self)
        let text = try encoded(content)
        let id = try await insertDraft(req, account: p.id, content: content, text: text)
        let response = Response(status: .created)
        try response.content.encode(try dto(try await row(req, id: id, account: p.id), req: req))
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/me/drafts/\(id)")
        return response
    }

    /// Keeps a new draft (at most ``maxDrafts`` per account); returns its id.
    @discardableResult
    func insertDraft(_ req: Request, account: String, content: DraftContent, text: String) async throws -> String {
        let id = UUID().uuidString.lowercased()
        let at = LocalDateTime(req.now).description
        try await req.writeTransaction { db in
            let sql = db as! any SQLDatabase
            let count = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("dossier_drafts")
                .where("account_id", .equal, SQLBind(account)).first()?.decode(column: "n", as: Int.self) ?? 0
            guard count < Self.maxDrafts else {
                throw APIError(.tooManyDrafts, Self.maxDrafts)
            }
            try await sql.insert(into: "dossier_drafts").columns("id", "account_id", "procedure_code", "content", "created_at", "updated_at")
                .values(SQLBind(id), SQLBind(account), SQLBind(content.procedureCode), SQLBind(text), SQLBind(at), SQLBind(at)).run()
        }
        return id
    }

    func updateDraft(req: Request) async throws -> DraftDTO {
        let p = try citizen(req)
        let id = try req.parameters.require("id")
        _ = try await row(req, id: id, account: p.id)
        let content = try req.content.decode(DraftContent.self)
        let text = try encoded(content)
        try await replaceDraft(req, id: id, account: p.id, content: content, text: text)
        return try dto(try await row(req, id: id, account: p.id), req: req)
    }

    func replaceDraft(_ req: Request, id: String, account: String, content: DraftContent, text: String) async throws {
        let at = LocalDateTime(req.now).description
        try await req.writeTransaction { db in
            try await (db as! any SQLDatabase).update("dossier_drafts").set("content", to: SQLBind(text))
                .set("procedure_code", to: SQLBind(content.procedureCode)).set("updated_at", to: SQLBind(at))
                .where("id", .equal, SQLBind(id)).where("account_id", .equal, SQLBind(account)).run()
        }
    }

    func removeDraft(_ req: Request, id: String, account: String) async throws {
        try await req.writeTransaction { db in
            try await (db as! any SQLDatabase).delete(from: "dossier_drafts").where("id", .equal, SQLBind(id))
                .where("account_id", .equal, SQLBind(account)).run()
        }
    }

    func deleteDraft(req: Request) async throws -> HTTPStatus {
        let p = try citizen(req)
        let id = try req.parameters.require("id")
        _ = try await row(req, id: id, account: p.id)
        try await removeDraft(req, id: id, account: p.id)
        return .noContent
    }

    /// Sends a complete draft as a submission. The draft's id is the submission's idempotency key, so sending
    /// twice (a double click, a retry after a lost answer) gives the one dossier; the draft is then deleted.
    func submitDraft(req: Request) async throws -> Response {
        let p = try citizen(req)
        let id = try req.parameters.require("id")
        let draft = try dto(try await row(req, id: id, account: p.id), req: req)
        let (ready, missing) = draft.content.submission()
        guard let input = ready else {
            throw APIError(.draftIncomplete, missing.joined(separator: ", "))
        }
        let service = try DossierService(req)
        let (row, created) = try await service.submit(input, actor: p, idempotencyKey: "draft:\(id)", now: req.now)
        try await removeDraft(req, id: id, account: p.id)
        let dto = SubmissionResultDTO(code: row.code, state: row.state, statusCode: row.statusCode,
                                      appointment: row.appointment ?? service.provisionalAppointment(row, now: req.now)?.description,
                                      appointmentProvisional: row.appointment == nil,
                                      lookupUrl: "\(req.application.motcuaConfig.publicURL)/tra-cuu?ma=\(row.code)")
        let response = Response(status: created ? .created : .ok)
        try response.content.encode(dto)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/dossiers/\(row.code)")
        return response
    }

    // MARK: Payments

    /// Every fee of the citizen's dossiers: owed, awaited or paid (with what the confirmation recorded).
    func payments(req: Request) async throws -> [PaymentDTO] {
        let p = try citizen(req)
        var filter = DossierStore.ListFilter()
        filter.applicantAccount = p.id
        filter.limit = 500
        let store = DossierStore(req.db)
        let rows = try await store.list(filter).rows.filter { $0.feeDue != 0 }
        guard !rows.isEmpty else { return [] }
        let confirmations = try await store.sql.select().columns("dossier_code", "at", "detail").from("dossier_events")
            .where("action", .equal, SQLBind(DossierAction.confirmPayment.rawValue))
            .where("dossier_code", .in, SQLBind.group(rows.map(\.code))).orderBy("seq").all()
        var paid: [String: (at: String, detail: [String: String])] = [:]
        for c in confirmations {
            let detail = try c.decode(column: "detail", as: String?.self).flatMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8)) }
            paid[try c.decode(column: "dossier_code", as: String.self)] = (try c.decode(column: "at", as: String.self), detail ?? [:])
        }
        return rows.map { row in
            let confirmation = paid[row.code]
            return PaymentDTO(dossierCode: row.code, procedureName: row.procedureName, feeDue: row.feeDue, feeText: row.feeText,
                              paid: row.feePaid, awaitingPayment: row.dossierState == .paymentRequested, paidAt: confirmation?.at,
                              amount: confirmation?.detail["amount"].flatMap { Int($0) }, method: confirmation?.detail["method"],
                              reference: confirmation?.detail["reference"])
        }
    }

    // MARK: Feedback

    func myFeedback(req: Request) async throws -> [FeedbackDTO] {
        let p = try citizen(req)
        let rows = try await (req.db as! any SQLDatabase).select()
            .columns(SQLColumn("dossier_code", table: "f"), SQLColumn("rating", table: "f"), SQLColumn("comment", table: "f"),
                     SQLColumn("created_at", table: "f"), SQLColumn("procedure_name", table: "d"))
            .from(SQLAlias(SQLIdentifier("dossier_feedback"), as: SQLIdentifier("f")))
            .join(SQLAlias(SQLIdentifier("dossiers"), as: SQLIdentifier("d")), method: SQLJoinMethod.left,
                  on: SQLColumn("code", table: "d"), .equal, SQLColumn("dossier_code", table: "f"))
            .where(SQLColumn("account_id", table: "f"), .equal, SQLBind(p.id))
            .orderBy(SQLOrderBy(expression: SQLColumn("created_at", table: "f"), direction: SQLDirection.descending)).limit(500).all()
        return try rows.map { try Self.feedback($0, procedureName: try $0.decode(column: "procedure_name", as: String?.self)) }
    }

    static func feedback(_ row: SQLRow, procedureName: String?) throws -> FeedbackDTO {
        let rating = try row.decode(column: "rating", as: String.self)
        return FeedbackDTO(dossierCode: try row.decode(column: "dossier_code", as: String.self), procedureName: procedureName, rating: rating,
                           ratingText: ServiceRating(rawValue: rating)?.vietnamese ?? rating,
                           comment: try row.decode(column: "comment", as: String?.self), createdAt: try row.decode(column: "created_at", as: String.self))
    }

    /// The rating of a dossier, if given.
    static func feedback(code: String, db: any SQLDatabase) async throws -> FeedbackDTO? {
        try await db.select().columns("*").from("dossier_feedback").where("dossier_code", .equal, SQLBind(code)).first()
            .map { try feedback($0, procedureName: nil) }
    }

    /// The applicant rates an ended dossier, once (with their account, or the dossier's phone).
    func giveFeedback(req: Request) async throws -> Response {
        let code = try req.parameters.require("code")
        if req.principal == nil { try req.rateLimit(.lookup) }
        let dto = try await record(req, code: code, input: try req.content.decode(FeedbackInput.self))
        let response = Response(status: .created)
        try response.content.encode(dto)
        return response
    }

    func record(_ req: Request, code: String, input: FeedbackInput) async throws -> FeedbackDTO {
        let principal = req.principal
        guard let rating = ServiceRating(rawValue: input.rating) else {
            throw APIError(.badRating)
        }
        let comment = input.comment.map { text in
            String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 == "\n" || $0.properties.generalCategory != .control }))
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }.flatMap { $0.isEmpty ? nil : $0 }
        guard DossierCode.isWellFormed(code) else { throw DossierService.notFound(code) }
        let found = try await DossierStore(req.db).dossier(code: code)
        guard try await ApplicantProof(req).check(found, code: code, principal: principal, phone: input.phone), let row = found else {
            throw principal == nil && (input.phone ?? "").isEmpty ? APIError.unauthenticated : DossierService.notFound(code)
        }
        let at = LocalDateTime(req.now)
        let account = principal?.kind == .citizen ? principal?.id : nil
        let actor = principal?.auditName ?? Principal.applicant(named: row.applicantName).auditName
        try await req.writeTransaction { db in
            let sql = db as! any SQLDatabase
            let already = try await sql.select().column("dossier_code").from("dossier_feedback").where("dossier_code", .equal, SQLBind(code)).first() != nil
            if let refusal = FeedbackRules.check(state: row.dossierState, alreadyRated: already, rating: rating, comment: comment) {
                throw Self.error(refusal)
            }
            // ON CONFLICT: of two ratings racing on PostgreSQL, the second inserts nothing and is refused.
            let inserted = try await sql.raw("""
                INSERT INTO dossier_feedback (dossier_code, account_id, rating, comment, created_at)
                VALUES (\(bind: code), \(bind: account), \(bind: rating.rawValue), \(bind: comment), \(bind: at.description))
                ON CONFLICT (dossier_code) DO NOTHING RETURNING dossier_code
                """).all()
            guard !inserted.isEmpty else { throw Self.error(.alreadyRated) }
            DossierWrites.touch(code)
            try await AuditChain.append(db, actor: actor, action: "dossier.feedback", subject: code, detail: rating.rawValue, at: at.instant)
        }
        return FeedbackDTO(dossierCode: code, procedureName: row.procedureName, rating: rating.rawValue,
                           ratingText: rating.vietnamese, comment: comment, createdAt: at.description)
    }

    static func error(_ refusal: FeedbackRules.Refusal) -> APIError {
        switch refusal {
        case .notEnded(let state):
            return APIError(.dossierNotEnded, state)
        case .alreadyRated:
            return APIError(.alreadyRated)
        case .commentTooLong:
            return APIError(.commentTooLong, FeedbackRules.maxComment)
        case .reasonRequired:
            return APIError(.commentRequired)
        }
    }
}
