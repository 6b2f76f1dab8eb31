

/// The statutory holidays of Labour Code 2019, Art. 112, computed for any year.
///
/// - New Year 1/1; Tết: 5 days (lunar new year's eve and lunar 1/1–1/4 by default); Hùng Kings'
///   day (lunar 10/3); 30/4; 1/5; National Day 2/9 plus one adjacent day (1/9 or 3/9); from 2026,
///   24/11 Vietnam Culture Day (Resolution of the National Assembly, 2025).
/// - Art. 112(3): a holiday that falls on a weekly rest day gives the next working day off.
///
/// The Government decrees each year's actual schedule; ``WorkingCalendar`` lets such a
/// ``DecreedSchedule`` replace these computed defaults.
public enum StatutoryHolidays {
    /// The first year in which 24 November is a day off.
    public static let cultureDayFirstYear = 2026

    public static func daysOff(year: Int, lunar: VietnameseLunarCalendar = .init()) -> [DayOff] {
        var holidays: [DayOff] = []
        func add(_ date: LocalDate, _ name: String) { holidays.append(DayOff(date: date, name: name)) }

        add(LocalDate(year: year, month: 1, day: 1), "Tết Dương lịch (New Year's Day)")
        let tet = lunar.tet(year)
        add(tet.adding(days: -1), "Nghỉ Tết Nguyên đán – Giao thừa (Lunar New Year's Eve)")
        add(tet, "Tết Nguyên đán – Mùng 1 (Lunar New Year)")
        for i in 1...3 {
            add(tet.adding(days: i), "Tết Nguyên đán – Mùng \(i + 1)")
        }
        if let hung = lunar.solarDate(lunarDay: 10, lunarMonth: 3, lunarYear: year) {
            add(hung, "Giỗ Tổ Hùng Vương (Hùng Kings' Commemoration Day)")
        }
        add(LocalDate(year: year, month: 4, day: 30), "Ngày Chiến thắng (Reunification Day)")
        add(LocalDate(year: year, month: 5, day: 1), "Ngày Quốc tế Lao động (International Labour Day)")
        let national = LocalDate(year: year, month: 9, day: 2)
        add(national, "Quốc khánh (National Day)")
        add(nationalDayAdjacent(national), "Quốc khánh – ngày liền kề (National Day, adjacent day)")
        if year >= cultureDayFirstYear {
            add(LocalDate(year: year, month: 11, day: 24), "Ngày Văn hóa Việt Nam (Vietnam Culture Day)")
        }
        holidays.sort { $0.date < $1.date }
        return holidays + compensations(for: holidays)
    }

    /// Which day next to 2/9 is the second National Day holiday: the one that joins the break to a
    /// weekend (3/9 when 2/9 is a Monday or Thursday, otherwise 1/9). The decree of each year decides;
    /// this is the default for years without one.
    static func nationalDayAdjacent(_ national: LocalDate) -> LocalDate {
        switch national.isoWeekday {
        case 1, 4: return national.adding(days: 1)
        default: return national.adding(days: -1)
        }
    }

    /// Art. 112(3): each holiday on a Saturday or Sunday gives the next free working day off.
    static func compensations(for holidays: [DayOff]) -> [DayOff] {
        var taken = Set(holidays.map(\.date))
        var result: [DayOff] = []
        for holiday in holidays where holiday.date.isWeekend {
            var d = holiday.date.adding(days: 1)
            while d.isWeekend || taken.contains(d) { d = d.adding(days: 1) }
            taken.insert(d)
            result.append(DayOff(date: d, name: "Nghỉ bù \(holiday.name)"))
        }
        return result
    }
}
