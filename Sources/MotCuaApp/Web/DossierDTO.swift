import Fluent
import Foundation
import MotCuaCore
import Vapor

struct DossierDTO: Content {
    var code: String
    var procedureCode: String
    var procedureName: String
    var state: String
    var statusCode: Int
    var statusText: String
    var channel: String
    var receivingUnit: UnitRefDTO
    var competentUnit: UnitRefDTO
    var transferTo: UnitRefDTO?
    var submittedAt: String
    var appointment: String?
    var appointmentProvisional: Bool
    var dueAt: String?
    var apologyAppointment: String?
    var urgency: String?
    var workingSecondsLeft: Int?
    var supplementRequests: Int
    var outcome: String?
    var feeDue: Int?
    var feeText: String
    var feePaid: Bool
    var parts: [PartDTO]?
    var history: [HistoryDTO]
    /// The applicant's rating, once the dossier has ended and they gave one.
    var feedback: FeedbackDTO?
    // Staff only:
    var version: Int?
    var applicant: ApplicantDTO?
    var assignee: String?
    var assigneeName: String?
    var availableActions: [String]?
    var documents: [DocumentDTO]?
    var notifications: [NotificationDTO]?
    /// The e-form's values as submitted, by field key, and the version of the definition they were checked against.
    var form: [String: DeclarationValue]?
    var formVersion: Int?
    /// The declaration's document slots: what each needs and the documents in it.
    var slots: [SlotDTO]?
}
