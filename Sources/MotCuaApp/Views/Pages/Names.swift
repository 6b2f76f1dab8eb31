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

    /// Working time left, as the inbox shows it ("2 ngày 3 giờ làm việc", "Quá hạn").
    static func timeLeft(_ seconds: Int?, urgency: String?, _ l: Language) -> String {
        guard let s = seconds else { return "—" }
        if s < 0 || urgency == "overdue" { return UIText.text("left_overdue", l) }
        let hours = s / 3600, minutes = (s % 3600) / 60
        return hours >= 8 ? UIText.text("left_days", l, hours / 8, hours % 8) : UIText.text("left_hours", l, hours, minutes)
    }

    /// An outbox message as the officer reads it: what, by which channel, where it stands.
    static func notification(event: String, channel: String, status: String, attempts: Int, _ l: Language) -> String {
        let events = ["submitted": "note_submitted", "received": "note_received", "supplementRequested": "note_supplement",
                      "paymentRequested": "note_payment", "apology": "note_apology", "resultReady": "note_result_ready",
                      "refused": "note_refused", "stopped": "note_stopped", "withdrawn": "note_withdrawn", "returned": "note_returned"]
        let channels = ["sms": "channel_sms", "email": "channel_email", "zalo": "channel_zalo"]
        let statuses = ["pending": "note_pending", "sent": "note_sent", "failed": "note_failed"]
        func name(_ table: [String: String], _ raw: String) -> String { table[raw].map { UIText.text($0, l) } ?? raw }
        return "\(name(events, event)) · \(name(channels, channel)) · \(name(statuses, status))" + (attempts > 1 ? " · " + UIText.text("note_attempts", l, attempts) : "")
    }
}
