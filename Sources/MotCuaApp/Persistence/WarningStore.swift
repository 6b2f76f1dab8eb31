import Fluent
import Foundation
import MotCuaCore
import SQLKit

/// The `deadline_warnings` table: near-due and overdue warnings, once per dossier, kind, due time and person.
struct WarningStore {
    let db: any Database

    /// Records a warning unless the person already has it; true when it was new.
    func raise(_ warning: DeadlineWarning, recipient: String) async throws -> Bool {
        let inserted = try await db.sql.raw("""
            INSERT INTO deadline_warnings (dossier_code, kind, due_at, recipient, created_at)
            VALUES (\(bind: warning.dossierCode), \(bind: warning.urgency.rawValue), \(bind: warning.due.description), \
            \(bind: recipient), \(bind: warning.raisedAt.description))
            ON CONFLICT (dossier_code, kind, due_at, recipient) DO NOTHING RETURNING id
            """).all()
        return !inserted.isEmpty
    }

    /// A person's warnings, soonest due first (at most 500).
    func warnings(recipient: String) async throws -> [DeadlineWarning] {
        try await db.sql.select().columns("dossier_code", "kind", "due_at", "created_at").from("deadline_warnings")
            .where("recipient", .equal, SQLBind(recipient)).orderBy("due_at").limit(500).all().compactMap { row in
                guard let urgency = DossierClock.Urgency(rawValue: try row.decode(column: "kind", as: String.self)),
                      let due = LocalDateTime.parse(try row.decode(column: "due_at", as: String.self)),
                      let raised = LocalDateTime.parse(try row.decode(column: "created_at", as: String.self)) else { return nil }
                return DeadlineWarning(dossierCode: try row.decode(column: "dossier_code", as: String.self), urgency: urgency, due: due,
                                       raisedAt: raised)
            }
    }
}
