import Foundation

/// A procedure abolished by a decision (298 were when the district tier went): from `effective` on, no new
/// dossier may be received for it; dossiers received before go on under the rules they were received with.
public struct ProcedureAbolition: Sendable, Equatable, Codable {
    public var code: String
    public var effective: LocalDate
    /// The decision that abolished it, e.g. "Quyết định 1234/QĐ-BTP ngày 20/11/2026".
    public var decision: String

    public init(code: String, effective: LocalDate, decision: String) {
        self.code = code; self.effective = effective; self.decision = decision
    }

    public enum Problem: Error, Equatable {
        case badDate, badDecision
        /// The effective day has passed and the record is not marked as a correction.
        case pastDate(LocalDate)
        public var vietnamese: String {
            switch self {
            case .badDate: return "Ngày hiệu lực phải có dạng YYYY-MM-DD."
            case .pastDate(let today): return CompetenceChange.Problem.pastDate(today).vietnamese
            case .badDecision: return "Cần ghi văn bản bãi bỏ (5–300 ký tự, một dòng), ví dụ: Quyết định 1234/QĐ-BTP ngày 20/11/2026."
            }
        }
        public var english: String {
            switch self {
            case .badDate: return "The effective day must be YYYY-MM-DD."
            case .pastDate(let today): return CompetenceChange.Problem.pastDate(today).english
            case .badDecision: return "Name the abolishing decision (5–300 characters, one line)."
            }
        }
    }

    /// An abolition from what an administrator typed: an ISO day and the decision's reference. `today` is the
    /// administrator's day: an earlier effective day is accepted only as a `correction` of a wrong record.
    public static func parse(code: String, effective: String, decision: String, correction: Bool = false,
                             today: LocalDate) -> Result<ProcedureAbolition, Problem> {
        guard let day = LocalDate(iso: effective.trimmingCharacters(in: .whitespaces)), (2000...2100).contains(day.year) else {
            return .failure(.badDate)
        }
        if day < today && !correction { return .failure(.pastDate(today)) }
        let text = decision.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (5...300).contains(text.count), !text.contains(where: { $0 == "<" || $0 == ">" || $0.isNewline }) else {
            return .failure(.badDecision)
        }
        return .success(ProcedureAbolition(code: code, effective: day, decision: text))
    }

    public func inForce(on date: LocalDate) -> Bool { effective <= date }

    /// What a citizen or officer is told when a dossier is refused for it.
    public var vietnamese: String {
        "Thủ tục \(code) đã bị bãi bỏ từ ngày \(effective.vietnamese) theo \(decision); không tiếp nhận hồ sơ mới."
    }
}
