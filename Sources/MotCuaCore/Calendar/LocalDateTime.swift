import Foundation

/// A moment in Viet Nam's time zone (UTC+7, no daylight saving since 1975), split into date and minute.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public static let utcOffsetSeconds = 7 * 3600

    public var date: LocalDate
    /// Seconds since local midnight (0 ..< 86 400).
    public var secondOfDay: Int

    public init(date: LocalDate, secondOfDay: Int) {
        self.date = date; self.secondOfDay = secondOfDay
    }

    public init(date: LocalDate, hour: Int, minute: Int, second: Int = 0) {
        self.init(date: date, secondOfDay: hour * 3600 + minute * 60 + second)
    }

    public init(_ instant: Date) {
        let local = Int((instant.timeIntervalSince1970).rounded(.down)) + Self.utcOffsetSeconds
        let days = Int((Double(local) / 86400).rounded(.down))
        self.date = LocalDate(julianDay: days + 2440588)
        self.secondOfDay = local - days * 86400
    }

    public var instant: Date {
        let days = date.julianDay - 2440588
        return Date(timeIntervalSince1970: TimeInterval(days * 86400 + secondOfDay - Self.utcOffsetSeconds))
    }

    public var minuteOfDay: Int { secondOfDay / 60 }

    /// ISO 8601 with the `+07:00` offset, e.g. `2026-02-25T16:10:00+07:00`.
    public var description: String {
        var out = [UInt8]()
        out.reserveCapacity(25)
        date.appendISO(to: &out)
        out.append(UInt8(ascii: "T"))
        LocalDate.appendDigits(secondOfDay / 3600, 2, to: &out)
        out.append(UInt8(ascii: ":"))
        LocalDate.appendDigits(secondOfDay / 60 % 60, 2, to: &out)
        out.append(UInt8(ascii: ":"))
        LocalDate.appendDigits(secondOfDay % 60, 2, to: &out)
        out.append(contentsOf: "+07:00".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    /// `hh:mm dd/mm/yyyy`, the form printed on receipt slips.
    public var slipText: String {
        String(format: "%02d:%02d %02d/%02d/%04d", secondOfDay / 3600, secondOfDay / 60 % 60,
               date.day, date.month, date.year)
    }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
        (a.date, a.secondOfDay) < (b.date, b.secondOfDay)
    }

    /// Parses ISO 8601 date-times with an offset (`Z`, `+07:00`, `+0700`) or without one (taken as Viet Nam time).
    public static func parse(_ text: String) -> LocalDateTime? {
        if let t = parseStored(text) { return t }
        let t = text.trimmingCharacters(in: .whitespaces)
        guard t.count >= 16 else { return nil }
        let datePart = t.prefix(10)
        guard let date = LocalDate(iso: datePart) else { return nil }
        var rest = t.dropFirst(10)
        guard let sep = rest.first, sep == "T" || sep == " " else { return nil }
        rest = rest.dropFirst()
        // hh:mm[:ss[.fff]]
        let timeEnd = rest.firstIndex(where: { $0 == "Z" || $0 == "+" || $0 == "-" }) ?? rest.endIndex
        let timeText = rest[..<timeEnd]
        let zoneText = rest[timeEnd...]
        let hms = timeText.split(separator: ":", omittingEmptySubsequences: false)
        guard hms.count == 2 || hms.count == 3,
              hms[0].count == 2, hms[1].count == 2,
              let h = Int(hms[0]), let m = Int(hms[1]), (0...23).contains(h), (0...59).contains(m)
        else { return nil }
        var s = 0
        if hms.count == 3 {
            let secText = hms[2].split(separator: ".", maxSplits: 1)[0]
            guard secText.count == 2, let sec = Int(secText), (0...59).contains(sec) else { return nil }
            s = sec
        }
        var offset = utcOffsetSeconds
        if zoneText == "Z" {
            offset = 0
        } else if !zoneText.isEmpty {
            let sign = zoneText.first == "-" ? -1 : 1
            let digits = zoneText.dropFirst().replacingOccurrences(of: ":", with: "")
            guard digits.count == 4, let hh = Int(digits.prefix(2)), let mm = Int(digits.suffix(2)),
                  hh <= 14, mm < 60 else { return nil }
            offset = sign * (hh * 3600 + mm * 60)
        }
        let utcSeconds = (date.julianDay - 2440588) * 86400 + h * 3600 + m * 60 + s - offset
        return LocalDateTime(Date(timeIntervalSince1970: TimeInterval(utcSeconds)))
    }
}

extension LocalDateTime {
    /// The form MotCua writes (`2026-02-25T16:10:00+07:00`, or without the offset), read byte by byte: most of what is
    /// parsed is what was stored. Anything else is left to the general parser.
    static func parseStored(_ text: String) -> LocalDateTime? {
        var text = text
        return text.withUTF8 { b -> LocalDateTime? in
            guard b.count == 19 || (b.count == 25 && b[19] == UInt8(ascii: "+") && b[20] == UInt8(ascii: "0")
                                    && b[21] == UInt8(ascii: "7") && b[22] == UInt8(ascii: ":") && b[23] == UInt8(ascii: "0")
                                    && b[24] == UInt8(ascii: "0")),
                  b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
                  b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":") else { return nil }
            func number(_ from: Int, _ count: Int) -> Int? {
                var value = 0
                for i in from..<(from + count) {
                    let digit = Int(b[i]) - 48
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let y = number(0, 4), let mo = number(5, 2), let d = number(8, 2), let h = number(11, 2),
                  let mi = number(14, 2), let s = number(17, 2), (1...12).contains(mo), d >= 1,
                  d <= LocalDate.daysIn(month: mo, year: y), h < 24, mi < 60, s < 60 else { return nil }
            return LocalDateTime(date: LocalDate(year: y, month: mo, day: d), secondOfDay: h * 3600 + mi * 60 + s)
        }
    }
}

extension LocalDateTime: Codable {
    /// Encoded as ISO 8601 with the `+07:00` offset.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let t = LocalDateTime.parse(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an ISO 8601 date-time: \(text)"))
        }
        self = t
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
