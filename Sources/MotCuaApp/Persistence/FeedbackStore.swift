import Fluent
import Foundation
import MotCuaCore
import SQLKit

/// Applicants' ratings of ended dossiers (`dossier_feedback`): one per dossier.
struct FeedbackStore {
    let db: any Database

    /// A rating as stored.
    struct Feedback: Sendable {
        var dossierCode: String
        /// Known when read with the dossier (a citizen's list of ratings).
        var procedureName: String?
        var rating: ServiceRating
        var comment: String?
        var createdAt: LocalDateTime
    }

    private struct Row: Codable {
        var dossier_code: String
        var procedure_name: String?
        var rating: String
        var comment: String?
        var created_at: String
    }

    private func feedback(_ row: Row) throws -> Feedback {
        guard let rating = ServiceRating(rawValue: row.rating) else {
            throw StoredValue.Corrupt(column: "dossier_feedback.rating", value: row.rating)
        }
        return Feedback(dossierCode: row.dossier_code, procedureName: row.procedure_name, rating: rating, comment: row.comment,
                        createdAt: try StoredValue.dateTime(row.created_at, "dossier_feedback.created_at"))
    }

    /// The ratings of the given dossiers.
    func ratings(codes: [String]) async throws -> [String: ServiceRating] {
        var out: [String: ServiceRating] = [:]
        for chunk in codes.chunked(500) {
            let rows = try await db.sql.select().columns("dossier_code", "rating").from("dossier_feedback")
                .where("dossier_code", .in, SQLBind.group(Array(chunk))).all()
            for r in rows {
                if let rating = ServiceRating(rawValue: try r.decode(column: "rating", as: String.self)) {
                    out[try r.decode(column: "dossier_code", as: String.self)] = rating
                }
            }
        }
        return out
    }

    /// The rating of a dossier, if given.
    func feedback(code: String) async throws -> Feedback? {
        try await db.sql.select().columns("dossier_code", "rating", "comment", "created_at").from("dossier_feedback")
            .where("dossier_code", .equal, SQLBind(code)).first(decoding: Row.self).map(feedback)
    }

    /// The ratings an account gave, newest first, with each dossier's procedure (at most 500).
    func feedback(account: String) async throws -> [Feedback] {
        try await db.sql.select()
            .columns(SQLColumn("dossier_code", table: "f"), SQLColumn("rating", table: "f"), SQLColumn("comment", table: "f"),
                     SQLColumn("created_at", table: "f"), SQLColumn("procedure_name", table: "d"))
            .from(SQLAlias(SQLIdentifier("dossier_feedback"), as: SQLIdentifier("f")))
            .join(SQLAlias(SQLIdentifier("dossiers"), as: SQLIdentifier("d")), method: SQLJoinMethod.left,
                  on: SQLColumn("code", table: "d"), .equal, SQLColumn("dossier_code", table: "f"))
            .where(SQLColumn("account_id", table: "f"), .equal, SQLBind(account))
            .orderBy(SQLOrderBy(expression: SQLColumn("created_at", table: "f"), direction: SQLDirection.descending)).limit(500)
            .all(decoding: Row.self).map(feedback)
    }

    /// Keeps a rating unless the dossier has one; false when it had (of two ratings racing on PostgreSQL, the second
    /// inserts nothing).
    func insert(_ f: Feedback, account: String?) async throws -> Bool {
        let inserted = try await db.sql.raw("""
            INSERT INTO dossier_feedback (dossier_code, account_id, rating, comment, created_at)
            VALUES (\(bind: f.dossierCode), \(bind: account), \(bind: f.rating.rawValue), \(bind: f.comment), \(bind: f.createdAt.description))
            ON CONFLICT (dossier_code) DO NOTHING RETURNING dossier_code
            """).all()
        guard !inserted.isEmpty else { return false }
        if f.rating == .dissatisfied { try await IndexTotalsStore(db).update(f.dossierCode) { $0.complaint = true } }
        return true
    }
}
