/// Checks on free text people type (names, e-mails, reasons) before it is stored.
public enum TextRules {
    /// Whether the text holds a control character other than a line break or tab (NUL among them: SQLite would
    /// keep the text only up to it, PostgreSQL refuses it).
    public static func hasControlCharacters(_ text: String, allowingLineBreaks: Bool = false) -> Bool {
        text.unicodeScalars.contains { s in
            guard s.properties.generalCategory == .control else { return false }
            return !(allowingLineBreaks && (s == "\n" || s == "\r" || s == "\t"))
        }
    }
}
