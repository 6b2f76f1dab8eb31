

/// An interconnected procedure (liên thông): one dossier, several agencies in turn, each with its part of
/// the time, one combined result. The parts run in order; each part's deadline follows the previous one's.
public struct InterconnectedProcedure: Sendable {
    public struct Part: Sendable, Hashable, Codable {
        public var name: String
        public var agency: String
        /// The level of the unit that does this part (the competent commune, or the province).
        public var level: ProcedureLevel
        public var time: ProcessingTime
    }

    public let code: String
    public let parts: [Part]

    /// Decree 63/2024/NĐ-CP: birth registration, permanent residence and a health-insurance card for a child
    /// under 6 — at most 20 working days in all (catalogue 2.000986). The split between agencies follows the
    /// sectoral laws (civil status: same day; Law on Residence: 7 working days; health insurance: 5) and is
    /// the best reading available (to verify with each province's regulation).
    public static let known: [String: InterconnectedProcedure] = [
        "2.000986": InterconnectedProcedure(code: "2.000986", parts: [
            Part(name: "Đăng ký khai sinh", agency: "UBND xã (Tư pháp - hộ tịch)", level: .commune, time: .workingDays(1)),
            Part(name: "Đăng ký thường trú", agency: "Công an xã", level: .commune, time: .workingDays(7)),
            Part(name: "Cấp thẻ bảo hiểm y tế", agency: "Bảo hiểm xã hội tỉnh", level: .province, time: .workingDays(5)),
        ]),
        "2.001023": InterconnectedProcedure(code: "2.001023", parts: [
            Part(name: "Đăng ký khai sinh", agency: "UBND xã (Tư pháp - hộ tịch)", level: .commune, time: .workingDays(1)),
            Part(name: "Cấp thẻ bảo hiểm y tế", agency: "Bảo hiểm xã hội tỉnh", level: .province, time: .workingDays(5)),
        ]),
    ]

    /// Each part's due moment, in order, from the receipt of the complete dossier.
    public func dues(received: LocalDateTime, calendar: WorkingCalendar) -> [LocalDateTime] {
        var start = received
        return parts.map { part in
            let due = calendar.appointment(received: start, time: part.time)
            start = due
            return due
        }
    }
}
