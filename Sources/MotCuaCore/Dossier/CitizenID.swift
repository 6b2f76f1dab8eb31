

/// A 12-digit citizen identity number (số định danh cá nhân / CCCD), checked by its structure
/// (Circular 59/2021/TT-BCA): 3 digits for the province where the birth was registered, 1 digit for
/// sex and century of birth, 2 digits for the year of birth, then 6 random digits.
public struct CitizenID: Hashable, Sendable, CustomStringConvertible {
    public let digits: String

    /// Wraps digits already validated (as stored); use ``validate(_:currentYear:)`` for input.
    public init(digits: String) { self.digits = digits }

    /// The province codes (pre-2025 numbering, which the ID keeps for life).
    public static let provinceCodes: Set<String> = [
        "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024",
        "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045",
        "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070",
        "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
        "094", "095", "096",
    ]

    public enum Problem: String, Error, Sendable {
        case notTwelveDigits, unknownProvince, impossibleCentury, bornInFuture

        public var vietnamese: String {
            switch self {
            case .notTwelveDigits: return "Số định danh cá nhân phải gồm đúng 12 chữ số."
            case .unknownProvince: return "Ba chữ số đầu của số định danh không phải mã tỉnh nơi đăng ký khai sinh."
            case .impossibleCentury: return "Chữ số thứ tư của số định danh (giới tính và thế kỷ sinh) không hợp lệ."
            case .bornInFuture: return "Năm sinh trong số định danh ở tương lai."
            }
        }

        public var english: String {
            switch self {
            case .notTwelveDigits: return "A citizen ID number has exactly 12 digits."
            case .unknownProvince: return "The first three digits of the citizen ID are not a province code."
            case .impossibleCentury: return "The fourth digit of the citizen ID (sex and century of birth) is not valid."
            case .bornInFuture: return "The year of birth in the citizen ID is in the future."
            }
        }
    }

    /// Validates `text` (spaces are ignored) against the structure, given the current year.
    public static func validate(_ text: String, currentYear: Int) -> Result<CitizenID, Problem> {
        let bytes = Array(text.utf8).filter { $0 != 32 }
        guard bytes.count == 12, bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return .failure(.notTwelveDigits) }
        let digits = String(decoding: bytes, as: UTF8.self)
        guard provinceCodes.contains(String(digits.prefix(3))) else { return .failure(.unknownProvince) }
        let d = bytes.map { Int($0 - 48) }
        guard d[3] <= 3 else { return .failure(.impossibleCentury) }
        let year = (d[3] / 2 == 0 ? 1900 : 2000) + d[4] * 10 + d[5]
        guard year <= currentYear else { return .failure(.bornInFuture) }
        return .success(CitizenID(digits: digits))
    }

    public var yearOfBirth: Int { (Int(String(digits.dropFirst(3).prefix(1)))! / 2 == 0 ? 1900 : 2000) + Int(String(digits.dropFirst(4).prefix(2)))! }

    /// The number masked for display and logs: only the last three digits are shown.
    public var masked: String { String(repeating: "•", count: 9) + digits.suffix(3) }

    public var description: String { masked }
}
