import Foundation
import Testing
@testable import MotCuaCore

@Suite("E-mail and the SMTP dialogue")
struct MailTests {
    let message = MailMessage(
        from: MailAddress("UBND phường Ba Đình <no-reply@badinh.hanoi.gov.vn>")!,
        to: MailAddress("an.tran@example.vn")!,
        subject: "Thư xin lỗi và hẹn lại ngày trả kết quả — hồ sơ 00004-261120-0001 (Đăng ký khai sinh)",
        body: "Hồ sơ 00004-261120-0001 đã được tiếp nhận.\n.dòng bắt đầu bằng dấu chấm\nTra cứu: http://localhost/tra-cuu",
        messageID: "6f1c2b3a-0000-4000-8000-000000000001",
        date: LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 22), hour: 9, minute: 5))

    @Test("A message is 7-bit lines of at most 78 characters whose headers and body decode back to the Vietnamese text")
    func composition() throws {
        let text = message.rfc5322
        let lines = text.components(separatedBy: "\r\n")
        #expect(text.hasSuffix("\r\n") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(lines.allSatisfy { $0.utf8.count <= 78 && $0.unicodeScalars.allSatisfy(\.isASCII) })
        #expect(lines.contains("Date: Sun, 22 Nov 2026 09:05:00 +0700"))
        #expect(lines.contains("Message-ID: <6f1c2b3a-0000-4000-8000-000000000001@badinh.hanoi.gov.vn>"))
        #expect(lines.contains("To: an.tran@example.vn"))
        #expect(lines.contains("Content-Transfer-Encoding: base64"))

        // Unfold and decode the headers the way a mail program does.
        let blank = try #require(lines.firstIndex(of: ""))
        let unfolded = lines[..<blank].joined(separator: "\r\n").replacingOccurrences(of: "\r\n ", with: " ")
        let subject = try #require(unfolded.components(separatedBy: "\r\n").first { $0.hasPrefix("Subject: ") })
        #expect(decodeWords(String(subject.dropFirst(9))) == message.subject)
        let from = try #require(unfolded.components(separatedBy: "\r\n").first { $0.hasPrefix("From: ") })
        #expect(from.hasSuffix(" <no-reply@badinh.hanoi.gov.vn>"))
        #expect(decodeWords(String(from.dropFirst(6).dropLast(" <no-reply@badinh.hanoi.gov.vn>".count))) == "UBND phường Ba Đình")
        let body = Data(base64Encoded: lines[(blank + 1)...].joined())
        #expect(body.map { String(decoding: $0, as: UTF8.self) } == message.body.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test("Encoded words split between characters, never inside one, and stay within 75 characters")
    func encodedWords() {
        let words = MailMessage.encodedWords(String(repeating: "Đăng ký khai sinh ", count: 6))
        #expect(words.count > 1 && words.allSatisfy { $0.count <= 75 })
        #expect(words.map { decodeWords($0) }.joined() == String(repeating: "Đăng ký khai sinh ", count: 6))
        #expect(MailMessage.encodedWords("Ho so da tiep nhan") == ["Ho so da tiep nhan"])
    }

    @Test("Addresses that could add a header or an SMTP command are refused")
    func addresses() {
        #expect(MailAddress("an@example.vn")?.address == "an@example.vn")
        #expect(MailAddress("\"Phòng Tư pháp\" <tuphap@example.vn>")?.name == "Phòng Tư pháp")
        for bad in ["an@example.vn\r\nBcc: x@y.vn", "an@example.vn>\r\nRCPT TO:<x@y.vn", "a n@example.vn", "an@localhost", "@example.vn",
                    "an@@example.vn", "an@example.vn.", "Name\n <an@example.vn>", ""] {
            #expect(MailAddress(bad) == nil, "\(bad.debugDescription)")
        }
        #expect(MailAddress("nguyễn@ví-dụ.vn")?.isInternational == true)
    }

    @Test("Replies are read across chunks; a multi-line reply is one reply; junk is refused")
    func replies() throws {
        var reader = SMTPReplyReader()
        try reader.append(Array("250-mail.example.vn\r\n250-STARTTLS\r\n250-AUTH PLAIN".utf8))
        #expect(try reader.next() == nil)
        try reader.append(Array(" LOGIN\r\n250 SMTPUTF8\r\n220 ready\r\n".utf8))
        #expect(try reader.next() == SMTPReply(code: 250, lines: ["mail.example.vn", "STARTTLS", "AUTH PLAIN LOGIN", "SMTPUTF8"]))
        #expect(try reader.next() == SMTPReply(code: 220, lines: ["ready"]))
        #expect(!reader.hasUnreadBytes)
        try reader.append(Array("hello\r\n".utf8))
        #expect(throws: SMTPReplyReader.Problem.self) { try reader.next() }
        var mixed = SMTPReplyReader()
        try mixed.append(Array("250-a\r\n550 b\r\n".utf8))
        #expect(throws: SMTPReplyReader.Problem.self) { try mixed.next() }
        var endless = SMTPReplyReader()
        #expect(throws: SMTPReplyReader.Problem.tooLong) { try endless.append([UInt8](repeating: 65, count: SMTPReplyReader.maxBytes + 1)) }
    }

    /// Plays a server: each reply in turn, collecting what the session asked for.
    func converse(_ session: inout SMTPSession, _ replies: [String]) -> [SMTPSession.Step] {
        var steps: [SMTPSession.Step] = []
        for text in replies {
            if text == "TLS" { steps.append(session.tlsStarted()); continue }
            var reader = SMTPReplyReader()
            try! reader.append(Array((text + "\r\n").utf8))
            steps.append(session.receive(try! reader.next()!))
        }
        return steps
    }

    @Test("STARTTLS, then AUTH PLAIN only once encrypted, then the envelope and the dot-stuffed message")
    func startTLSConversation() {
        var session = SMTPSession(security: .startTLS, clientName: "badinh.hanoi.gov.vn",
                                  credentials: .init(user: "motcua", password: "bí mật"), message: message)
        let steps = converse(&session, ["220 mail.example.vn ESMTP", "250-mail.example.vn\r\n250-AUTH PLAIN\r\n250 STARTTLS",
                                        "220 go ahead", "TLS", "250-mail.example.vn\r\n250 AUTH LOGIN PLAIN", "235 ok",
                                        "250 sender ok", "250 recipient ok", "354 go", "250 queued as 12345"])
        let plain = Data("\u{0}motcua\u{0}bí mật".utf8).base64EncodedString()
        #expect(steps.prefix(8) == [.send("EHLO badinh.hanoi.gov.vn"), .send("STARTTLS"), .startTLS, .send("EHLO badinh.hanoi.gov.vn"),
                                    .send("AUTH PLAIN \(plain)"), .send("MAIL FROM:<no-reply@badinh.hanoi.gov.vn>"),
                                    .send("RCPT TO:<an.tran@example.vn>"), .send("DATA")])
        guard case .sendMessage(let text) = steps[8] else { Issue.record("no message after 354"); return }
        #expect(text.hasSuffix("\r\n") && !text.contains("\r\n.\r\n"))
        #expect(steps[9] == .delivered(SMTPReply(code: 250, lines: ["queued as 12345"])))
        #expect(SMTPSession.dotStuffed("a\r\n.b\r\n..c\r\n") == "a\r\n..b\r\n...c\r\n")
    }

    @Test("No STARTTLS offered: nothing is sent in clear, and the failure is worth retrying (the server may be fixed)")
    func noStartTLS() {
        var session = SMTPSession(security: .startTLS, clientName: "x.vn", credentials: .init(user: "u", password: "p"), message: message)
        let steps = converse(&session, ["220 hi", "250-mail\r\n250 AUTH PLAIN"])
        #expect(steps.last == .failed(SMTPFailure(permanent: false, stage: "ehlo", reason: "the server does not offer STARTTLS")))
    }

    @Test("AUTH LOGIN when PLAIN is not offered; a refused recipient is permanent, a busy server is not")
    func loginAndRefusals() {
        var session = SMTPSession(security: .implicitTLS, clientName: "x.vn", credentials: .init(user: "u", password: "p"), message: message)
        let steps = converse(&session, ["220 hi", "250-mail\r\n250 AUTH LOGIN", "334 VXNlcm5hbWU6", "334 UGFzc3dvcmQ6", "235 ok", "250 ok",
                                        "550 5.1.1 no such user"])
        #expect(steps.prefix(4) == [.send("EHLO x.vn"), .send("AUTH LOGIN"), .send("dQ=="), .send("cA==")])
        #expect(steps.last == .failed(SMTPFailure(permanent: true, stage: "rcptTo", reason: "550 5.1.1 no such user")))

        var busy = SMTPSession(security: .none, clientName: "x.vn", credentials: nil, message: message)
        #expect(converse(&busy, ["421 4.3.2 try later"]).last == .failed(SMTPFailure(permanent: false, stage: "greeting", reason: "421 4.3.2 try later")))

        var wrongPassword = SMTPSession(security: .implicitTLS, clientName: "x.vn", credentials: .init(user: "u", password: "p"), message: message)
        let refused = converse(&wrongPassword, ["220 hi", "250-mail\r\n250 AUTH PLAIN", "535 5.7.8 bad credentials"])
        #expect(refused.last == .failed(SMTPFailure(permanent: false, stage: "authPlain", reason: "535 5.7.8 bad credentials")),
                "a wrong password is the operator's to fix: the message waits")
    }

    @Test("A non-ASCII address needs the server's SMTPUTF8")
    func international() {
        var plain = message
        plain.to = MailAddress("nguyễn@example.vn")!
        var without = SMTPSession(security: .none, clientName: "x.vn", credentials: nil, message: plain)
        #expect(converse(&without, ["220 hi", "250 mail"]).last?.isPermanentFailure == true)
        var with = SMTPSession(security: .none, clientName: "x.vn", credentials: nil, message: plain)
        #expect(converse(&with, ["220 hi", "250-mail\r\n250 SMTPUTF8"]).last == .send("MAIL FROM:<no-reply@badinh.hanoi.gov.vn> SMTPUTF8"))
    }

    private func decodeWords(_ text: String) -> String {
        text.split(separator: " ").map { word -> String in
            guard word.hasPrefix("=?UTF-8?B?"), word.hasSuffix("?=") else { return String(word) }
            let payload = word.dropFirst(10).dropLast(2)
            return Data(base64Encoded: String(payload)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
        }.joined()
    }
}

extension SMTPSession.Step {
    var isPermanentFailure: Bool { if case .failed(let f) = self { return f.permanent } else { return false } }
}
