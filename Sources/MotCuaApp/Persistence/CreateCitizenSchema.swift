import Fluent
import SQLKit

/// What a citizen keeps besides their dossiers: drafts of submissions not yet sent, and the rating they give a
/// dossier once it has ended (one per dossier, never edited: it feeds the satisfaction group of the index).
struct CreateCitizenSchema: AsyncMigration {
    var name: String { "005_citizen_schema" }

    func prepare(on db: any Database) async throws {
        try await db.schema("dossier_drafts")
            .field("id", .string, .identifier(auto: false))
            .field("account_id", .string, .required)
            .field("procedure_code", .string)
            .field("content", .string, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .create()
        try await db.schema("dossier_feedback")
            .field("dossier_code", .string, .identifier(auto: false))
            .field("account_id", .string)
            .field("rating", .string, .required)
            .field("comment", .string)
            .field("created_at", .string, .required)
            .create()
        let sql = db.sql
        try await sql.create(index: "dossier_drafts_account").on("dossier_drafts").column("account_id").run()
        try await sql.create(index: "dossier_feedback_account").on("dossier_feedback").column("account_id").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("dossier_feedback").delete()
        try await db.schema("dossier_drafts").delete()
    }
}
