/// Which unit has authority over a dossier, given where it was received. Since July 2025 any centre in a
/// province receives dossiers regardless of administrative boundary and routes them to the competent unit.
public enum Routing {
    public enum Problem: Error, Equatable, Sendable {
        /// The procedure is carried out by a central agency (or one outside the hierarchy), not by a province or commune.
        case noLocalAuthority
        /// The receiving and competent units are in different provinces.
        case outsideProvince
        /// A commune-level procedure received by a provincial centre needs the commune that has authority.
        case communeRequired
        /// The unit asked for does not have authority at the procedure's level.
        case unitWithoutAuthority
    }

    public static func province(of unit: AdministrativeUnit) -> String {
        unit.level == .province ? unit.code : (unit.provinceCode ?? unit.code)
    }

    /// The competent unit: for commune-level procedures the commune asked for, else the applicant's commune,
    /// else the receiving commune; for province-level procedures the province.
    public static func competentUnit(levels: [ProcedureLevel], receiving: AdministrativeUnit,
                                     applicantCommune: AdministrativeUnit?, requested: AdministrativeUnit?,
                                     province provinceUnit: AdministrativeUnit) -> Result<AdministrativeUnit, Problem> {
        let provinceCode = province(of: receiving)
        if let requested, province(of: requested) != provinceCode { return .failure(.outsideProvince) }
        if levels.contains(.commune) {
            if let requested {
                return requested.level == .commune ? .success(requested)
                    : levels.contains(.province) ? .success(provinceUnit) : .failure(.unitWithoutAuthority)
            }
            if let applicantCommune, province(of: applicantCommune) == provinceCode { return .success(applicantCommune) }
            if receiving.level == .commune { return .success(receiving) }
            return levels.contains(.province) ? .success(provinceUnit) : .failure(.communeRequired)
        }
        if levels.contains(.province) {
            if let requested, requested.level != .province { return .failure(.unitWithoutAuthority) }
            return .success(provinceUnit)
        }
        return .failure(.noLocalAuthority)
    }
}

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
