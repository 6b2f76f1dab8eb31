import Fluent

/// The schema, in order. Columns are right at creation: SQLite cannot alter them later.
enum Migrations {
    static let all: [any Migration] = [CreateReferenceSchema(), CreateDossierSchema(), CreateIdentitySchema(), CreateAssistantSchema(),
                                       CreateCitizenSchema(), CreateCatalogueChangesSchema(), CreateSecuritySchema()]
}

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

struct CreateReferenceSchema: AsyncMigration {
    var name: String { "001_reference_schema" }

    func prepare(on db: any Database) async throws {
        try await db.schema("units")
            .field("code", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .field("full_name", .string, .required)
            .field("name_en", .string, .required)
            .field("full_name_en", .string, .required)
            .field("type", .string, .required)
            .field("level", .string, .required)
            .field("province_code", .string)
            .field("latitude", .double)
            .field("longitude", .double)
            .field("established_on", .string, .required)
            .field("abolished_on", .string)
            .create()
        try await db.schema("unit_changes")
            .id()
            .field("unit_code", .string, .required)
            .field("effective", .string, .required)
            .field("kind", .string, .required)
            .field("type", .string)
            .field("name", .string)
            .field("full_name", .string)
            .field("name_en", .string)
            .field("full_name_en", .string)
            .field("successor_code", .string)
            .field("legal_basis", .string, .required)
            .unique(on: "unit_code", "effective", "kind")
            .create()
        try await db.schema("old_communes")
            .field("old_code", .string, .identifier(auto: false))
            .field("old_name", .string, .required)
            .field("old_district_code", .string, .required)
            .field("old_district_name", .string, .required)
            .field("old_province_code", .string, .required)
            .field("old_province_name", .string, .required)
            .field("partly_merged", .bool, .required)
            .field("new_commune_codes", .string, .required)
            .create()
        try await db.schema("old_provinces")
            .field("old_code", .string, .identifier(auto: false))
            .field("old_name", .string, .required)
            .field("new_codes", .string, .required)
            .create()
        try await db.schema("procedures")
            .field("code", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .field("field", .string, .required)
            .field("levels", .string, .required)
            .field("flags", .string, .required)
            .field("body", .string, .required)
            .field("summary", .string, .required)
            .field("search_text", .string, .required)
            .field("raw", .string, .required)
            .field("revision", .int, .required)
            .field("imported_at", .datetime, .required)
            .create()
        try await db.schema("calendar_decrees")
            .field("year", .int, .identifier(auto: false))
            .field("body", .string, .required)
            .field("source", .string, .required)
            .field("recorded_at", .datetime, .required)
            .field("recorded_by", .string, .required)
            .create()
        try await db.schema("import_runs")
            .id()
            .field("kind", .string, .required)
            .field("source", .string, .required)
            .field("started_at", .datetime, .required)
            .field("finished_at", .datetime, .required)
            .field("imported", .int, .required)
            .field("report", .string, .required)
            .create()
        try await db.schema("reference_state")
            .field("key", .string, .identifier(auto: false))
            .field("version", .int, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        for table in ["reference_state", "import_runs", "calendar_decrees", "procedures", "old_provinces",
                      "old_communes", "unit_changes", "units"] {
            try await db.schema(table).delete()
        }
    }
}
