/// Masks personal data (citizen ID numbers, phone numbers) in free text before it is logged.
///
/// Any run of 9 or more digits (optionally with a leading `+`) keeps its last two digits
/// and loses the rest: `0912345678` → `********78`.
public enum PersonalDataMask {
    public static func mask(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var digits = ""
        func flush() {
            if digits.count >= 9 {
                result += String(repeating: "*", count: digits.count - 2) + digits.suffix(2)
            } else {
                result += digits
            }
            digits = ""
        }
        for ch in text {
            if ch.isASCII && ch.isNumber {
                digits.append(ch)
            } else {
                flush()
                result.append(ch)
            }
        }
        flush()
        return result
    }
}
