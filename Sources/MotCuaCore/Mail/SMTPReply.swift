import Foundation

/// One reply of an SMTP server: a three-digit code and its lines of text (RFC 5321 section 4.2).
public struct SMTPReply: Sendable, Equatable {
    public var code: Int
    public var lines: [String]

    public init(code: Int, lines: [String]) { self.code = code; self.lines = lines }

    public var text: String { "\(code) " + lines.joined(separator: " / ") }
    public var isPositive: Bool { code >= 200 && code < 400 }
    /// 5xx: the same message will never be accepted, so it is not sent again.
    public var isPermanentFailure: Bool { code >= 500 }
}
