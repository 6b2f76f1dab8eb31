import MotCuaCore

/// The reader's-language names of the stored codes (states, steps, roles, outcomes, ratings): a code never
/// reaches the screen; one that is not known is shown as written.
enum Names {
    static func state(_ raw: String, _ l: Language) -> String {
        DossierState(rawValue: raw).map { l == .vi ? $0.vietnamese : $0.english } ?? raw
    }

    static func action(_ raw: String, _ l: Language) -> String {
        DossierAction(rawValue: raw).map { l == .vi ? $0.vietnamese : $0.english } ?? raw
    }

    static func role(_ raw: String, _ l: Language) -> String {
        Role(rawValue: raw).map { l == .vi ? $0.vietnamese : $0.english } ?? raw
    }

    static func outcome(_ raw: String, _ l: Language) -> String {
        DossierClock.Outcome(rawValue: raw).map { l == .vi ? $0.vietnamese : $0.english } ?? raw
    }

    static func rating(_ raw: String, _ l: Language) -> String {
        ServiceRating(rawValue: raw).map { l == .vi ? $0.vietnamese : $0.english } ?? raw
    }

    /// The fee line: the amount in the reader's format when it is a number, else the catalogue's words.
    static func fee(due: Int?, text: String, _ l: Language) -> String {
        if let due, due > 0 { return DisplayFormat.money(due, l) }
        if due == 0 { return UIText.text("fee_free", l) }
        return text
    }
}
