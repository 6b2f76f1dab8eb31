import Fluent

/// Procedures abolished by a decision, with the day it takes effect (part of the reference data: recording one
/// bumps the reference version, so every instance reloads).
struct CreateCatalogueChangesSchema: AsyncMigration {
    var name: String { "006_catalogue_changes" }

    func prepare(on db: any Database) async throws {
        try await db.schema("procedure_abolitions")
            .field("code", .string, .identifier(auto: false))
            .field("effective", .string, .required)
            .field("decision", .string, .required)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .string, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("procedure_abolitions").delete()
    }
}
