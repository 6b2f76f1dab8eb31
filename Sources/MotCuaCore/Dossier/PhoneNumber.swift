

/// Normalises a Vietnamese phone number to its national form (`0` + 9 digits); `+84` and `84` prefixes are accepted.
public enum PhoneNumber {
    public static func normalise(_ text: String) -> String? {
        var digits = Array(text.utf8).filter { $0 >= 48 && $0 <= 57 }
        if text.utf8.first == UInt8(ascii: "+") || (digits.count == 11 && digits.starts(with: [56, 52])) {
            guard digits.starts(with: [56, 52]) else { return nil }
            digits = [48] + digits.dropFirst(2)
        }
        guard digits.count == 10, digits[0] == 48, digits[1] != 48 else { return nil }
        return String(decoding: digits, as: UTF8.self)
    }
}
