import Foundation
import MotCuaCore
import Vapor

struct PaymentDTO: Content {
    var dossierCode: String
    var procedureName: String
    var feeDue: Int?
    var feeText: String
    var paid: Bool
    /// The dossier waits for this payment (its clock is paused).
    var awaitingPayment: Bool
    var paidAt: String?
    var amount: Int?
    var method: String?
    var reference: String?
}
