import Crypto
import Fluent
import Foundation
import MotCuaCore
import Vapor

/// What an action on a dossier accepts.
struct ActionInput: Content {
    var reason: String?
    var assignee: String?
    var targetUnit: String?
    var newAppointment: String?
    var processingTime: String?
    /// For the applicant's own actions (supplement, withdraw) without an account: the dossier's phone.
    var phone: String?
    var version: Int?
    /// With `confirmPayment`: what was paid, how (`online`, `counter`, `bank_transfer`) and the gateway's or receipt's reference.
    var amount: Int?
    var paymentMethod: String?
    var paymentReference: String?
}
