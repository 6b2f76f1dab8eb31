import Foundation

/// What the client says to an SMTP server to hand over one message, reply by reply (RFC 5321, STARTTLS RFC 3207,
/// AUTH PLAIN RFC 4616 and LOGIN): the transport feeds each reply in and carries out the step that comes back.
/// Credentials are sent only on an encrypted connection unless `security` is `.none` (a relay on the same host).
public struct SMTPSession: Sendable {
    public enum Security: String, Sendable { case startTLS, implicitTLS, none }

    public enum Step: Sendable, Equatable {
        /// Write this command followed by CRLF.
        case send(String)
        /// Write this message text (already ending in CRLF), then the terminating `.` line.
        case sendMessage(String)
        /// Start TLS on the connection (nothing else may have been read), then wait for no reply: call `tlsStarted()`.
        case startTLS
        /// The message was accepted; say QUIT and close.
        case delivered(SMTPReply)
        /// Stop: the message was not accepted.
        case failed(SMTPFailure)
    }

    public struct Credentials: Sendable, Equatable {
        public var user: String
        public var password: String
        public init(user: String, password: String) { self.user = user; self.password = password }
    }

    enum Stage: Equatable { case greeting, ehlo, startTLS, authPlain, authLogin, authUser, authPassword, mailFrom, rcptTo, data, message, finished }

    public let security: Security
    public let clientName: String
    public let credentials: Credentials?
    public let envelopeFrom: MailAddress
    public let recipient: MailAddress
    public let message: String
    private var stage: Stage = .greeting
    private var encrypted: Bool
    private var extensions: [String: String] = [:]

    public init(security: Security, clientName: String, credentials: Credentials?, message: MailMessage) {
        self.security = security; self.clientName = clientName; self.credentials = credentials
        self.envelopeFrom = message.from; self.recipient = message.to
        self.message = SMTPSession.dotStuffed(message.rfc5322)
        self.encrypted = security == .implicitTLS
    }

    /// The stage the last command was sent at (for error messages).
    public var stageName: String { "\(stage)" }

    public mutating func receive(_ reply: SMTPReply) -> Step {
        switch stage {
        case .greeting:
            guard reply.code == 220 else { return fail(reply) }
            return ehlo()
        case .ehlo:
            guard reply.code == 250 else { return fail(reply) }
            extensions = SMTPSession.extensions(reply)
            if security == .startTLS && !encrypted {
                guard extensions["STARTTLS"] != nil else { return .failed(SMTPFailure(permanent: false, stage: "ehlo", reason: "the server does not offer STARTTLS")) }
                stage = .startTLS
                return .send("STARTTLS")
            }
            return authenticateOrSend()
        case .startTLS:
            guard reply.code == 220 else { return fail(reply) }
            return .startTLS
        case .authPlain, .authPassword:
            guard reply.code == 235 else { return fail(reply, permanent: false) }
            return mailFrom()
        case .authLogin:
            guard reply.code == 334, let credentials else { return fail(reply, permanent: false) }
            stage = .authUser
            return .send(Data(credentials.user.utf8).base64EncodedString())
        case .authUser:
            guard reply.code == 334, let credentials else { return fail(reply, permanent: false) }
            stage = .authPassword
            return .send(Data(credentials.password.utf8).base64EncodedString())
        case .mailFrom:
            guard reply.code == 250 else { return fail(reply) }
            stage = .rcptTo
            return .send("RCPT TO:<\(recipient.address)>")
        case .rcptTo:
            guard reply.code == 250 || reply.code == 251 else { return fail(reply) }
            stage = .data
            return .send("DATA")
        case .data:
            guard reply.code == 354 else { return fail(reply) }
            stage = .message
            return .sendMessage(message)
        case .message:
            stage = .finished
            guard reply.code == 250 else { return fail(reply) }
            return .delivered(reply)
        case .finished:
            return .failed(SMTPFailure(permanent: false, stage: "finished", reason: "unexpected reply \(reply.text)"))
        }
    }

    /// TLS is up: greet again (the extensions may differ once encrypted, RFC 3207 section 4.2).
    public mutating func tlsStarted() -> Step {
        encrypted = true
        extensions = [:]
        return ehlo()
    }

    private mutating func ehlo() -> Step {
        stage = .ehlo
        return .send("EHLO \(clientName)")
    }

    private mutating func authenticateOrSend() -> Step {
        guard let credentials else { return mailFrom() }
        guard encrypted || security == .none else {
            return .failed(SMTPFailure(permanent: false, stage: "auth", reason: "refusing to send credentials without TLS"))
        }
        let mechanisms = Set((extensions["AUTH"] ?? "").uppercased().split(separator: " ").map(String.init))
        if mechanisms.contains("PLAIN") {
            stage = .authPlain
            return .send("AUTH PLAIN " + Data("\u{0}\(credentials.user)\u{0}\(credentials.password)".utf8).base64EncodedString())
        }
        if mechanisms.contains("LOGIN") {
            stage = .authLogin
            return .send("AUTH LOGIN")
        }
        return .failed(SMTPFailure(permanent: false, stage: "auth", reason: "the server offers no AUTH PLAIN or LOGIN"))
    }

    private mutating func mailFrom() -> Step {
        let international = envelopeFrom.isInternational || recipient.isInternational
        if international && extensions["SMTPUTF8"] == nil {
            return .failed(SMTPFailure(permanent: true, stage: "mail", reason: "a non-ASCII address needs SMTPUTF8, which the server does not offer"))
        }
        stage = .mailFrom
        return .send("MAIL FROM:<\(envelopeFrom.address)>" + (international ? " SMTPUTF8" : ""))
    }

    private func fail(_ reply: SMTPReply, permanent: Bool? = nil) -> Step {
        .failed(SMTPFailure(permanent: permanent ?? reply.isPermanentFailure, stage: "\(stage)", reason: reply.text))
    }

    /// EHLO's lines after the first, by keyword: `AUTH` → `PLAIN LOGIN`.
    static func extensions(_ reply: SMTPReply) -> [String: String] {
        var result: [String: String] = [:]
        for line in reply.lines.dropFirst() {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard let keyword = parts.first else { continue }
            result[keyword.uppercased()] = parts.count > 1 ? String(parts[1]) : ""
        }
        return result
    }

    /// A line starting with `.` gets a second one (RFC 5321 section 4.5.2), so no line can end the message early.
    static func dotStuffed(_ text: String) -> String {
        text.split(separator: "\r\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(".") ? "." + $0 : String($0) }
            .joined(separator: "\r\n")
    }
}
