import Fluent
import Foundation
import MotCuaCore
import SQLKit
import Vapor

/// One row of `dossiers`.
struct DossierRow: Codable, Sendable {
    var code: String
    var procedureCode: String
    var procedureName: String
    var procedureField: String
    var procedureTime: String
    var referenceVersion: Int
    var feeDue: Int?
    var feeText: String
    var feePaid: Bool
    var receivingUnit: String
    var competentUnit: String
    var provinceCode: String
    var transferTo: String?
    /// Every unit the dossier involves, space-separated with spaces around (` 00004 00008 01 `), for inbox queries.
    var participants: String
    var channel: String
    var applicantName: String
    var applicantId: String
    var applicantPhone: String
    var applicantEmail: String?
    var applicantCommune: String?
    var applicantAccount: String?
    var state: String
    var statusCode: Int
    var resumeState: String?
    var assignee: String?
    var assigneeName: String?
    var clock: String
    var appointment: String?
    var dueAt: String?
    var parts: String?
    var outcome: String?
    var submittedAt: String
    var updatedAt: String
    var version: Int
    var idempotencyKey: String?
    /// SHA-256 of the submission an idempotency key was first used with (a reuse with another request is refused).
    var requestHash: String? = nil

    /// Whether the caller is the applicant: the citizen account that submitted it, or someone who knows its phone number.
    func isApplicant(_ principal: Principal?, phone: String?) -> Bool {
        if let principal, principal.kind == .citizen, principal.id == applicantAccount { return true }
        return phone.flatMap(PhoneNumber.normalise) == applicantPhone
    }

    var dossierState: DossierState { DossierState(rawValue: state) ?? .submitted }

    var clockValue: DossierClock {
        (try? JSONDecoder().decode(DossierClock.self, from: Data(clock.utf8))) ?? DossierClock()
    }

    var partsValue: [PartState] {
        guard let parts else { return [] }
        return (try? JSONDecoder().decode([PartState].self, from: Data(parts.utf8))) ?? []
    }

    var scope: DossierScope {
        var others = partsValue.map(\.unitCode)
        if let transferTo { others.append(transferTo) }
        return DossierScope(receivingUnit: receivingUnit, competentUnit: competentUnit, provinceCode: provinceCode,
                            field: procedureField, otherUnits: others)
    }

    mutating func setClock(_ c: DossierClock) {
        clock = Self.json(c)
        appointment = c.appointment?.description
        dueAt = c.effectiveDue?.description
        outcome = c.outcome?.rawValue
    }

    mutating func setParts(_ p: [PartState]) {
        parts = p.isEmpty ? nil : Self.json(p)
        updateParticipants()
    }

    mutating func updateParticipants() {
        var units = [receivingUnit, competentUnit] + partsValue.map(\.unitCode)
        if let transferTo { units.append(transferTo) }
        var seen = Set<String>()
        participants = " " + units.filter { seen.insert($0).inserted }.joined(separator: " ") + " "
    }

    static func json<T: Encodable>(_ value: T) -> String {
        String(decoding: (try? JSONEncoder().encode(value)) ?? Data("null".utf8), as: UTF8.self)
    }

    /// The columns, named as stored (decoding them needs no key conversion, which costs more than the query).
    enum CodingKeys: String, CodingKey {
        case code
        case procedureCode = "procedure_code"
        case procedureName = "procedure_name"
        case procedureField = "procedure_field"
        case procedureTime = "procedure_time"
        case referenceVersion = "reference_version"
        case feeDue = "fee_due"
        case feeText = "fee_text"
        case feePaid = "fee_paid"
        case receivingUnit = "receiving_unit"
        case competentUnit = "competent_unit"
        case provinceCode = "province_code"
        case transferTo = "transfer_to"
        case participants
        case channel
        case applicantName = "applicant_name"
        case applicantId = "applicant_id"
        case applicantPhone = "applicant_phone"
        case applicantEmail = "applicant_email"
        case applicantCommune = "applicant_commune"
        case applicantAccount = "applicant_account"
        case state
        case statusCode = "status_code"
        case resumeState = "resume_state"
        case assignee
        case assigneeName = "assignee_name"
        case clock
        case appointment
        case dueAt = "due_at"
        case parts
        case outcome
        case submittedAt = "submitted_at"
        case updatedAt = "updated_at"
        case version
        case idempotencyKey = "idempotency_key"
        case requestHash = "request_hash"
    }
}

/// One agency's part of an interconnected dossier.
struct PartState: Codable, Sendable {
    var name: String
    var agency: String
    var unitCode: String
    var due: LocalDateTime?
    var completedAt: LocalDateTime?
    var completedBy: String?
}

/// One row of `dossier_events`: a line of the processing control sheet.
struct EventRow: Codable, Sendable {
    var dossierCode: String
    var seq: Int
    var at: String
    var actorId: String
    var actorName: String
    var role: String
    var unitCode: String?
    var action: String
    var fromState: String?
    var toState: String
    var reason: String?
    var documentId: String?
    var detail: String?
    var visible: Bool

    /// The columns, named as stored (decoding them needs no key conversion, which costs more than the query).
    enum CodingKeys: String, CodingKey {
        case dossierCode = "dossier_code"
        case seq
        case at
        case actorId = "actor_id"
        case actorName = "actor_name"
        case role
        case unitCode = "unit_code"
        case action
        case fromState = "from_state"
        case toState = "to_state"
        case reason
        case documentId = "document_id"
        case detail
        case visible
    }
}

/// One row of `dossier_documents`.
struct DocumentRow: Codable, Sendable {
    var id: String
    var dossierCode: String
    var sha256: String
    var mediaType: String
    var size: Int
    var fileName: String
    var docType: String
    var original: Bool
    var kind: String
    var uploadedAt: String
    var uploadedBy: String

    /// The columns, named as stored (decoding them needs no key conversion, which costs more than the query).
    enum CodingKeys: String, CodingKey {
        case id
        case dossierCode = "dossier_code"
        case sha256
        case mediaType = "media_type"
        case size
        case fileName = "file_name"
        case docType = "doc_type"
        case original
        case kind
        case uploadedAt = "uploaded_at"
        case uploadedBy = "uploaded_by"
    }
}

/// One row of `outbox`.
struct OutboxRow: Codable, Sendable {
    var id: String
    var dossierCode: String
    var event: String
    var channel: String
    var recipient: String
    var subject: String
    var body: String
    var createdAt: String
    var status: String
    var attempts: Int
    var nextAttemptAt: Double
    var deliveredAt: String?
    var lastError: String?

    /// The columns, named as stored (decoding them needs no key conversion, which costs more than the query).
    enum CodingKeys: String, CodingKey {
        case id
        case dossierCode = "dossier_code"
        case event
        case channel
        case recipient
        case subject
        case body
        case createdAt = "created_at"
        case status
        case attempts
        case nextAttemptAt = "next_attempt_at"
        case deliveredAt = "delivered_at"
        case lastError = "last_error"
    }
}

/// Reads and writes dossier rows.
struct DossierStore {
    let sql: any SQLDatabase

    init(_ db: any Database) { sql = db as! any SQLDatabase }

    func dossier(code: String) async throws -> DossierRow? {
        try await sql.select().columns("*").from("dossiers").where("code", .equal, SQLBind(code))
            .first(decoding: DossierRow.self)
    }

    func dossiers(codes: [String]) async throws -> [DossierRow] {
        guard !codes.isEmpty else { return [] }
        return try await sql.select().columns("*").from("dossiers").where("code", .in, SQLBind.group(codes)).all(decoding: DossierRow.self)
    }

    func dossier(idempotencyKey: String) async throws -> DossierRow? {
        try await sql.select().columns("*").from("dossiers").where("idempotency_key", .equal, SQLBind(idempotencyKey))
            .first(decoding: DossierRow.self)
    }

    func events(code: String) async throws -> [EventRow] {
        try await sql.select().columns("*").from("dossier_events").where("dossier_code", .equal, SQLBind(code)).orderBy("seq")
            .all(decoding: EventRow.self)
    }

    func documents(code: String) async throws -> [DocumentRow] {
        try await sql.select().columns("*").from("dossier_documents").where("dossier_code", .equal, SQLBind(code)).orderBy("uploaded_at")
            .all(decoding: DocumentRow.self)
    }

    func outbox(code: String) async throws -> [OutboxRow] {
        try await sql.select().columns("*").from("outbox").where("dossier_code", .equal, SQLBind(code)).orderBy("created_at")
            .all(decoding: OutboxRow.self)
    }

    func insert(_ d: DossierRow) async throws {
        DossierWrites.touch(d.code)
        try await sql.insert(into: "dossiers").model(d, nilEncodingStrategy: .asNil).run()
    }

    /// Writes a changed dossier if nobody changed it since it was read (optimistic concurrency).
    func update(_ d: DossierRow, expectedVersion: Int) async throws -> Bool {
        DossierWrites.touch(d.code)
        var next = d
        next.version = expectedVersion + 1
        let updated = try await sql.update("dossiers")
            .set(model: next, nilEncodingStrategy: .asNil)
            .where("code", .equal, SQLBind(d.code)).where("version", .equal, SQLBind(expectedVersion))
            .returning("code").all()
        return !updated.isEmpty
    }

    func insert(_ e: EventRow) async throws {
        DossierWrites.touch(e.dossierCode)
        try await sql.insert(into: "dossier_events").model(e, nilEncodingStrategy: .asNil).run()
    }

    func insert(_ d: DocumentRow) async throws {
        try await sql.insert(into: "dossier_documents").model(d).run()
    }

    func insert(_ messages: [OutboxRow]) async throws {
        try await sql.insert(into: "outbox").models(messages, nilEncodingStrategy: .asNil).run()
    }

    func lastEventSeq(code: String) async throws -> Int {
        let row = try await sql.select().column(SQLFunction("MAX", args: SQLColumn("seq")), as: "m").from("dossier_events")
            .where("dossier_code", .equal, SQLBind(code)).first()
        return try row?.decode(column: "m", as: Int?.self) ?? 0
    }

    struct ListFilter: Sendable {
        /// What the reader may see (nil: no restriction, e.g. a citizen's own dossiers by account).
        var scope: ListScope?
        var states: [String]?
        var dueBefore: String?
        var assignee: String?
        var applicantAccount: String?
        var limit = 50
        var offset = 0
    }

    func list(_ f: ListFilter) async throws -> (rows: [DossierRow], total: Int) {
        func apply(_ q: SQLSelectBuilder) -> SQLSelectBuilder {
            var q = q
            if let scope = f.scope, !scope.everything {
                // The same rule as opening one dossier: a unit it involves (within the grant's fields) or a province.
                q = q.where { w in
                    var w = w.where(SQLLiteral.boolean(false))
                    if !scope.provinces.isEmpty { w = w.orWhere("province_code", .in, SQLBind.group(scope.provinces)) }
                    for r in scope.units {
                        w = w.orWhere { g in
                            let g = g.where("participants", .like, SQLBind("% \(r.unit) %"))
                            return r.fields.isEmpty ? g : g.where("procedure_field", .in, SQLBind.group(r.fields))
                        }
                    }
                    return w
                }
            }
            if let states = f.states { q = q.where("state", .in, SQLBind.group(states)) }
            if let due = f.dueBefore { q = q.where("due_at", .lessThanOrEqual, SQLBind(due)) }
            if let a = f.assignee { q = q.where("assignee", .equal, SQLBind(a)) }
            if let a = f.applicantAccount { q = q.where("applicant_account", .equal, SQLBind(a)) }
            return q
        }
        let total = try await apply(sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("dossiers"))
            .first().map { try $0.decode(column: "n", as: Int.self) } ?? 0
        let rows = try await apply(sql.select().columns("*").from("dossiers"))
            .orderBy(SQLRaw("CASE WHEN due_at IS NULL THEN 1 ELSE 0 END")).orderBy("due_at").orderBy("code")
            .limit(f.limit).offset(f.offset)
            .all(decoding: DossierRow.self)
        return (rows, total)
    }
}
