import Foundation
import MotCuaCore
import Vapor

/// What a submission draft holds: any part of a submission, kept until the citizen sends it.
struct DraftContent: Content {
    struct Applicant: Content {
        var fullName: String?
        var idNumber: String?
        var phone: String?
        var email: String?
        var communeCode: String?
    }
    var procedureCode: String?
    var unitCode: String?
    var competentUnitCode: String?
    var channel: String?
    var applicant: Applicant?
    var processingTime: String?
    /// The e-form's values so far, by field key.
    var form: [String: DeclarationValue]?
    /// Documents attached slot by slot on the pages (kept in the document store). Only the pages' uploads set them:
    /// what the API sends here is ignored.
    var attachments: [DraftAttachment]?
    /// The last step of the pages reached (`noi-nop`, `to-khai`, `giay-to`, `xem-lai`), to resume there.
    var step: String?

    /// The submission, or the names of the fields still missing.
    func submission() -> (input: SubmissionInput?, missing: [String]) {
        var missing: [String] = []
        func need(_ value: String?, _ name: String) -> String {
            guard let v = value?.trimmingCharacters(in: .whitespacesAndNewlines), !v.isEmpty else { missing.append(name); return "" }
            return v
        }
        let procedure = need(procedureCode, "procedureCode")
        let unit = need(unitCode, "unitCode")
        let name = need(applicant?.fullName, "applicant.fullName")
        let id = need(applicant?.idNumber, "applicant.idNumber")
        let phone = need(applicant?.phone, "applicant.phone")
        guard missing.isEmpty else { return (nil, missing) }
        return (SubmissionInput(
            procedureCode: procedure, unitCode: unit, competentUnitCode: competentUnitCode, channel: channel,
            applicant: .init(fullName: name, idNumber: id, phone: phone, email: applicant?.email, communeCode: applicant?.communeCode),
            documents: nil, processingTime: processingTime, form: form), [])
    }
}
