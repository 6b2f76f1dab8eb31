import Fluent
import Foundation
import MotCuaCore
import SQLKit

/// The assistant's conversations and their turns (questions and answers with personal data masked).
struct ConversationStore {
    let db: any Database

    struct Conversation: Sendable {
        var id: String
        var updatedAt: LocalDateTime?
        var communeCode: String?
        var officer: Bool
        var state: ConversationState
        var turns: Int
    }

    /// One question and its answer.
    struct Turn: Codable, Sendable {
        var at: String
        var question: String
        var decision: String
        var codes: String
        var answer: String
    }

    private struct Row: Codable {
        var id: String
        var updated_at: String
        var commune_code: String?
        var officer: Bool
        var state: String
        var turns: Int
    }

    func conversation(id: String) async throws -> Conversation? {
        guard let row = try await db.sql.select().columns("id", "updated_at", "commune_code", "officer", "state", "turns")
            .from("assistant_conversations").where("id", .equal, SQLBind(id)).first(decoding: Row.self) else { return nil }
        return Conversation(id: row.id, updatedAt: LocalDateTime.parse(row.updated_at), communeCode: row.commune_code, officer: row.officer,
                            state: (try? JSONDecoder().decode(ConversationState.self, from: Data(row.state.utf8))) ?? ConversationState(),
                            turns: row.turns)
    }

    /// Writes the conversation (new, or as it now stands) and appends its latest turn.
    func save(_ c: Conversation, isNew: Bool, turn: Turn, phrasedBy: String) async throws {
        let sql = db.sql
        let stamp = (c.updatedAt ?? LocalDateTime(Date())).description
        let state = String(decoding: try JSONEncoder().encode(c.state), as: UTF8.self)
        if isNew {
            try await sql.insert(into: "assistant_conversations")
                .columns("id", "created_at", "updated_at", "commune_code", "officer", "state", "turns")
                .values(SQLBind(c.id), SQLBind(stamp), SQLBind(stamp), SQLBind(c.communeCode), SQLBind(c.officer), SQLBind(state), SQLBind(c.turns))
                .run()
        } else {
            try await sql.update("assistant_conversations")
                .set("updated_at", to: SQLBind(stamp)).set("commune_code", to: SQLBind(c.communeCode))
                .set("officer", to: SQLBind(c.officer)).set("state", to: SQLBind(state)).set("turns", to: SQLBind(c.turns))
                .where("id", .equal, SQLBind(c.id)).run()
        }
        try await sql.insert(into: "assistant_turns")
            .columns("conversation_id", "at", "question", "decision", "codes", "answer", "phrased_by")
            .values(SQLBind(c.id), SQLBind(turn.at), SQLBind(turn.question), SQLBind(turn.decision), SQLBind(turn.codes),
                    SQLBind(turn.answer), SQLBind(phrasedBy))
            .run()
    }

    /// The latest `limit` turns of a conversation, oldest first.
    func turns(of id: String, limit: Int) async throws -> [Turn] {
        try await db.sql.select().columns("at", "question", "decision", "codes", "answer")
            .from("assistant_turns").where("conversation_id", .equal, SQLBind(id))
            .orderBy("id", .descending).limit(limit)
            .all(decoding: Turn.self).reversed()
    }

    /// Conversations not touched since `cutoff`.
    func idle(since cutoff: LocalDateTime) async throws -> [String] {
        try await db.sql.select().column("id").from("assistant_conversations").where("updated_at", .lessThan, SQLBind(cutoff.description))
            .all().map { try $0.decode(column: "id", as: String.self) }
    }

    /// Deletes conversations with their turns.
    func delete(_ ids: [String]) async throws {
        let sql = db.sql
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
            try await sql.delete(from: "assistant_turns").where("conversation_id", .in, SQLBind.group(chunk)).run()
            try await sql.delete(from: "assistant_conversations").where("id", .in, SQLBind.group(chunk)).run()
        }
    }
}
