

/// Electronic agency identifiers (mã định danh điện tử, Decision 20/2020/QĐ-TTg as amended): four groups read from the
/// right — level 1 a letter and two digits (H56), levels 2 and 3 two digits each, level 4 three digits —
/// `000.00.14.H56`. Assigned by the authorities, so a deployment supplies them as a list `unit code,identifier`.
public enum AgencyIdentifiers {
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public let line: Int
        public let message: String
        public var description: String { "line \(line): \(message)" }
    }

    public static func isWellFormed(_ id: String) -> Bool {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        let digits = { (s: Substring, n: Int) in s.utf8.count == n && s.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }
        guard parts.count == 4, digits(parts[0], 3), digits(parts[1], 2), digits(parts[2], 2), parts[3].utf8.count == 3,
              let letter = parts[3].utf8.first, letter >= 65 && letter <= 90 else { return false }
        return digits(parts[3].dropFirst(), 2)
    }

    /// Reads `unit code,identifier` lines (a header line, blank lines and `#` comments are skipped); refuses a
    /// malformed identifier, a unit listed twice, and an identifier given to two units.
    public static func parse(_ text: String) -> Result<[String: String], Problem> {
        var byUnit: [String: String] = [:], unitOf: [String: String] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if index == 0, fields.first?.lowercased().contains("unit") == true { continue }
            let n = index + 1
            guard fields.count == 2, !fields[0].isEmpty else { return .failure(Problem(line: n, message: "expected `unit code,identifier`")) }
            let (unit, id) = (fields[0], fields[1])
            guard isWellFormed(id) else {
                return .failure(Problem(line: n, message: "\(id) is not an agency identifier like 000.00.14.H56"))
            }
            if byUnit[unit] != nil { return .failure(Problem(line: n, message: "unit \(unit) is listed twice")) }
            if let other = unitOf[id] { return .failure(Problem(line: n, message: "\(id) is already the identifier of unit \(other)")) }
            byUnit[unit] = id
            unitOf[id] = unit
        }
        return .success(byUnit)
    }
}
