import Foundation

/// The Vietnamese lunisolar calendar, computed astronomically for the meridian of UTC+7.
///
/// Months begin on the day (in Viet Nam's time zone) that holds the new moon; month 11 holds the
/// winter solstice; a year with 13 months repeats the first month that contains no major solar
/// term. Because Viet Nam uses UTC+7 and China UTC+8, the two calendars differ in some years
/// (Tết 1985, 2007, 2030). New moons and solar longitudes use the series in Jean Meeus,
/// *Astronomical Algorithms* (ch. 25 and 49, abridged).
public struct VietnameseLunarCalendar: Sendable {
    public let timeZoneHours: Double

    public init(timeZoneHours: Double = 7) { self.timeZoneHours = timeZoneHours }

    private static let synodicMonth = 29.530588853
    private static let epochNewMoon = 2415021.076998695 // the new moon of 1900-01-01

    /// The Gregorian date of a lunar date, or nil when the month is not a leap month that year.
    public func solarDate(lunarDay: Int, lunarMonth: Int, lunarYear: Int, isLeapMonth: Bool = false) -> LocalDate? {
        let (a11, b11): (Int, Int)
        if lunarMonth < 11 {
            a11 = month11Start(gregorianYear: lunarYear - 1)
            b11 = month11Start(gregorianYear: lunarYear)
        } else {
            a11 = month11Start(gregorianYear: lunarYear)
            b11 = month11Start(gregorianYear: lunarYear + 1)
        }
        let k = Int((0.5 + (Double(a11) - Self.epochNewMoon) / Self.synodicMonth).rounded(.down))
        var offset = lunarMonth - 11
        if offset < 0 { offset += 12 }
        if b11 - a11 > 365 {
            let leapOffset = leapMonthOffset(month11Start: a11)
            var leapMonth = leapOffset - 2
            if leapMonth < 0 { leapMonth += 12 }
            if isLeapMonth && lunarMonth != leapMonth { return nil }
            if isLeapMonth || offset >= leapOffset { offset += 1 }
        } else if isLeapMonth {
            return nil
        }
        let monthStart = newMoonDay(k + offset)
        return LocalDate(julianDay: monthStart + lunarDay - 1)
    }

    /// Tết Nguyên Đán: the first day of the first lunar month of `year`.
    public func tet(_ year: Int) -> LocalDate {
        solarDate(lunarDay: 1, lunarMonth: 1, lunarYear: year)!
    }

    /// The Julian day number of the day holding the k-th new moon after 1900-01-01.
    func newMoonDay(_ k: Int) -> Int {
        Int((newMoon(k) + 0.5 + timeZoneHours / 24).rounded(.down))
    }

    /// Julian day (fractional, UT) of the k-th mean new moon after 1900, corrected by the main periodic terms.
    func newMoon(_ k: Int) -> Double {
        let k = Double(k)
        let t = k / 1236.85, t2 = t * t, t3 = t2 * t
        let dr = Double.pi / 180
        var jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
        jd += 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
        let sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
        let moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
        let latitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
        var c = (0.1734 - 0.000393 * t) * sin(sunAnomaly * dr) + 0.0021 * sin(2 * dr * sunAnomaly)
        c += -0.4068 * sin(moonAnomaly * dr) + 0.0161 * sin(2 * dr * moonAnomaly)
        c += -0.0004 * sin(3 * dr * moonAnomaly)
        c += 0.0104 * sin(2 * dr * latitude) - 0.0051 * sin(dr * (sunAnomaly + moonAnomaly))
        c += -0.0074 * sin(dr * (sunAnomaly - moonAnomaly)) + 0.0004 * sin(dr * (2 * latitude + sunAnomaly))
        c += -0.0004 * sin(dr * (2 * latitude - sunAnomaly)) - 0.0006 * sin(dr * (2 * latitude + moonAnomaly))
        c += 0.0010 * sin(dr * (2 * latitude - moonAnomaly)) + 0.0005 * sin(dr * (2 * moonAnomaly + sunAnomaly))
        // ΔT, the difference between dynamical and universal time, in days.
        let deltaT: Double = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2
        return jd + c - deltaT
    }

    /// Which of the twelve 30° sectors the Sun's apparent longitude is in at local midnight
    /// starting the day `julianDay` (0 = spring equinox … 9 = winter solstice).
    func sunLongitudeSector(_ julianDay: Int) -> Int {
        let t = (Double(julianDay) - 2451545.5 - timeZoneHours / 24) / 36525
        let t2 = t * t
        let dr = Double.pi / 180
        let meanAnomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
        let meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2
        var centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(dr * meanAnomaly)
        centre += (0.019993 - 0.000101 * t) * sin(dr * 2 * meanAnomaly) + 0.000290 * sin(dr * 3 * meanAnomaly)
        var longitude = (meanLongitude + centre) * dr
        longitude -= Double.pi * 2 * (longitude / (Double.pi * 2)).rounded(.down)
        return Int((longitude / Double.pi * 6).rounded(.down))
    }

    /// The first day of the lunar month that contains the winter solstice of `gregorianYear`.
    func month11Start(gregorianYear: Int) -> Int {
        let off = LocalDate(year: gregorianYear, month: 12, day: 31).julianDay - 2415021
        let k = Int((Double(off) / Self.synodicMonth).rounded(.down))
        let start = newMoonDay(k)
        return sunLongitudeSector(start) >= 9 ? newMoonDay(k - 1) : start
    }

    /// In a 13-month year, how many months after month 11 the leap month falls.
    func leapMonthOffset(month11Start a11: Int) -> Int {
        let k = Int(((Double(a11) - Self.epochNewMoon) / Self.synodicMonth + 0.5).rounded(.down))
        var i = 1
        var arc = sunLongitudeSector(newMoonDay(k + i))
        var last: Int
        repeat {
            last = arc
            i += 1
            arc = sunLongitudeSector(newMoonDay(k + i))
        } while arc != last && i < 14
        return i - 1
    }
}
