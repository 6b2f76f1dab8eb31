import Fluent
import Foundation
import MotCuaCore
import SQLKit

extension DossierStore {
    /// What the service index reads of a dossier.
    struct IndexRow: Sendable {
        var code: String
        var procedureCode: String
        var competentUnit: String
        var province: String
        var channel: String
        var clock: DossierClock
    }

    /// The dossiers a unit is competent for (a commune's, a province's — its own and its communes' — or all), submitted
    /// before `before`.
    func indexRows(competentUnit: String?, province: String?, before: LocalDateTime) async throws -> [IndexRow] {
        var query = sql.select().columns("code", "procedure_code", "competent_unit", "province_code", "channel", "clock").from("dossiers")
            .where("submitted_at", .lessThan, SQLBind(before.description))
        if let competentUnit { query = query.where("competent_unit", .equal, SQLBind(competentUnit)) }
        if let province { query = query.where("province_code", .equal, SQLBind(province)) }
        return try await decode(query)
    }

    private func decode(_ query: SQLSelectBuilder) async throws -> [IndexRow] {
        let decoder = JSONDecoder()
        return try await query.all().map { r in
            let clock = try r.decode(column: "clock", as: String.self)
            return IndexRow(code: try r.decode(column: "code", as: String.self), procedureCode: try r.decode(column: "procedure_code", as: String.self),
                            competentUnit: try r.decode(column: "competent_unit", as: String.self),
                            province: try r.decode(column: "province_code", as: String.self),
                            channel: try r.decode(column: "channel", as: String.self),
                            clock: try (try? decoder.decode(DossierClock.self, from: Data(clock.utf8)))
                                .orCorrupt(column: "dossiers.clock", value: clock))
        }
    }

    /// A page of every dossier in code order, after `after` (rebuilding the index's totals).
    func indexRows(after: String, limit: Int) async throws -> [IndexRow] {
        try await decode(sql.select().columns("code", "procedure_code", "competent_unit", "province_code", "channel", "clock").from("dossiers")
            .where("code", .greaterThan, SQLBind(after)).orderBy("code").limit(limit))
    }

    /// Of the given dossiers, those holding at least one document.
    func withDocuments(codes: [String]) async throws -> Set<String> {
        var out = Set<String>()
        for chunk in codes.chunked(500) {
            let rows = try await sql.select().distinct().column("dossier_code").from("dossier_documents")
                .where("dossier_code", .in, SQLBind.group(Array(chunk))).all()
            for r in rows { out.insert(try r.decode(column: "dossier_code", as: String.self)) }
        }
        return out
    }

    /// Payments confirmed in [from, to) for the given dossiers, with their method (`online`, `counter`, `bank_transfer`).
    func paymentMethods(codes: [String], from: LocalDateTime, to: LocalDateTime) async throws -> [String: String] {
        var out: [String: String] = [:]
        for chunk in codes.chunked(500) {
            for (code, p) in try await paymentConfirmations(codes: Array(chunk)) {
                guard let at = p.at, at >= from, at < to else { continue }
                out[code] = p.detail["method"] ?? "counter"
            }
        }
        return out
    }
}

extension Optional {
    /// The value, or the stored value's corruption named.
    func orCorrupt(column: String, value: String) throws -> Wrapped {
        guard let self else { throw StoredValue.Corrupt(column: column, value: value) }
        return self
    }
}

extension DossierStore {
    /// How many dossiers are held.
    func count() async throws -> Int {
        try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("dossiers").first()?.decode(column: "n", as: Int.self) ?? 0
    }
}

extension DossierStore {
    /// Open dossiers (the clock running) of a unit, of a province's units, or of all, due by `horizon` — what can be near
    /// due or overdue — at most `limit`, soonest due first.
    func openDue(competentUnit: String?, province: String?, by horizon: LocalDateTime, limit: Int) async throws -> [Dossier] {
        let open = DossierState.allCases.filter { !$0.hasEnded && !$0.pausesClock && $0 != .submitted }
        var q = sql.select().columns("*").from("dossiers").where("state", .in, SQLBind.group(open.map(\.rawValue)))
            .where("due_at", .isNot, SQLLiteral.null).where("due_at", .lessThanOrEqual, SQLBind(horizon.description))
        if let competentUnit { q = q.where("competent_unit", .equal, SQLBind(competentUnit)) }
        if let province { q = q.where("province_code", .equal, SQLBind(province)) }
        return try await q.orderBy("due_at").limit(limit).all(decoding: DossierRecord.self).map { try $0.dossier() }
    }
}
