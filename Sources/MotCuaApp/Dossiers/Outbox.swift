import Fluent
import Foundation
import MotCuaCore
import Vapor

/// Citizen messages are written to the outbox in the transaction of the change they announce; a worker delivers
/// them — e-mail by SMTP, texts (and e-mail when no SMTP server is set) to the notification gateway's webhook for
/// SMS/Zalo — retrying with backoff. Each message has a stable id, sent as `Idempotency-Key` to the gateway and as
/// the e-mail's `Message-ID`, so a retry after a lost reply can be recognised as the same message.
enum Outbox {
    enum Event: String, Sendable {
        case submitted, received, supplementRequested, paymentRequested, apology, resultReady, refused, stopped, withdrawn, returned

        func text(_ row: Dossier, reason: String?, publicURL: String) -> (subject: String, body: String) {
            let head = "Hồ sơ \(row.code) (\(row.procedureName.prefix(80)))"
            let link = "Tra cứu: \(publicURL)/tra-cuu?ma=\(row.code)"
            let appointment = row.appointment?.slipText ?? ""
            let due = row.dueAt?.slipText ?? ""
            switch self {
            case .submitted: return ("Đã nhận hồ sơ trực tuyến", "\(head) đã được gửi, đang chờ cán bộ kiểm tra. \(link)")
            case .received: return ("Tiếp nhận hồ sơ", "\(head) đã được tiếp nhận. Hẹn trả kết quả: \(appointment). \(link)")
            case .supplementRequested: return ("Yêu cầu bổ sung hồ sơ", "\(head) cần bổ sung: \(reason ?? ""). \(link)")
            case .paymentRequested: return ("Thực hiện nghĩa vụ tài chính", "\(head): vui lòng nộp phí, lệ phí (\(row.feeText)). \(link)")
            case .apology: return ("Thư xin lỗi và hẹn lại ngày trả kết quả", "\(head) chưa kịp giải quyết đúng hẹn. Lý do: \(reason ?? ""). Xin lỗi ông/bà; ngày hẹn mới: \(due). \(link)")
            case .resultReady: return ("Đã có kết quả", "\(head) đã có kết quả. \(link)")
            case .refused: return ("Từ chối tiếp nhận hồ sơ", "\(head) không được tiếp nhận. Lý do: \(reason ?? ""). \(link)")
            case .stopped: return ("Dừng xử lý hồ sơ", "\(head) bị dừng xử lý. Lý do: \(reason ?? ""). \(link)")
            case .withdrawn: return ("Đã rút hồ sơ", "\(head) đã được rút theo yêu cầu.")
            case .returned: return ("Đã trả kết quả", "\(head) đã trả kết quả. Mời ông/bà đánh giá mức độ hài lòng: \(link)")
            }
        }
    }

    static func enqueue(_ store: DossierStore, row: Dossier, event: Event, at: LocalDateTime, publicURL: String, reason: String? = nil) async throws {
        try await store.insert(messages(row: row, event: event, at: at, publicURL: publicURL, reason: reason))
    }

    /// The messages announcing `event`: a text to the applicant's phone, and an e-mail when they gave an address.
    static func messages(row: Dossier, event: Event, at: LocalDateTime, publicURL: String, reason: String? = nil) -> [OutboxMessage] {
        let (subject, body) = event.text(row, reason: reason, publicURL: publicURL)
        var recipients = [("sms", row.applicantPhone)]
        if let email = row.applicantEmail { recipients.append(("email", email)) }
        return recipients.map { channel, to in
            OutboxMessage(id: UUID().uuidString.lowercased(), dossierCode: row.code, event: event.rawValue, channel: channel,
                      recipient: to, subject: subject, body: body, createdAt: at, status: .pending,
                      attempts: 0, nextAttemptAt: at.instant.timeIntervalSince1970, deliveredAt: nil, lastError: nil)
        }
    }

    static let maxAttempts = 10

    /// Seconds to wait after the n-th failed attempt: 30 s doubling, at most an hour.
    static func backoff(afterAttempt n: Int) -> Double { min(3600, 30 * pow(2, Double(max(0, n - 1)))) }

    struct Delivery: Content {
        var id: String
        var channel: String
        var recipient: String
        var subject: String
        var body: String
        var dossierCode: String
        var event: String
    }

    /// Delivers the messages that are due, a few at a time; returns (delivered, failed). E-mail goes by SMTP when
    /// `MOTCUA_SMTP_URL` is set (else to the webhook), every other channel to the webhook; a channel with nowhere to go
    /// waits. Each message is claimed first with a conditional update, so two instances never send the same one; a
    /// claim older than five minutes (a crash) is taken over. A permanent refusal (an SMTP 5xx) is not retried.
    static func deliverDue(app: Application, now: Date, limit: Int = 50) async throws -> (delivered: Int, failed: Int) {
        let config = app.motcuaConfig
        var channels: [String] = []
        if config.smtp != nil || config.webhookURL != nil { channels.append("email") }
        if config.webhookURL != nil { channels.append("sms") }
        guard !channels.isEmpty else { return (0, 0) }
        let store = OutboxStore(db: app.db)
        let due = try await store.due(channels: channels, at: now.timeIntervalSince1970, limit: limit)
        let smtp = try app.smtpClient
        var delivered = 0, failed = 0
        try await withThrowingTaskGroup(of: Bool?.self) { group in
            var next = due.makeIterator()
            func add() {
                guard let message = next.next() else { return }
                group.addTask { try await deliver(message, app: app, smtp: smtp, store: store, now: now) }
            }
            for _ in 0..<8 { add() }
            while let outcome = try await group.next() {
                if outcome == true { delivered += 1 } else if outcome == false { failed += 1 }
                add()
            }
        }
        return (delivered, failed)
    }

    /// Claims and sends one message; true if it went, false if this attempt failed, nil if another worker had it.
    private static func deliver(_ message: OutboxMessage, app: Application, smtp: SMTPClient?, store: OutboxStore, now: Date) async throws -> Bool? {
        let t = now.timeIntervalSince1970
        guard try await store.claim(message, at: t) else { return nil }
        var error: String?
        var permanent = false
        do {
            if message.channel == "email", let smtp {
                guard let to = MailAddress(message.recipient) else {
                    throw SMTPFailure(permanent: true, stage: "address", reason: "the recipient is not one e-mail address")
                }
                let mail = MailMessage(from: smtp.config.from, to: to, subject: message.subject, body: message.body,
                                       messageID: message.id, date: LocalDateTime(now))
                _ = try await smtp.send(mail)
            } else if let url = app.motcuaConfig.webhookURL {
                let response = try await app.client.post(URI(string: url)) { outgoing in
                    outgoing.headers.replaceOrAdd(name: "Idempotency-Key", value: message.id)
                    try outgoing.content.encode(Delivery(id: message.id, channel: message.channel, recipient: message.recipient,
                                                    subject: message.subject, body: message.body, dossierCode: message.dossierCode,
                                                    event: message.event))
                    outgoing.timeout = .seconds(10)
                }
                if !(200..<300).contains(response.status.code) { error = "HTTP \(response.status.code)" }
            }
        } catch let failure as SMTPFailure {
            error = failure.description
            permanent = failure.permanent
        } catch let e {
            error = "\(type(of: e)): \(e)"
        }
        let attempts = message.attempts + 1
        if let error {
            let giveUp = permanent || attempts >= maxAttempts
            try await store.failed(id: message.id, attempts: attempts, giveUp: giveUp, retryAt: t + backoff(afterAttempt: attempts), error: error)
            return false
        }
        try await store.delivered(id: message.id, attempts: attempts, at: now)
        return true
    }
}
