/// Masks personal data (citizen ID numbers, phone numbers) in free text before it is logged or stored.
///
/// A number is read the way people and browsers write it: digit groups joined by single spaces, dashes, dots,
/// underscores or `+`, their percent-encoded forms (`%20`, `%2B`, `%2D`), percent-encoded digits (`%30`–`%39`) and a
/// leading `+` (`+84 987 654 321`). Any such number of 9 or more digits keeps its last two digits and loses the
/// rest, separators included: `0987-654-321` → `*******21`, `001 095 012 345` → `**********45`.
public enum PersonalDataMask {
    public static let minimumDigits = 9

    public static func mask(_ text: String) -> String {
        let bytes = Array(text.utf8)
        // Nothing to do without a digit: most log lines and questions.
        guard bytes.contains(where: { isDigit($0) }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if let (end, digits) = run(bytes, from: i) {
                if digits.count >= minimumDigits && !isDossierCode(bytes[i..<end]) {
                    out.append(contentsOf: [UInt8](repeating: UInt8(ascii: "*"), count: digits.count - 2))
                    out.append(contentsOf: digits.suffix(2))
                } else {
                    out.append(contentsOf: bytes[i..<end])
                }
                i = end
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The digits a text holds once separators and encodings are taken away (`+84 987-654-321` → `84987654321`).
    public static func digits(of text: String) -> String {
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if let (end, digits) = run(bytes, from: i) { result += digits; i = end } else { i += 1 }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// A dossier code's tail (`…-260302-0118`: six digits, a dash, four digits) is not personal data.
    private static func isDossierCode(_ run: ArraySlice<UInt8>) -> Bool {
        var groups: [(length: Int, dashAfter: Bool)] = []
        var length = 0
        for b in run {
            if isDigit(b) { length += 1; continue }
            if length > 0 { groups.append((length, b == UInt8(ascii: "-"))) }
            length = 0
        }
        if length > 0 { groups.append((length, false)) }
        return zip(groups, groups.dropFirst()).contains { $0.length == 6 && $0.dashAfter && $1.length == 4 }
    }

    /// A percent-encoded digit at `i` (`%35`): its digit.
    private static func encodedDigit(_ bytes: [UInt8], _ i: Int) -> UInt8? {
        guard i + 2 < bytes.count, bytes[i] == UInt8(ascii: "%"), bytes[i + 1] == UInt8(ascii: "3"), isDigit(bytes[i + 2]) else { return nil }
        return bytes[i + 2]
    }

    /// A digit at `i`, plain or encoded: the digit and its length.
    private static func digit(_ bytes: [UInt8], _ i: Int) -> (UInt8, Int)? {
        guard i < bytes.count else { return nil }
        if isDigit(bytes[i]) { return (bytes[i], 1) }
        return encodedDigit(bytes, i).map { ($0, 3) }
    }

    /// The length of a separator at `i`, if there is one.
    private static func separator(_ bytes: [UInt8], _ i: Int) -> Int? {
        guard i < bytes.count else { return nil }
        switch bytes[i] {
        case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "+"): return 1
        case UInt8(ascii: "%"):
            guard i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "2") else { return nil }
            return [UInt8(ascii: "0"), UInt8(ascii: "B"), UInt8(ascii: "b"), UInt8(ascii: "D"), UInt8(ascii: "d")].contains(bytes[i + 2]) ? 3 : nil
        default: return nil
        }
    }

    /// A number starting at `i`: where it ends and its digits.
    private static func run(_ bytes: [UInt8], from start: Int) -> (Int, [UInt8])? {
        var j = start
        if let sep = separator(bytes, j), bytes[j] == UInt8(ascii: "+") || sep == 3, digit(bytes, j + sep) != nil {
            // A leading + (or %2B) belongs to the number.
            guard bytes[j] == UInt8(ascii: "+") || (bytes[j + 2] == UInt8(ascii: "B") || bytes[j + 2] == UInt8(ascii: "b")) else { return nil }
            j += sep
        }
        guard digit(bytes, j) != nil else { return nil }
        var digits: [UInt8] = []
        var end = j
        while true {
            while let (d, len) = digit(bytes, j) { digits.append(d); j += len }
            end = j
            guard let sep = separator(bytes, j), digit(bytes, j + sep) != nil else { break }
            j += sep
        }
        return (end, digits)
    }
}
