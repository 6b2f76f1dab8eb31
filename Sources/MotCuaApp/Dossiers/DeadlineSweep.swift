import Fluent
import Foundation
import MotCuaCore
import Vapor

/// Records near-due (≤ 1 working day left) and overdue warnings for the officer holding each open dossier and
/// the leaders of its competent unit. Idempotent: a warning is written once per dossier, kind, due time and person.
enum DeadlineSweep {
    struct Result: Sendable {
        var checked = 0
        var nearDue = 0
        var overdue = 0
        var warningsWritten = 0
        /// Assistant conversations past their retention period, deleted by the same sweep.
        var conversationsDeleted = 0
        /// Daily digests to units' leaders written to the outbox (once a day, from 07:00).
        var digests = 0
    }

    static func run(app: Application, snapshot: ReferenceSnapshot, now: Date) async throws -> Result {
        let local = LocalDateTime(now)
        let open = DossierState.allCases.filter { !$0.hasEnded && !$0.pausesClock && $0 != .submitted }
        // Only dossiers due within the next few weeks can be near due; the rest need no look.
        let horizon = LocalDateTime(date: local.date.adding(days: 14), secondOfDay: 86399)
        var result = Result()
        var offset = 0
        while true {
            let rows = try await DossierStore(app.db).due(states: open, by: horizon, limit: 1000, offset: offset)
            for row in rows {
                result.checked += 1
                let (urgency, _) = row.clock.urgency(at: local, calendar: snapshot.calendar)
                guard urgency == .nearDue || urgency == .overdue, let due = row.dueAt else { continue }
                if urgency == .nearDue { result.nearDue += 1 } else { result.overdue += 1 }
                var recipients = try await IdentityStore(db: app.db).accounts(withRole: [.leader, .divisionHead], unit: row.competentUnit)
                if let a = row.assignee { recipients.append(a) }
                for r in Set(recipients) {
                    let warning = DeadlineWarning(dossierCode: row.code, urgency: urgency, due: due, raisedAt: local)
                    if try await WarningStore(db: app.db).raise(warning, recipient: r) { result.warningsWritten += 1 }
                }
            }
            if rows.count < 1000 { break }
            offset += 1000
        }
        result.digests = try await EarlyWarnings(context: ServiceContext(app: app, db: app.db, snapshot: snapshot, now: now)).sendDigests()
        result.conversationsDeleted = try await AssistantService.deleteOld(db: app.db, now: now, retentionDays: app.motcuaConfig.assistantRetentionDays)
        try await app.writeTransaction { db in
            try await GuessBudget.prune(db, now: now)
            try await LoginFailures.prune(db, now: now)
        }
        return result
    }
}
