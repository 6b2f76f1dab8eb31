import Fluent
import Foundation
import MotCuaCore
import SQLKit
import Vapor

/// One row of `outbox`.
struct OutboxRow: Codable, Sendable {
    var id: String
    var dossierCode: String
    var event: String
    var channel: String
    var recipient: String
    var subject: String
    var body: String
    var createdAt: String
    var status: String
    var attempts: Int
    var nextAttemptAt: Double
    var deliveredAt: String?
    var lastError: String?

    /// The columns, named as stored (decoding them needs no key conversion, which costs more than the query).
    enum CodingKeys: String, CodingKey {
        case id
        case dossierCode = "dossier_code"
        case event
        case channel
        case recipient
        case subject
        case body
        case createdAt = "created_at"
        case status
        case attempts
        case nextAttemptAt = "next_attempt_at"
        case deliveredAt = "delivered_at"
        case lastError = "last_error"
    }
}
