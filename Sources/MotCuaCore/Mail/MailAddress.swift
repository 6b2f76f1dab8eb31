import Foundation

/// An e-mail address with an optional display name, checked so it cannot smuggle a header or an SMTP command.
public struct MailAddress: Sendable, Equatable {
    public var name: String?
    public var address: String

    /// `Name <local@domain>` or `local@domain`; nil when it is not one address.
    public init?(_ text: String) {
        var text = text.trimmingCharacters(in: .whitespaces)
        var name: String?
        if text.hasSuffix(">"), let open = text.lastIndex(of: "<") {
            let display = text[..<open].trimmingCharacters(in: .whitespaces)
            name = display.count >= 2 && display.hasPrefix("\"") && display.hasSuffix("\"") ? String(display.dropFirst().dropLast()) : display
            text = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        }
        guard MailAddress.isAddress(text), name.map({ !$0.contains(where: { $0.isNewline || $0 == "\"" || $0 == "\\" }) }) ?? true else { return nil }
        self.name = name?.isEmpty == true ? nil : name
        self.address = text
    }

    /// One `local@domain`: no spaces, controls, brackets or quotes, one `@`, a dotted domain, at most 254 bytes.
    public static func isAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              text.utf8.count <= 254 else { return false }
        return !text.unicodeScalars.contains { $0.value <= 32 || $0.value == 127 || "<>()[]\\,;:\"".unicodeScalars.contains($0) }
    }

    public var domain: String { String(address[address.index(after: address.lastIndex(of: "@")!)...]) }
    /// Needs the server's SMTPUTF8 extension (a non-ASCII address).
    public var isInternational: Bool { !address.unicodeScalars.allSatisfy(\.isASCII) }

    /// The header's value; a display name goes on its own folded lines, before the address.
    func header(nameLength: Int) -> String {
        guard let name else { return address }
        let plain = name.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 32 } && !name.contains("=?")
        let shown = plain ? ["\"\(name)\""] : MailMessage.encodedWords(name, firstLineUsed: nameLength)
        return shown.joined(separator: "\r\n ") + "\r\n <\(address)>"
    }
}
