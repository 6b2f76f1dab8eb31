import Fluent
import Foundation
import MotCuaCore
import SQLKit
import Vapor

extension DossierStore {
    /// Takes `count` consecutive numbers of a unit's day in one statement; returns the last.
    func reserveSequences(unit: String, day: String, count: Int) async throws -> Int {
        let row = try await sql.raw("""
            INSERT INTO dossier_counters (unit_code, day, last) VALUES (\(bind: unit), \(bind: day), \(bind: count))
            ON CONFLICT (unit_code, day) DO UPDATE SET last = dossier_counters.last + \(bind: count) RETURNING last
            """).first()
        guard let row else { throw Abort(.internalServerError, reason: "counter did not return") }
        return try row.decode(column: "last", as: Int.self)
    }

    /// Writes new dossiers with their control sheets, declarations, documents, messages and audit entries: a statement per table.
    func write(_ records: [NewDossier.Records]) async throws {
        guard !records.isEmpty else { return }
        for r in records { DossierWrites.create(r.row.code) }
        try await sql.insert(into: "dossiers").models(records.map { DossierRecord($0.row) }, nilEncodingStrategy: .asNil).run()
        let events = records.flatMap(\.events)
        if !events.isEmpty { try await sql.insert(into: "dossier_events").models(events.map(EventRecord.init), nilEncodingStrategy: .asNil).run() }
        let documents = records.flatMap(\.documents)
        if !documents.isEmpty { try await sql.insert(into: "dossier_documents").models(documents.map(DocumentRecord.init), nilEncodingStrategy: .asNil).run() }
        try await IndexTotalsStore(db).added(records.map { ($0.row, documents: !$0.documents.isEmpty) })
        try await DeclarationStore(db).write(records.compactMap { r in r.declaration.map { (r.row.code, $0) } })
        let messages = records.flatMap(\.outbox)
        if !messages.isEmpty { try await insert(messages) }
        // Last: on PostgreSQL the chain's head stays locked only for the end of the transaction.
        try await AuditChain.append(db, records.flatMap(\.audit))
    }
}
