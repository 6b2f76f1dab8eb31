import Foundation

/// A plain-text e-mail in Vietnamese, written as RFC 5322 bytes: UTF-8 headers as encoded words (RFC 2047), the body
/// in base64 so every line is short 7-bit text whatever the server, and a stable `Message-ID` so a copy sent again after
/// a lost reply can be recognised by the recipient's mail program.
public struct MailMessage: Sendable, Equatable {
    public var from: MailAddress
    public var to: MailAddress
    public var subject: String
    public var body: String
    public var messageID: String
    public var date: LocalDateTime

    public init(from: MailAddress, to: MailAddress, subject: String, body: String, messageID: String, date: LocalDateTime) {
        self.from = from; self.to = to; self.subject = subject; self.body = body; self.messageID = messageID; self.date = date
    }

    /// The message as sent after `DATA`: CRLF line ends, no line longer than 78 characters.
    public var rfc5322: String {
        var lines = [
            "From: " + from.header(nameLength: 6),
            "To: " + to.header(nameLength: 4),
            "Subject: " + MailMessage.encodedWords(subject, firstLineUsed: 9).joined(separator: "\r\n "),
            "Date: " + MailMessage.dateHeader(date),
            "Message-ID: <\(messageID)@\(from.domain)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
            "Auto-Submitted: auto-generated",
            "",
        ]
        let normalised = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
        let encoded = Data(normalised.utf8).base64EncodedString()
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[index..<end]))
            index = end
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Text as `=?UTF-8?B?…?=` words of at most 75 characters, split between characters (never inside one), to be
    /// put on lines of their own; the first shares its line with `firstLineUsed` characters (the header's name) and
    /// still ends by the 78th. Plain ASCII text that fits is left as it is.
    static func encodedWords(_ text: String, firstLineUsed: Int = 0) -> [String] {
        if text.unicodeScalars.allSatisfy({ $0.value >= 32 && $0.value < 127 }) && !text.contains("=?") && text.count + firstLineUsed <= 78 {
            return [text]
        }
        // "=?UTF-8?B?" + base64 + "?=": 12 characters around; base64 takes 4 characters for 3 bytes.
        func bytesFitting(_ used: Int) -> Int { max(3, min(63, 78 - used - 12) / 4 * 3) }
        var words: [String] = [], chunk: [UInt8] = []
        var budget = bytesFitting(firstLineUsed)
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > budget, !chunk.isEmpty {
                words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=")
                chunk = []
                budget = bytesFitting(1)
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=") }
        return words
    }

    /// `Sun, 22 Nov 2026 09:05:00 +0700` (RFC 5322 section 3.3), in Viet Nam's time.
    static func dateHeader(_ t: LocalDateTime) -> String {
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let s = t.secondOfDay
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(days[t.date.isoWeekday - 1]), \(t.date.day) \(months[t.date.month - 1]) \(t.date.year) "
            + "\(two(s / 3600)):\(two(s / 60 % 60)):\(two(s % 60)) +0700"
    }
}
