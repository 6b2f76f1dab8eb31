import Foundation

/// A statutory processing time (thời hạn giải quyết) as the catalogue states it.
public enum ProcessingTime: Hashable, Sendable, Codable, CustomStringConvertible {
    /// N working days (ngày làm việc): the same clock time on the N-th working day after receipt.
    case workingDays(Int)
    /// N working hours (giờ làm việc), counted inside office hours.
    case workingHours(Int)
    /// N calendar days (ngày); a last day that is not a working day moves to the next working day.
    case calendarDays(Int)
    /// N calendar months (tháng), with the same rule for a last day off.
    case months(Int)
    /// Same day (trong ngày): by the end of office hours, or of the next working day when received after the cut-off (15:00).
    case sameDay

    /// The machine form used by the CLI and API: `3 working-days`, `4 working-hours`, `10 days`, `2 months`, `same-day`.
    public var description: String {
        switch self {
        case .workingDays(let n): return "\(n) working-days"
        case .workingHours(let n): return "\(n) working-hours"
        case .calendarDays(let n): return "\(n) days"
        case .months(let n): return "\(n) months"
        case .sameDay: return "same-day"
        }
    }

    /// Vietnamese wording, as printed on slips.
    public var vietnamese: String {
        switch self {
        case .workingDays(let n): return "\(n) ngày làm việc"
        case .workingHours(let n): return "\(n) giờ làm việc"
        case .calendarDays(let n): return "\(n) ngày"
        case .months(let n): return "\(n) tháng"
        case .sameDay: return "Trong ngày"
        }
    }

    public struct ParseError: Error, Sendable, CustomStringConvertible {
        public let input: String
        public var description: String {
            "cannot read the time \"\(input)\": expected e.g. \"3 working-days\", \"4 working-hours\", \"10 days\", \"2 months\" or \"same-day\""
        }
        public var vietnamese: String {
            "Không đọc được thời hạn \"\(input)\": hãy viết ví dụ \"3 working-days\", \"4 working-hours\", \"10 days\", \"2 months\" hoặc \"same-day\""
        }
    }

    /// Parses the machine form, English words (`3 working days`) or Vietnamese (`3 ngày làm việc`, `trong ngày`).
    public static func parse(_ text: String) throws(ParseError) -> ProcessingTime {
        if text.trimmingCharacters(in: .whitespaces).hasPrefix("-") { throw ParseError(input: text) }
        let folded = VietnameseText.fold(text.replacingOccurrences(of: "-", with: " "))
        let words = folded.split(separator: " ").map(String.init)
        if ["same day", "sameday", "trong ngay", "ngay trong ngay"].contains(words.joined(separator: " ")) {
            return .sameDay
        }
        // A count of zero is no time limit at all ("same day" says that one).
        guard words.count >= 2, let n = Int(words[0]), n >= 1, n <= 3650 else { throw ParseError(input: text) }
        let unit = words.dropFirst().joined(separator: " ")
        switch unit {
        case "working days", "working day", "workingdays", "ngay lam viec": return .workingDays(n)
        case "working hours", "working hour", "workinghours", "gio lam viec", "gio": return .workingHours(n)
        case "days", "day", "calendar days", "ngay": return .calendarDays(n)
        case "months", "month", "thang": return .months(n)
        default: throw ParseError(input: text)
        }
    }
}
