import Fluent
import MotCuaCore
import SQLKit

/// The service index's running totals: per competent unit and day (`index_days`) and month (`index_months`), a column
/// per counter; the procedures received online per unit and month (`index_procedures`); and each dossier's entry
/// (`dossier_index`), from which a change takes its difference. Filled from the dossiers already held.
struct CreateIndexTotalsSchema: AsyncMigration {
    var name: String { "011_index_totals" }

    func prepare(on db: any Database) async throws {
        for (table, key) in [("index_days", "day"), ("index_months", "month")] {
            var schema = db.schema(table).field("unit_code", .string, .required).field("province_code", .string, .required)
                .field(FieldKey(stringLiteral: key), .string, .required)
            for c in IndexCounter.allCases { schema = schema.field(FieldKey(stringLiteral: c.column), .int, .required) }
            try await schema.unique(on: "unit_code", FieldKey(stringLiteral: key)).create()
            try await db.sql.create(index: "\(table)_province").on(table).column("province_code").column(key).run()
        }
        try await db.schema("index_procedures")
            .field("unit_code", .string, .required).field("province_code", .string, .required).field("month", .string, .required)
            .field("procedure_code", .string, .required).field("n", .int, .required)
            .unique(on: "unit_code", "month", "procedure_code").create()
        try await db.sql.create(index: "index_procedures_month").on("index_procedures").column("month").run()
        try await db.schema("dossier_index").field("code", .string, .identifier(auto: false)).field("entry", .string, .required).create()
        try await IndexTotalsStore(db).rebuild()
    }

    func revert(on db: any Database) async throws {
        for t in ["dossier_index", "index_procedures", "index_months", "index_days"] { try await db.schema(t).delete() }
    }
}
