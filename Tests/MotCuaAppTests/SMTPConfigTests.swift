import Foundation
import Testing
@testable import MotCuaApp
@testable import MotCuaCore

@Suite("SMTP settings")
struct SMTPConfigTests {
    @Test("The URL gives the security, port and credentials (decoded once); a missing sender or another scheme is refused")
    func parse() throws {
        let c = try SMTPConfig.parse(url: "smtp://thu.motcua:a%25b%20c@mail.example.vn", from: "MotCua <no-reply@example.vn>", caFile: nil)
        #expect(c.security == .startTLS && c.port == 587 && c.host == "mail.example.vn")
        #expect(c.credentials == SMTPSession.Credentials(user: "thu.motcua", password: "a%b c"))
        #expect(try SMTPConfig.parse(url: "smtps://mail.example.vn", from: "x@example.vn", caFile: nil).port == 465)
        let plain = try SMTPConfig.parse(url: "smtp+plain://127.0.0.1", from: "x@example.vn", caFile: nil)
        #expect(plain.security == SMTPSession.Security.none && plain.port == 25 && plain.credentials == nil)
        #expect(throws: AppConfig.Invalid.self) { try SMTPConfig.parse(url: "smtp://mail.example.vn", from: nil, caFile: nil) }
        #expect(throws: AppConfig.Invalid.self) { try SMTPConfig.parse(url: "imap://mail.example.vn", from: "x@example.vn", caFile: nil) }
        #expect(throws: AppConfig.Invalid.self) { try SMTPConfig.parse(url: "smtp://mail.example.vn", from: "x@example.vn", caFile: "/nonexistent.pem") }
    }
}
