import Fluent
import Foundation
import MotCuaCore
import SQLKit
import Vapor

/// Reads and writes dossiers with their control sheets, documents and messages.
struct DossierStore {
    let db: any Database
    var sql: any SQLDatabase { db.sql }

    init(_ db: any Database) { self.db = db }

    func dossier(code: String) async throws -> Dossier? {
        try await sql.select().columns("*").from("dossiers").where("code", .equal, SQLBind(code))
            .first(decoding: DossierRecord.self)?.dossier()
    }

    func dossiers(codes: [String]) async throws -> [Dossier] {
        guard !codes.isEmpty else { return [] }
        return try await sql.select().columns("*").from("dossiers").where("code", .in, SQLBind.group(codes)).all(decoding: DossierRecord.self).map { try $0.dossier() }
    }

    func dossier(idempotencyKey: String) async throws -> Dossier? {
        try await sql.select().columns("*").from("dossiers").where("idempotency_key", .equal, SQLBind(idempotencyKey))
            .first(decoding: DossierRecord.self)?.dossier()
    }

    func events(code: String) async throws -> [DossierEvent] {
        try await sql.select().columns("*").from("dossier_events").where("dossier_code", .equal, SQLBind(code)).orderBy("seq")
            .all(decoding: EventRecord.self).map { [json = JSONDecoder()] in try $0.event(json) }
    }

    func documents(code: String) async throws -> [DossierDocument] {
        try await sql.select().columns("*").from("dossier_documents").where("dossier_code", .equal, SQLBind(code)).orderBy("uploaded_at")
            .all(decoding: DocumentRecord.self).map { try $0.document() }
    }

    /// Documents an account's own dossiers hold in the given slots, newest first (to be used again).
    func documents(account: String, slots: [String], limit: Int = 20) async throws -> [DossierDocument] {
        guard !slots.isEmpty else { return [] }
        return try await sql.select().column(SQLColumn(SQLLiteral.all, table: SQLIdentifier("dossier_documents"))).from("dossier_documents")
            .join("dossiers", on: SQLColumn("dossier_code", table: "dossier_documents"), .equal, SQLColumn("code", table: "dossiers"))
            .where(SQLColumn("applicant_account", table: "dossiers"), .equal, SQLBind(account))
            .where(SQLColumn("slot", table: "dossier_documents"), .in, SQLBind.group(slots))
            .orderBy(SQLOrderBy(expression: SQLColumn("uploaded_at", table: "dossier_documents"), direction: SQLDirection.descending)).limit(limit)
            .all(decoding: DocumentRecord.self).map { try $0.document() }
    }

    func outbox(code: String) async throws -> [OutboxMessage] {
        try await sql.select().columns("*").from("outbox").where("dossier_code", .equal, SQLBind(code)).orderBy("created_at")
            .all(decoding: OutboxRecord.self).map { try $0.message() }
    }

    func insert(_ d: Dossier) async throws {
        DossierWrites.touch(d.code)
        try await sql.insert(into: "dossiers").model(DossierRecord(d), nilEncodingStrategy: .asNil).run()
        try await IndexTotalsStore(db).changed(d)
    }

    /// Writes a changed dossier if nobody changed it since it was read (optimistic concurrency).
    func update(_ d: Dossier, expectedVersion: Int) async throws -> Bool {
        DossierWrites.touch(d.code)
        var next = DossierRecord(d)
        next.version = expectedVersion + 1
        let updated = try await sql.update("dossiers")
            .set(model: next, nilEncodingStrategy: .asNil)
            .where("code", .equal, SQLBind(d.code)).where("version", .equal, SQLBind(expectedVersion))
            .returning("code").all()
        guard !updated.isEmpty else { return false }
        try await IndexTotalsStore(db).changed(d)
        return true
    }

    func insert(_ e: DossierEvent) async throws {
        DossierWrites.touch(e.dossierCode)
        try await sql.insert(into: "dossier_events").model(EventRecord(e), nilEncodingStrategy: .asNil).run()
        if e.action == .confirmPayment {
            try await IndexTotalsStore(db).update(e.dossierCode) { $0.paid = e.at.date; $0.paidOnline = e.detail?["method"] == "online" }
        }
    }

    func insert(_ d: DossierDocument) async throws {
        try await sql.insert(into: "dossier_documents").model(DocumentRecord(d), nilEncodingStrategy: .asNil).run()
        try await IndexTotalsStore(db).update(d.dossierCode) { $0.documents = true }
    }

    func insert(_ messages: [OutboxMessage]) async throws {
        try await sql.insert(into: "outbox").models(messages.map(OutboxRecord.init), nilEncodingStrategy: .asNil).run()
    }

    func lastEventSeq(code: String) async throws -> Int {
        let row = try await sql.select().column(SQLFunction("MAX", args: SQLColumn("seq")), as: "m").from("dossier_events")
            .where("dossier_code", .equal, SQLBind(code)).first()
        return try row?.decode(column: "m", as: Int?.self) ?? 0
    }

    /// Dossiers in `states` due by `horizon`, a page at a time in code order (the deadline sweep).
    func due(states: [DossierState], by horizon: LocalDateTime, limit: Int, offset: Int) async throws -> [Dossier] {
        try await sql.select().columns("*").from("dossiers").where("state", .in, SQLBind.group(states.map(\.rawValue)))
            .where("due_at", .isNot, SQLLiteral.null).where("due_at", .lessThanOrEqual, SQLBind(horizon.description))
            .orderBy("code").limit(limit).offset(offset)
            .all(decoding: DossierRecord.self).map { try $0.dossier() }
    }

    /// How many documents a dossier holds (counted inside a write, so that racing uploads cannot pass a cap together).
    func documentCount(code: String) async throws -> Int {
        try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("dossier_documents")
            .where("dossier_code", .equal, SQLBind(code)).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// The payment confirmations of these dossiers: when, and what the confirmation recorded (the last one of each).
    func paymentConfirmations(codes: [String]) async throws -> [String: (at: LocalDateTime?, detail: [String: String])] {
        guard !codes.isEmpty else { return [:] }
        let rows = try await sql.select().columns("dossier_code", "at", "detail").from("dossier_events")
            .where("action", .equal, SQLBind(DossierAction.confirmPayment.rawValue))
            .where("dossier_code", .in, SQLBind.group(codes)).orderBy("seq").all()
        var paid: [String: (at: LocalDateTime?, detail: [String: String])] = [:]
        for row in rows {
            let detail = try row.decode(column: "detail", as: String?.self)
                .flatMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8)) }
            paid[try row.decode(column: "dossier_code", as: String.self)] = (LocalDateTime.parse(try row.decode(column: "at", as: String.self)),
                                                                          detail ?? [:])
        }
        return paid
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

    /// One page of an export: the dossiers in `scope` a unit is competent for (a commune's, or a whole province's),
    /// submitted before `before`, after the code `after`, in code order.
    func exportPage(scope: ListScope, competentUnit: String?, province: String?, before: LocalDateTime?, after: String?,
                    limit: Int) async throws -> [Dossier] {
        var q = Self.scoped(sql.select().columns("*").from("dossiers"), scope)
        if let competentUnit { q = q.where("competent_unit", .equal, SQLBind(competentUnit)) }
        if let province { q = q.where("province_code", .equal, SQLBind(province)) }
        if let before { q = q.where("submitted_at", .lessThan, SQLBind(before.description)) }
        if let after { q = q.where("code", .greaterThan, SQLBind(after)) }
        return try await q.orderBy("code").limit(limit).all(decoding: DossierRecord.self).map { try $0.dossier() }
    }

    /// The same rule as opening one dossier: a unit it involves (within the grant's fields) or a province.
    static func scoped(_ q: SQLSelectBuilder, _ scope: ListScope?) -> SQLSelectBuilder {
        guard let scope, !scope.everything else { return q }
        return q.where { w in
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

    func list(_ f: ListFilter) async throws -> (rows: [Dossier], total: Int) {
        func apply(_ q: SQLSelectBuilder) -> SQLSelectBuilder {
            var q = Self.scoped(q, f.scope)
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
            .all(decoding: DossierRecord.self).map { try $0.dossier() }
        return (rows, total)
    }
}
