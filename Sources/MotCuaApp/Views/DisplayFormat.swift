import MotCuaCore

/// Dates, times and amounts as people read them: `17:00, 02/12/2026` in Vietnamese, `2 Dec 2026, 17:00` in English.
enum DisplayFormat {
    static func dateTime(_ iso: String?, _ language: Language) -> String? {
        guard let iso, let t = LocalDateTime.parse(iso) else { return nil }
        return dateTime(t, language)
    }

    static func dateTime(_ t: LocalDateTime, _ language: Language) -> String {
        let clock = String(t.secondOfDay / 3600).leftPadded + ":" + String(t.secondOfDay / 60 % 60).leftPadded
        return language == .vi ? "\(clock), \(t.date.vietnamese)" : "\(date(t.date, .en)), \(clock)"
    }

    static func date(_ d: LocalDate, _ language: Language) -> String {
        language == .vi ? d.vietnamese : "\(d.day) \(months[d.month - 1]) \(d.year)"
    }

    /// 200000 → "200.000 đồng" or "200,000 VND".
    static func money(_ n: Int, _ language: Language) -> String {
        language == .vi ? AnswerComposer.amount(n, separator: ".") + " đồng" : AnswerComposer.amount(n, separator: ",") + " VND"
    }

    /// Points as published: `11,43` in Vietnamese, `11.43` in English.
    static func points(_ x: Double, _ language: Language) -> String {
        let text = String(format: "%.2f", x)
        return language == .vi ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A share as a percentage with one decimal: `57,1 %` / `57.1%`.
    static func percent(_ x: Double, _ language: Language) -> String {
        let text = String(format: "%.1f", x * 100)
        return language == .vi ? text.replacingOccurrences(of: ".", with: ",") + " %" : text + "%"
    }

    /// A file's size: `84 KB`, `2,4 MB` (`2.4 MB` in English).
    static func size(_ bytes: Int, _ language: Language = .vi) -> String {
        guard bytes >= 1024 * 1024 else { return "\(max(1, bytes / 1024)) KB" }
        let tenths = bytes * 10 / (1024 * 1024)
        return "\(tenths / 10)\(language == .vi ? "," : ".")\(tenths % 10) MB"
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}

private extension String {
    var leftPadded: String { count < 2 ? "0" + self : self }
}
