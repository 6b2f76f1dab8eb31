import Fluent
import Foundation
import MotCuaCore
import SQLKit
import Vapor

/// One row of `dossiers`, as stored (``Dossier`` is what the rest of MotCua sees).
struct DossierRecord: Codable, Sendable {
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

extension DossierRecord {
    /// How a dossier is stored: the clock and the parts as JSON, with the columns that queries filter on (appointment,
    /// due time, outcome, the units involved) written out beside them.
    init(_ d: Dossier) {
        self.init(code: d.code, procedureCode: d.procedureCode, procedureName: d.procedureName, procedureField: d.procedureField,
                  procedureTime: d.procedureTime, referenceVersion: d.referenceVersion, feeDue: d.feeDue, feeText: d.feeText,
                  feePaid: d.feePaid, receivingUnit: d.receivingUnit, competentUnit: d.competentUnit, provinceCode: d.provinceCode,
                  transferTo: d.transferTo, participants: " " + d.units.joined(separator: " ") + " ", channel: d.channel,
                  applicantName: d.applicantName, applicantId: d.applicantId, applicantPhone: d.applicantPhone,
                  applicantEmail: d.applicantEmail, applicantCommune: d.applicantCommune, applicantAccount: d.applicantAccount,
                  state: d.state.rawValue, statusCode: d.statusCode, resumeState: d.resumeState?.rawValue, assignee: d.assignee,
                  assigneeName: d.assigneeName, clock: Self.json(d.clock), appointment: d.appointment?.description,
                  dueAt: d.dueAt?.description, parts: d.parts.isEmpty ? nil : Self.json(d.parts), outcome: d.outcome?.rawValue,
                  submittedAt: d.submittedAt.description, updatedAt: d.updatedAt.description, version: d.version,
                  idempotencyKey: d.idempotencyKey, requestHash: d.requestHash)
    }

    /// The dossier this row stores; a value that does not read back is corrupt data, named by its column.
    func dossier() throws -> Dossier {
        guard let state = DossierState(rawValue: state) else { throw StoredValue.Corrupt(column: "dossiers.state", value: state) }
        let resume = try resumeState.map { text in
            guard let s = DossierState(rawValue: text) else { throw StoredValue.Corrupt(column: "dossiers.resume_state", value: text) }
            return s
        }
        let clock: DossierClock
        do { clock = try JSONDecoder().decode(DossierClock.self, from: Data(self.clock.utf8)) } catch {
            throw StoredValue.Corrupt(column: "dossiers.clock", value: self.clock)
        }
        var parts: [PartState] = []
        if let text = self.parts {
            do { parts = try JSONDecoder().decode([PartState].self, from: Data(text.utf8)) } catch {
                throw StoredValue.Corrupt(column: "dossiers.parts", value: text)
            }
        }
        return Dossier(code: code, procedureCode: procedureCode, procedureName: procedureName, procedureField: procedureField,
                       procedureTime: procedureTime, referenceVersion: referenceVersion, feeDue: feeDue, feeText: feeText, feePaid: feePaid,
                       receivingUnit: receivingUnit, competentUnit: competentUnit, provinceCode: provinceCode, transferTo: transferTo,
                       channel: channel, applicantName: applicantName, applicantId: applicantId, applicantPhone: applicantPhone,
                       applicantEmail: applicantEmail, applicantCommune: applicantCommune, applicantAccount: applicantAccount,
                       state: state, statusCode: statusCode, resumeState: resume, assignee: assignee, assigneeName: assigneeName,
                       clock: clock, parts: parts, submittedAt: try StoredValue.dateTime(submittedAt, "dossiers.submitted_at"),
                       updatedAt: try StoredValue.dateTime(updatedAt, "dossiers.updated_at"), version: version,
                       idempotencyKey: idempotencyKey, requestHash: requestHash)
    }
}
