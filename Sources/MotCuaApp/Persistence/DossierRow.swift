import Fluent
import Foundation
import MotCuaCore
import SQLKit
import Vapor

/// One row of `dossiers`.
struct DossierRow: Codable, Sendable {
    var code: String
    var procedureCode: String
    var procedureName: String
    var procedureField: String
    var procedureTime: String
    var referenceVersion: Int
    var feeDue: Int?
    var feeText: String
    var feePaid: Bool
    var receivingUnit: String
    var competentUnit: String
    var provinceCode: String
    var transferTo: String?
    /// Every unit the dossier involves, space-separated with spaces around (` 00004 00008 01 `), for inbox queries.
    var participants: String
    var channel: String
    var applicantName: String
    var applicantId: String
    var applicantPhone: String
    var applicantEmail: String?
    var applicantCommune: String?
    var applicantAccount: String?
    var state: String
    var statusCode: Int
    var resumeState: String?
    var assignee: String?
    var assigneeName: String?
    var clock: String
    var appointment: String?
    var dueAt: String?
    var parts: String?
    var outcome: String?
    var submittedAt: String
    var updatedAt: String
    var version: Int
    var idempotencyKey: String?
    /// SHA-256 of the submission an idempotency key was first used with (a reuse with another request is refused).
    var requestHash: String? = nil

    /// Whether the caller is the applicant: the citizen account that submitted it, or someone who knows its phone number.
    func isApplicant(_ principal: Principal?, phone: String?) -> Bool {
        if let principal, principal.kind == .citizen, principal.id == applicantAccount { return true }
        return phone.flatMap(PhoneNumber.normalise) == applicantPhone
    }

    var dossierState: DossierState { DossierState(rawValue: state) ?? .submitted }

    var clockValue: DossierClock {
        (try? JSONDecoder().decode(DossierClock.self, from: Data(clock.utf8))) ?? DossierClock()
    }

    var partsValue: [PartState] {
        guard let parts else { return [] }
        return (try? JSONDecoder().decode([PartState].self, from: Data(parts.utf8))) ?? []
    }

    var scope: DossierScope {
        var others = partsValue.map(\.unitCode)
        if let transferTo { others.append(transferTo) }
        return DossierScope(receivingUnit: receivingUnit, competentUnit: competentUnit, provinceCode: provinceCode,
                            field: procedureField, otherUnits: others)
    }

    mutating func setClock(_ c: DossierClock) {
        clock = Self.json(c)
        appointment = c.appointment?.description
        dueAt = c.effectiveDue?.description
        outcome = c.outcome?.rawValue
    }

    mutating func setParts(_ p: [PartState]) {
        parts = p.isEmpty ? nil : Self.json(p)
        updateParticipants()
    }

    mutating func updateParticipants() {
        var units = [receivingUnit, competentUnit] + partsValue.map(\.unitCode)
        if let transferTo { units.append(transferTo) }
        var seen = Set<String>()
        participants = " " + units.filter { seen.insert($0).inserted }.joined(separator: " ") + " "
    }

    static func json<T: Encodable>(_ value: T) -> String {
        String(decoding: (try? JSONEncoder().encode(value)) ?? Data("null".utf8), as: UTF8.self)
    }

    /// The columns, named as stored (decoding them needs no key conversion, which costs more than the query).
    enum CodingKeys: String, CodingKey {
        case code
        case procedureCode = "procedure_code"
        case procedureName = "procedure_name"
        case procedureField = "procedure_field"
        case procedureTime = "procedure_time"
        case referenceVersion = "reference_version"
        case feeDue = "fee_due"
        case feeText = "fee_text"
        case feePaid = "fee_paid"
        case receivingUnit = "receiving_unit"
        case competentUnit = "competent_unit"
        case provinceCode = "province_code"
        case transferTo = "transfer_to"
        case participants
        case channel
        case applicantName = "applicant_name"
        case applicantId = "applicant_id"
        case applicantPhone = "applicant_phone"
        case applicantEmail = "applicant_email"
        case applicantCommune = "applicant_commune"
        case applicantAccount = "applicant_account"
        case state
        case statusCode = "status_code"
        case resumeState = "resume_state"
        case assignee
        case assigneeName = "assignee_name"
        case clock
        case appointment
        case dueAt = "due_at"
        case parts
        case outcome
        case submittedAt = "submitted_at"
        case updatedAt = "updated_at"
        case version
        case idempotencyKey = "idempotency_key"
        case requestHash = "request_hash"
    }
}
