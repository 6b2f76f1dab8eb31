import Crypto
import Fluent
import Foundation
import MotCuaCore
import Vapor

/// What `POST /api/v1/dossiers` accepts.
struct SubmissionInput: Content {
    struct Applicant: Content {
        var fullName: String
        var idNumber: String
        var phone: String
        var email: String?
        var communeCode: String?
    }
    var procedureCode: String
    var unitCode: String
    /// The unit with authority, when the applicant or officer knows it (else derived from the procedure's level).
    var competentUnitCode: String?
    var channel: String?
    var applicant: Applicant
    /// Documents attached to the same request, base64-encoded.
    var documents: [DocumentInput]?
    /// For procedures whose catalogue entry has no usable time: the officer states it (`5 working-days`).
    var processingTime: String?
    /// The e-form's values by field key (`GET /api/v1/procedures/{code}/form`): text, a group's object, a list's array.
    var form: [String: DeclarationValue]?
    /// At the counter: the officer's check of the document slots.
    var counter: CounterCheckInput?

    struct CounterCheckInput: Content {
        /// Slots whose paper document the officer has seen.
        var presented: [String]?
        /// Required slots not needed in this case, each with the reason.
        var waived: [String: String]?
        /// Record the dossier and ask at once for the required slots still missing (else they are an error).
        var requestSupplement: Bool?
    }
}
