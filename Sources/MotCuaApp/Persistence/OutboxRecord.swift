import Fluent
import Foundation
import MotCuaCore
import SQLKit
import Vapor

/// One row of `outbox`, as stored (``OutboxMessage`` is what the rest of MotCua sees).
struct OutboxRecord: Codable, Sendable {
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

extension OutboxRecord {
    init(_ m: OutboxMessage) {
        self.init(id: m.id, dossierCode: m.dossierCode, event: m.event, channel: m.channel, recipient: m.recipient, subject: m.subject,
                  body: m.body, createdAt: m.createdAt.description, status: m.status.rawValue, attempts: m.attempts,
                  nextAttemptAt: m.nextAttemptAt, deliveredAt: m.deliveredAt?.description, lastError: m.lastError)
    }

    func message() throws -> OutboxMessage {
        guard let status = OutboxMessage.Status(rawValue: status) else { throw StoredValue.Corrupt(column: "outbox.status", value: status) }
        return OutboxMessage(id: id, dossierCode: dossierCode, event: event, channel: channel, recipient: recipient, subject: subject,
                             body: body, createdAt: try StoredValue.dateTime(createdAt, "outbox.created_at"), status: status,
                             attempts: attempts, nextAttemptAt: nextAttemptAt,
                             deliveredAt: try deliveredAt.map { try StoredValue.dateTime($0, "outbox.delivered_at") }, lastError: lastError)
    }
}
