import Foundation
import MotCuaCore
import NIOCore
import NIOPosix
import NIOSSL

/// Where e-mail goes: `MOTCUA_SMTP_URL` (`smtp://user:password@host:587` with STARTTLS required, `smtps://…:465`
/// with TLS from the first byte, `smtp+plain://host:25` without TLS for a relay on the same machine) and
/// `MOTCUA_SMTP_FROM` (`Name <address>`). `MOTCUA_SMTP_CA_FILE` adds a PEM file of trusted certificates (a private CA).
public struct SMTPConfig: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var security: SMTPSession.Security
    public var credentials: SMTPSession.Credentials?
    public var from: MailAddress
    public var caFile: String?

    public static func parse(url text: String, from: String?, caFile: String?) throws -> SMTPConfig {
        guard let url = URLComponents(string: text), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty else {
            throw AppConfig.Invalid(description: "MOTCUA_SMTP_URL must look like smtp://user:password@host:587")
        }
        let security: SMTPSession.Security
        switch scheme {
        case "smtp": security = .startTLS
        case "smtps": security = .implicitTLS
        case "smtp+plain": security = .none
        default: throw AppConfig.Invalid(description: "MOTCUA_SMTP_URL must start with smtp:// (STARTTLS), smtps:// (TLS) or smtp+plain:// (no TLS)")
        }
        guard let fromText = from, let address = MailAddress(fromText) else {
            throw AppConfig.Invalid(description: "MOTCUA_SMTP_URL needs MOTCUA_SMTP_FROM, the sender, e.g. MotCua <no-reply@example.gov.vn>")
        }
        if let caFile, !FileManager.default.isReadableFile(atPath: caFile) {
            throw AppConfig.Invalid(description: "MOTCUA_SMTP_CA_FILE \(caFile) cannot be read")
        }
        var credentials: SMTPSession.Credentials?
        // Decoded once, from the encoded form: a password may itself contain "%".
        if let user = url.percentEncodedUser {
            credentials = SMTPSession.Credentials(user: user.removingPercentEncoding ?? user,
                                                  password: url.percentEncodedPassword.map { $0.removingPercentEncoding ?? $0 } ?? "")
        }
        let port = url.port ?? (security == .implicitTLS ? 465 : security == .startTLS ? 587 : 25)
        guard (1...65535).contains(port) else { throw AppConfig.Invalid(description: "MOTCUA_SMTP_URL has an impossible port") }
        return SMTPConfig(host: host, port: port, security: security, credentials: credentials, from: address, caFile: caFile)
    }
}
