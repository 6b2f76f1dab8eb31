

/// Office hours of a working day, as periods of minutes since midnight.
public struct OfficeHours: Hashable, Sendable {
    public struct Period: Hashable, Sendable {
        public let start: Int
        public let end: Int
        public init(start: Int, end: Int) { self.start = start; self.end = end }
    }

    public let periods: [Period]

    /// 07:30–11:30 and 13:30–17:00.
    public static let standard = OfficeHours(uncheckedPeriods: [.init(start: 450, end: 690), .init(start: 810, end: 1020)])

    init(uncheckedPeriods: [Period]) { self.periods = uncheckedPeriods }

    /// Parses `07:30-11:30,13:30-17:00`: ordered, non-overlapping, non-empty periods.
    public init?(parsing text: String) {
        var periods: [Period] = []
        for part in text.split(separator: ",") {
            let ends = part.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
            guard ends.count == 2, let s = Self.minutes(ends[0]), let e = Self.minutes(ends[1]), s < e else { return nil }
            if let last = periods.last, last.end > s { return nil }
            periods.append(Period(start: s, end: e))
        }
        guard !periods.isEmpty else { return nil }
        self.periods = periods
    }

    private static func minutes(_ text: String) -> Int? {
        let hm = text.split(separator: ":")
        guard hm.count == 2, let h = Int(hm[0]), let m = Int(hm[1]), (0...24).contains(h), (0...59).contains(m),
              h * 60 + m <= 1440 else { return nil }
        return h * 60 + m
    }

    public var secondsPerDay: Int { periods.reduce(0) { $0 + ($1.end - $1.start) * 60 } }
    public var openingSecond: Int { periods[0].start * 60 }
    public var closingSecond: Int { periods[periods.count - 1].end * 60 }

    public var description: String {
        periods.map { p in
            func f(_ m: Int) -> String { (m / 60 < 10 ? "0" : "") + "\(m / 60):" + (m % 60 < 10 ? "0" : "") + "\(m % 60)" }
            return f(p.start) + "-" + f(p.end)
        }.joined(separator: ",")
    }
}
