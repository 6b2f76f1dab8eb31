import Fluent

/// Changes of a procedure's level or competent agency (decentralisation) with their effective day and deciding
/// document — part of the reference data like abolitions: recording one bumps the reference version.
struct CreateCompetenceSchema: AsyncMigration {
    var name: String { "012_procedure_competence" }

    func prepare(on db: any Database) async throws {
        try await db.schema("procedure_competence")
            .field("id", .int, .identifier(auto: true))
            .field("code", .string, .required)
            .field("kind", .string, .required)
            .field("effective", .string, .required)
            .field("decision", .string, .required)
            .field("levels", .string, .required)
            .field("agency", .string)
            .field("previous_levels", .string, .required)
            .field("previous_agency", .string)
            .field("correction", .bool, .required)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .string, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("procedure_competence").delete()
    }
}
