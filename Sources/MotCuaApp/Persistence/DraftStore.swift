import Fluent
import Foundation
import MotCuaCore
import SQLKit

/// Citizens' submission drafts (`dossier_drafts`), always read and written with the owning account.
struct DraftStore {
    let db: any Database

    /// A stored draft.
    struct Draft: Sendable {
        var id: String
        var procedureCode: String?
        var content: DraftContent
        var createdAt: LocalDateTime
        var updatedAt: LocalDateTime
    }

    private struct Row: Codable {
        var id: String
        var procedure_code: String?
        var content: String
        var created_at: String
        var updated_at: String
    }

    private func draft(_ row: Row) throws -> Draft {
        Draft(id: row.id, procedureCode: row.procedure_code,
              content: try JSONDecoder().decode(DraftContent.self, from: Data(row.content.utf8)),
              createdAt: try StoredValue.dateTime(row.created_at, "dossier_drafts.created_at"),
              updatedAt: try StoredValue.dateTime(row.updated_at, "dossier_drafts.updated_at"))
    }

    private var columns: [String] { ["id", "procedure_code", "content", "created_at", "updated_at"] }

    /// An account's drafts, the latest changed first.
    func drafts(account: String) async throws -> [Draft] {
        try await db.sql.select().columns(columns).from("dossier_drafts").where("account_id", .equal, SQLBind(account))
            .orderBy("updated_at", .descending).all(decoding: Row.self).map(draft)
    }

    /// The account's draft with this id (nil for another account's).
    func draft(id: String, account: String) async throws -> Draft? {
        try await db.sql.select().columns(columns).from("dossier_drafts")
            .where("id", .equal, SQLBind(id)).where("account_id", .equal, SQLBind(account)).first(decoding: Row.self).map(draft)
    }

    func count(account: String) async throws -> Int {
        try await db.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("dossier_drafts")
            .where("account_id", .equal, SQLBind(account)).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// `json` is `content` encoded (its size checked by the caller).
    func insert(id: String, account: String, content: DraftContent, json: String, at: LocalDateTime) async throws {
        try await db.sql.insert(into: "dossier_drafts").columns("id", "account_id", "procedure_code", "content", "created_at", "updated_at")
            .values(SQLBind(id), SQLBind(account), SQLBind(content.procedureCode), SQLBind(json), SQLBind(at.description),
                    SQLBind(at.description)).run()
    }

    func update(id: String, account: String, content: DraftContent, json: String, at: LocalDateTime) async throws {
        try await db.sql.update("dossier_drafts").set("content", to: SQLBind(json))
            .set("procedure_code", to: SQLBind(content.procedureCode)).set("updated_at", to: SQLBind(at.description))
            .where("id", .equal, SQLBind(id)).where("account_id", .equal, SQLBind(account)).run()
    }

    func delete(id: String, account: String) async throws {
        try await db.sql.delete(from: "dossier_drafts").where("id", .equal, SQLBind(id)).where("account_id", .equal, SQLBind(account)).run()
    }
}
