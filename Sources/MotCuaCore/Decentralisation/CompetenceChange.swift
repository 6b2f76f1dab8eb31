import Foundation

/// A decision that changes, from a day, at which level of government (and by which agency) a procedure is carried
/// out — "thủ tục … phân cấp cho UBND cấp xã" — or that introduces a procedure from a day. Dossiers received before
/// `effective` keep the rules in force when they were received; routing reads ``CatalogueChanges/competence(of:on:)``.
public struct CompetenceChange: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// The levels or the competent agency change.
        case assign
        /// A procedure (already in the catalogue) is received only from `effective` on.
        case introduce
    }

    public var code: String
    public var kind: Kind
    public var effective: LocalDate
    /// The deciding document, e.g. "Quyết định 1234/QĐ-BNV ngày 20/11/2026".
    public var decision: String
    /// The levels from `effective` on.
    public var levels: [ProcedureLevel]
    /// The competent agency from `effective` on (nil: unchanged).
    public var agency: String?
    /// What was in force the day before `effective` (the catalogue's levels, or an earlier change's), kept so that a
    /// report over a period need not reconstruct it.
    public var previousLevels: [ProcedureLevel]
    public var previousAgency: String?
    /// Recorded with a past effective day to correct the record (otherwise a past day is refused).
    public var correction: Bool
    /// The order in which changes were recorded: for one procedure and one day, the later one holds.
    public var sequence: Int

    public init(code: String, kind: Kind = .assign, effective: LocalDate, decision: String, levels: [ProcedureLevel], agency: String? = nil,
                previousLevels: [ProcedureLevel], previousAgency: String? = nil, correction: Bool = false, sequence: Int = 0) {
        self.code = code; self.kind = kind; self.effective = effective; self.decision = decision
        self.levels = levels; self.agency = agency; self.previousLevels = previousLevels; self.previousAgency = previousAgency
        self.correction = correction; self.sequence = sequence
    }

    public enum Problem: Error, Equatable, Sendable {
        case badDate
        /// The effective day is before today and the change is not marked as a correction.
        case pastDate(LocalDate)
        case unknownLevel(String)
        case noLevel
        case badDecision
        case badAgency
        /// Nothing would change: the levels and agency asked for are those already in force on that day.
        case unchanged
        case unknownKind(String)

        public var vietnamese: String {
            switch self {
            case .badDate: return "Ngày hiệu lực phải có dạng YYYY-MM-DD (từ năm 2000 đến 2100)."
            case .pastDate(let today):
                return "Ngày hiệu lực đã qua (hôm nay là \(today.vietnamese)). Chỉ ghi ngày đã qua khi đính chính một bản ghi sai: đánh dấu \"correction\": true."
            case .unknownLevel(let l):
                return "Không có cấp thực hiện \"\(l)\". Các cấp: central (trung ương), province (tỉnh), commune (xã), other (cơ quan khác)."
            case .noLevel: return "Cần ít nhất một cấp thực hiện (central, province, commune hoặc other)."
            case .badDecision:
                return "Cần ghi văn bản quyết định (5–300 ký tự, một dòng), ví dụ: Quyết định 1234/QĐ-BNV ngày 20/11/2026."
            case .badAgency: return "Tên cơ quan có thẩm quyền dài 2–200 ký tự, một dòng."
            case .unchanged: return "Cấp thực hiện và cơ quan có thẩm quyền này đã đang áp dụng vào ngày đó; không có gì thay đổi."
            case .unknownKind(let k): return "Không có loại thay đổi \"\(k)\" (assign: đổi cấp hoặc cơ quan; introduce: thủ tục mới áp dụng từ ngày hiệu lực)."
            }
        }

        public var english: String {
            switch self {
            case .badDate: return "The effective day must be YYYY-MM-DD (years 2000 to 2100)."
            case .pastDate(let today):
                return "The effective day has passed (today is \(today)). A past day is accepted only to correct a wrong record: mark it \"correction\": true."
            case .unknownLevel(let l): return "There is no level \"\(l)\"; the levels are central, province, commune and other."
            case .noLevel: return "Name at least one level (central, province, commune or other)."
            case .badDecision: return "Name the deciding document (5–300 characters, one line)."
            case .badAgency: return "The competent agency's name is 2–200 characters on one line."
            case .unchanged: return "These levels and this agency are already in force on that day; nothing would change."
            case .unknownKind(let k): return "There is no kind of change \"\(k)\" (assign or introduce)."
            }
        }
    }

    /// A change from what an administrator sent, checked against what is in force the day before it takes effect
    /// (`inForce` of that day). `today` is the administrator's day: an earlier effective day needs `correction`.
    public static func parse(code: String, kind: String?, levels: [String], agency: String?, effective: String, decision: String,
                             correction: Bool, today: LocalDate, inForce competenceOn: (LocalDate) -> Competence) -> Result<CompetenceChange, Problem> {
        let kindText = (kind ?? "assign").trimmingCharacters(in: .whitespaces).lowercased()
        guard let kind = Kind(rawValue: kindText.isEmpty ? "assign" : kindText) else { return .failure(.unknownKind(kindText)) }
        guard let day = LocalDate(iso: effective.trimmingCharacters(in: .whitespaces)), (2000...2100).contains(day.year) else {
            return .failure(.badDate)
        }
        if day < today && !correction { return .failure(.pastDate(today)) }
        var parsed: [ProcedureLevel] = []
        for raw in levels {
            let text = raw.trimmingCharacters(in: .whitespaces).lowercased()
            guard let level = ProcedureLevel(rawValue: text) else { return .failure(.unknownLevel(String(raw.prefix(40)))) }
            if !parsed.contains(level) { parsed.append(level) }
        }
        guard !parsed.isEmpty else { return .failure(.noLevel) }
        parsed.sort { ProcedureLevel.allCases.firstIndex(of: $0)! < ProcedureLevel.allCases.firstIndex(of: $1)! }
        let text = decision.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (5...300).contains(text.count), !text.contains(where: { $0 == "<" || $0 == ">" || $0.isNewline }) else {
            return .failure(.badDecision)
        }
        var newAgency: String?
        if let a = agency?.trimmingCharacters(in: .whitespacesAndNewlines), !a.isEmpty {
            guard (2...200).contains(a.count), !a.contains(where: { $0 == "<" || $0 == ">" || $0.isNewline }) else { return .failure(.badAgency) }
            newAgency = a
        }
        let inForce = competenceOn(day.adding(days: -1))
        if kind == .assign && Set(parsed) == Set(inForce.levels) && (newAgency == nil || newAgency == inForce.agency) {
            return .failure(.unchanged)
        }
        return .success(CompetenceChange(code: code, kind: kind, effective: day, decision: text, levels: parsed, agency: newAgency,
                                         previousLevels: inForce.levels, previousAgency: inForce.agency, correction: correction))
    }

    /// How the change moves the procedure, for the report ("741 decentralised, 346 reassigned").
    public var movement: Movement {
        if kind == .introduce { return .introduced }
        let localBefore = Set(previousLevels).intersection([.province, .commune])
        let localAfter = Set(levels).intersection([.province, .commune])
        if localBefore.isEmpty && !localAfter.isEmpty { return .decentralised }
        if Set(previousLevels) != Set(levels) { return .reassigned }
        return .agencyChanged
    }

    public enum Movement: String, Sendable, Codable, CaseIterable {
        /// From a central agency (or one outside the hierarchy) to the province or the commune.
        case decentralised
        /// Between levels: province ↔ commune, or back to a central agency.
        case reassigned
        /// Same levels, another competent agency.
        case agencyChanged
        /// A procedure received from the effective day on.
        case introduced
    }

    /// What an officer or citizen reads: "Từ 01/01/2027 thực hiện tại cấp xã (trước: cấp tỉnh) theo Quyết định …".
    public var vietnamese: String {
        let to = levels.map(\.vietnamese).joined(separator: ", ")
        if kind == .introduce { return "Áp dụng từ ngày \(effective.vietnamese) tại \(to) theo \(decision)." }
        let from = previousLevels.map(\.vietnamese).joined(separator: ", ")
        let agencyText = agency.map { "; cơ quan có thẩm quyền: \($0)" } ?? ""
        return "Từ ngày \(effective.vietnamese) thực hiện tại \(to)\(agencyText) (trước đó: \(from.isEmpty ? "chưa áp dụng" : from)) theo \(decision)."
    }

    public var english: String {
        let to = levels.map(\.english).joined(separator: ", ")
        if kind == .introduce { return "Applies from \(effective) at \(to), by \(decision)." }
        let from = previousLevels.map(\.english).joined(separator: ", ")
        let agencyText = agency.map { "; competent agency: \($0)" } ?? ""
        return "From \(effective) carried out at \(to)\(agencyText) (before: \(from.isEmpty ? "not applied" : from)), by \(decision)."
    }
}
