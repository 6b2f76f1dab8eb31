

/// A dossier code: `<receiving unit>-<yyMMdd>-<sequence>`, e.g. `26734-260213-0042`, or with the unit's electronic
/// agency identifier in front where one is configured, e.g. `000.00.14.H56-200203-0118`.
public enum DossierCode {
    /// `unit` is what goes in front: the unit's code or its agency identifier.
    public static func make(unit: String, date: LocalDate, sequence: Int) -> String {
        let yy = date.year % 100
        let pad2 = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        let seq = sequence < 10_000 ? String(String(sequence + 10_000).dropFirst()) : "\(sequence)"
        return "\(unit)-\(pad2(yy))\(pad2(date.month))\(pad2(date.day))-\(seq)"
    }

    /// Whether `text` has the shape of a dossier code (used before any database lookup).
    public static func isWellFormed(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...20).contains(parts[0].utf8.count), parts[1].utf8.count == 6,
              (4...7).contains(parts[2].utf8.count) else { return false }
        let digits = { (s: Substring) in s.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }
        return parts[0].utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || $0 == 46 }
            && digits(parts[1]) && digits(parts[2])
    }
}
