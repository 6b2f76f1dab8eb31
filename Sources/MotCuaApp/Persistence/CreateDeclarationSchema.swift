import Fluent
import SQLKit

/// The e-form a dossier was submitted with: each definition once (by its digest, so a dossier keeps the version it
/// was checked against however the procedure's definition changes later), each dossier's values and the counter's
/// slot-by-slot check, and the slot of each document.
struct CreateDeclarationSchema: AsyncMigration {
    var name: String { "008_declarations" }

    func prepare(on db: any Database) async throws {
        try await db.schema("declaration_definitions")
            .field("sha256", .string, .identifier(auto: false))
            .field("procedure_code", .string, .required)
            .field("version", .int, .required)
            .field("definition", .string, .required)
            .create()
        try await db.schema("dossier_declarations")
            .field("dossier_code", .string, .identifier(auto: false))
            .field("definition_sha256", .string, .required)
            .field("form_version", .int, .required)
            .field("form_values", .string, .required)
            .field("counter_check", .string)
            .create()
        try await db.sql.raw("ALTER TABLE dossier_documents ADD COLUMN slot TEXT").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("dossier_declarations").delete()
        try await db.schema("declaration_definitions").delete()
    }
}
