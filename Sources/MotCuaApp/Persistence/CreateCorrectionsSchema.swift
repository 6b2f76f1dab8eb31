import Fluent
import SQLKit

/// An administrator's corrections of a procedure imported from the catalogue: each one a numbered revision, with the
/// declaration in force after it (when it changed), whether the import's review flags were checked, and why. Part of
/// the reference data: recording one bumps the reference version, so every instance reloads.
struct CreateCorrectionsSchema: AsyncMigration {
    var name: String { "009_procedure_corrections" }

    func prepare(on db: any Database) async throws {
        try await db.schema("procedure_corrections")
            .field("code", .string, .required)
            .field("revision", .int, .required)
            .field("definition", .string)
            .field("times", .string)
            .field("reviewed", .bool, .required)
            .field("note", .string, .required)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .string, .required)
            .unique(on: "code", "revision")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("procedure_corrections").delete()
    }
}
