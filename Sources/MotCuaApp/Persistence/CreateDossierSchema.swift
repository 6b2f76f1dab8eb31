import Fluent
import SQLKit

/// Dossiers, their control sheet (events), documents, per-unit daily counters, the notification outbox and
/// deadline warnings. Times are ISO 8601 text in Viet Nam time (`…+07:00`), which sorts as it reads.
struct CreateDossierSchema: AsyncMigration {
    var name: String { "002_dossier_schema" }

    func prepare(on db: any Database) async throws {
        try await db.schema("dossiers")
            .field("code", .string, .identifier(auto: false))
            .field("procedure_code", .string, .required)
            .field("procedure_name", .string, .required)
            .field("procedure_field", .string, .required)
            .field("procedure_time", .string, .required)
            .field("reference_version", .int, .required)
            .field("fee_due", .int)
            .field("fee_text", .string, .required)
            .field("fee_paid", .bool, .required)
            .field("receiving_unit", .string, .required)
            .field("competent_unit", .string, .required)
            .field("province_code", .string, .required)
            .field("transfer_to", .string)
            .field("participants", .string, .required)
            .field("channel", .string, .required)
            .field("applicant_name", .string, .required)
            .field("applicant_id", .string, .required)
            .field("applicant_phone", .string, .required)
            .field("applicant_email", .string)
            .field("applicant_commune", .string)
            .field("applicant_account", .string)
            .field("state", .string, .required)
            .field("status_code", .int, .required)
            .field("resume_state", .string)
            .field("assignee", .string)
            .field("assignee_name", .string)
            .field("clock", .string, .required)
            .field("appointment", .string)
            .field("due_at", .string)
            .field("parts", .string)
            .field("outcome", .string)
            .field("submitted_at", .string, .required)
            .field("updated_at", .string, .required)
            .field("version", .int, .required)
            .field("idempotency_key", .string)
            .unique(on: "idempotency_key")
            .create()
        try await db.schema("dossier_events")
            .field("id", .int, .identifier(auto: true))
            .field("dossier_code", .string, .required)
            .field("seq", .int, .required)
            .field("at", .string, .required)
            .field("actor_id", .string, .required)
            .field("actor_name", .string, .required)
            .field("role", .string, .required)
            .field("unit_code", .string)
            .field("action", .string, .required)
            .field("from_state", .string)
            .field("to_state", .string, .required)
            .field("reason", .string)
            .field("document_id", .string)
            .field("detail", .string)
            .field("visible", .bool, .required)
            .unique(on: "dossier_code", "seq")
            .create()
        try await db.schema("dossier_documents")
            .field("id", .string, .identifier(auto: false))
            .field("dossier_code", .string, .required)
            .field("sha256", .string, .required)
            .field("media_type", .string, .required)
            .field("size", .int, .required)
            .field("file_name", .string, .required)
            .field("doc_type", .string, .required)
            .field("original", .bool, .required)
            .field("kind", .string, .required)
            .field("uploaded_at", .string, .required)
            .field("uploaded_by", .string, .required)
            .create()
        try await db.schema("dossier_counters")
            .field("unit_code", .string, .required)
            .field("day", .string, .required)
            .field("last", .int, .required)
            .unique(on: "unit_code", "day")
            .create()
        try await db.schema("outbox")
            .field("id", .string, .identifier(auto: false))
            .field("dossier_code", .string, .required)
            .field("event", .string, .required)
            .field("channel", .string, .required)
            .field("recipient", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("created_at", .string, .required)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .double, .required)
            .field("delivered_at", .string)
            .field("last_error", .string)
            .create()
        try await db.schema("deadline_warnings")
            .field("id", .int, .identifier(auto: true))
            .field("dossier_code", .string, .required)
            .field("kind", .string, .required)
            .field("due_at", .string, .required)
            .field("recipient", .string, .required)
            .field("created_at", .string, .required)
            .field("seen_at", .string)
            .unique(on: "dossier_code", "kind", "due_at", "recipient")
            .create()
        for (index, table, columns) in [
            ("dossiers_by_unit", "dossiers", ["receiving_unit", "state"]),
            ("dossiers_by_competent", "dossiers", ["competent_unit", "state"]),
            ("dossiers_by_due", "dossiers", ["due_at"]),
            ("documents_by_dossier", "dossier_documents", ["dossier_code"]),
            ("outbox_pending", "outbox", ["status", "next_attempt_at"]),
            ("outbox_by_dossier", "outbox", ["dossier_code"]),
        ] {
            var builder = db.sql.create(index: index).on(table)
            for c in columns { builder = builder.column(c) }
            try await builder.run()
        }
    }

    func revert(on db: any Database) async throws {
        for table in ["deadline_warnings", "outbox", "dossier_counters", "dossier_documents", "dossier_events", "dossiers"] {
            try await db.schema(table).delete()
        }
    }
}
