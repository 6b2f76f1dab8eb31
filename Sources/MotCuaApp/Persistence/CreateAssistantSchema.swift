import Fluent
import SQLKit

/// The assistant's conversations (what a follow-up refers to) and their turns (questions with personal data
/// masked, the decision, the cited codes). Deleted by the sweep after `MOTCUA_ASSISTANT_RETENTION_DAYS`.
struct CreateAssistantSchema: AsyncMigration {
    var name: String { "004_assistant_schema" }

    func prepare(on db: any Database) async throws {
        try await db.schema("assistant_conversations")
            .field("id", .string, .identifier(auto: false))
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .field("commune_code", .string)
            .field("officer", .bool, .required)
            .field("state", .string, .required)
            .field("turns", .int, .required)
            .create()
        try await db.schema("assistant_turns")
            .field("id", .int, .identifier(auto: true))
            .field("conversation_id", .string, .required)
            .field("at", .string, .required)
            .field("question", .string, .required)
            .field("decision", .string, .required)
            .field("codes", .string, .required)
            .field("answer", .string, .required)
            .field("phrased_by", .string, .required)
            .create()
        let sql = db.sql
        try await sql.create(index: "assistant_turns_conversation").on("assistant_turns").column("conversation_id").run()
        try await sql.create(index: "assistant_conversations_updated").on("assistant_conversations").column("updated_at").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("assistant_turns").delete()
        try await db.schema("assistant_conversations").delete()
    }
}
