import Foundation

/// A civil date in Viet Nam, without time or zone. Arithmetic is by Julian day number.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year; self.month = month; self.day = day
    }

    /// Parses `YYYY-MM-DD` strictly (the date must exist).
    public init?(iso: some StringProtocol) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= LocalDate.daysIn(month: m, year: y)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public init(julianDay jd: Int) {
        // Gregorian calendar from a Julian day number (Fliegel & Van Flandern).
        let a = jd + 32044
        let b = (4 * a + 3) / 146097
        let c = a - 146097 * b / 4
        let d = (4 * c + 3) / 1461
        let e = c - 1461 * d / 4
        let m = (5 * e + 2) / 153
        self.day = e - (153 * m + 2) / 5 + 1
        self.month = m + 3 - 12 * (m / 10)
        self.year = 100 * b + d - 4800 + m / 10
    }

    /// The Julian day number of this date (noon-based, integral).
    public var julianDay: Int {
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }

    /// 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int { julianDay % 7 + 1 }
    public var isWeekend: Bool { isoWeekday >= 6 }

    public func adding(days: Int) -> LocalDate { LocalDate(julianDay: julianDay + days) }

    /// `dd/mm/yyyy`, as dates are written in Vietnamese documents.
    public var vietnamese: String { String(format: "%02d/%02d/%04d", day, month, year) }

    public var description: String {
        var out = [UInt8]()
        out.reserveCapacity(10)
        appendISO(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `YYYY-MM-DD` as bytes.
    func appendISO(to out: inout [UInt8]) {
        Self.appendDigits(year, 4, to: &out)
        out.append(UInt8(ascii: "-"))
        Self.appendDigits(month, 2, to: &out)
        out.append(UInt8(ascii: "-"))
        Self.appendDigits(day, 2, to: &out)
    }

    /// `value` in decimal, zero-padded to at least `width` digits (as `%0*d` does, a minus sign first).
    static func appendDigits(_ value: Int, _ width: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var digits = [UInt8]()
        var v = value.magnitude
        repeat { digits.append(UInt8(48 + v % 10)); v /= 10 } while v > 0
        let pad = width - digits.count - (value < 0 ? 1 : 0)
        if pad > 0 { out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: pad)) }
        out.append(contentsOf: digits.reversed())
    }

    public static func < (a: LocalDate, b: LocalDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = LocalDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a date YYYY-MM-DD: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
