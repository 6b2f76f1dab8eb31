import Fluent
import Foundation
import MotCuaCore
import Vapor

struct SubmissionResultDTO: Content {
    var code: String
    var state: String
    var statusCode: Int
    var appointment: String?
    /// True when the dossier is not yet checked: the appointment is what it would be if received complete now.
    var appointmentProvisional: Bool
    var lookupUrl: String
}
