import Foundation
import MotCuaCore

/// A dossier (hồ sơ) as the services see it: the procedure it was submitted under (as the catalogue stood then), the
/// units, the applicant, where it stands in the lifecycle, and its clock — in core types. ``DossierStore`` reads and
/// writes it; how it is laid out in the database stays there.
struct Dossier: Sendable {
    var code: String
    var procedureCode: String
    var procedureName: String
    var procedureField: String
    /// The processing time as the catalogue states it (``ProcessingTime/parse(_:)`` reads it).
    var procedureTime: String
    var referenceVersion: Int
    var feeDue: Int?
    var feeText: String
    var feePaid: Bool
    var receivingUnit: String
    var competentUnit: String
    var provinceCode: String
    var transferTo: String?
    var channel: String
    var applicantName: String
    var applicantId: String
    var applicantPhone: String
    var applicantEmail: String?
    var applicantCommune: String?
    var applicantAccount: String?
    var state: DossierState
    /// The national status code (1–10) of `state`.
    var statusCode: Int
    /// The state a paused dossier returns to.
    var resumeState: DossierState?
    var assignee: String?
    var assigneeName: String?
    var clock: DossierClock
    /// Interconnected dossiers: each agency's part.
    var parts: [PartState]
    var submittedAt: LocalDateTime
    var updatedAt: LocalDateTime
    /// Optimistic concurrency: the version read, checked when written back.
    var version: Int
    var idempotencyKey: String?
    /// SHA-256 of the submission an idempotency key was first used with (a reuse with another request is refused).
    var requestHash: String? = nil

    /// The appointment for the result (set when received).
    var appointment: LocalDateTime? { clock.appointment }
    /// The deadline in force: the apology's new appointment, else the due time.
    var dueAt: LocalDateTime? { clock.effectiveDue }
    var outcome: DossierClock.Outcome? { clock.outcome }

    /// Whether the caller is the applicant: the citizen account that submitted it, or someone who knows its phone number.
    func isApplicant(_ principal: Principal?, phone: String?) -> Bool {
        if let principal, principal.kind == .citizen, principal.id == applicantAccount { return true }
        return phone.flatMap(PhoneNumber.normalise) == applicantPhone
    }

    /// What access rules decide on.
    var scope: DossierScope {
        var others = parts.map(\.unitCode)
        if let transferTo { others.append(transferTo) }
        return DossierScope(receivingUnit: receivingUnit, competentUnit: competentUnit, provinceCode: provinceCode,
                            field: procedureField, otherUnits: others)
    }

    /// Every unit the dossier involves, each once, in order: receiving, competent, the parts', the transfer's.
    var units: [String] {
        var all = [receivingUnit, competentUnit] + parts.map(\.unitCode)
        if let transferTo { all.append(transferTo) }
        var seen = Set<String>()
        return all.filter { seen.insert($0).inserted }
    }
}
