import Fluent
import Foundation
import MotCuaCore
import SQLKit

extension DossierStore {
    /// Writes a day's generated dossiers (`motcua generate-dossiers`): numbered after the day's counters, with their
    /// control sheets, documents, ratings, index entries and the running totals, a statement per table and chunk.
    func writeGenerated(_ batch: [DossierGenerator.Generated]) async throws {
        guard !batch.isEmpty else { return }
        func dayKey(_ day: LocalDate) -> String { String(String(day.year).suffix(2)) + String(format: "%02d%02d", day.month, day.day) }
        let days = Set(batch.map { dayKey($0.day) })
        var last: [String: Int] = [:]
        for r in try await sql.select().columns("unit_code", "day", "last").from("dossier_counters").where("day", .in, SQLBind.group(days.sorted())).all() {
            last[try r.decode(column: "unit_code", as: String.self) + "|" + r.decode(column: "day", as: String.self)] = try r.decode(column: "last", as: Int.self)
        }
        var dossiers: [DossierRecord] = [], events: [EventRecord] = [], documents: [DocumentRecord] = [], entries: [(String, IndexEntry)] = []
        var ratings: [(String, ServiceRating, LocalDateTime)] = []
        for var g in batch {
            let key = g.row.receivingUnit + "|" + dayKey(g.day)
            let seq = (last[key] ?? 0) + 1
            last[key] = seq
            let code = DossierCode.make(unit: g.row.receivingUnit, date: g.day, sequence: seq)
            g.row.code = code
            dossiers.append(DossierRecord(g.row))
            for var e in g.events { e.dossierCode = code; events.append(EventRecord(e)) }
            if var d = g.document { d.dossierCode = code; documents.append(DocumentRecord(d)) }
            if let rating = g.rating, let at = g.ratedAt { ratings.append((code, rating, at)) }
            entries.append((code, g.entry))
        }
        for chunk in dossiers.chunked(400) { try await sql.insert(into: "dossiers").models(Array(chunk), nilEncodingStrategy: .asNil).run() }
        for chunk in events.chunked(1500) { try await sql.insert(into: "dossier_events").models(Array(chunk), nilEncodingStrategy: .asNil).run() }
        for chunk in documents.chunked(1500) { try await sql.insert(into: "dossier_documents").models(Array(chunk), nilEncodingStrategy: .asNil).run() }
        for chunk in ratings.chunked(2000) {
            var insert = sql.insert(into: "dossier_feedback").columns("dossier_code", "account_id", "rating", "comment", "created_at")
            for (code, rating, at) in chunk {
                insert = insert.values(SQLBind(code), SQLLiteral.null, SQLBind(rating.rawValue),
                                       rating == .dissatisfied ? SQLBind("Chờ lâu (dữ liệu mẫu)") : SQLBind(nil as String?), SQLBind(at.description))
            }
            try await insert.run()
        }
        for chunk in last.sorted(by: { $0.key < $1.key }).chunked(2000) {
            var insert = sql.insert(into: "dossier_counters").columns("unit_code", "day", "last")
            for (key, n) in chunk {
                let parts = key.split(separator: "|")
                insert = insert.values(SQLBind(String(parts[0])), SQLBind(String(parts[1])), SQLBind(n))
            }
            try await insert.onConflict(with: ["unit_code", "day"]) { $0.set(excludedValueOf: "last") }.run()
        }
        try await IndexTotalsStore(db).add(entries)
    }
}
