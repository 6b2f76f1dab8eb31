import Foundation
import MotCuaCore

/// A message to an applicant (a text or an e-mail), written in the transaction of the change it announces and
/// delivered later by the outbox worker.
struct OutboxMessage: Sendable {
    enum Status: String, Sendable {
        case pending, sending, delivered, failed
    }

    var id: String
    var dossierCode: String
    var event: String
    var channel: String
    var recipient: String
    var subject: String
    var body: String
    var createdAt: LocalDateTime
    var status: Status
    var attempts: Int
    /// Seconds since 1970: when it may be tried (again); a claim's time while it is being sent.
    var nextAttemptAt: Double
    var deliveredAt: LocalDateTime?
    var lastError: String?
}
