import Foundation

/// The service index's groups, indicators, points and thresholds, as data (a versioned rule file an administrator can
/// replace): each indicator names what it measures and how its ratio becomes points — in proportion, or full marks from
/// a threshold (`fullAt`: 0.8 gives full marks at 80 % and a share of them below).
public struct IndexRules: Codable, Sendable, Equatable {
    public struct Indicator: Codable, Sendable, Equatable {
        public var key: String
        public var name: String
        public var nameEn: String
        public var points: Double
        public var measure: IndexMeasure
        /// The ratio that earns full marks (nil: 1, points in proportion).
        public var fullAt: Double?
    }

    public struct Group: Codable, Sendable, Equatable {
        public var key: String
        public var name: String
        public var nameEn: String
        public var indicators: [Indicator]
        public var points: Double { indicators.reduce(0) { $0 + $1.points } }
    }

    public var version: Int
    /// The decision the points follow, and how the national portal applies it.
    public var source: String
    public var groups: [Group]

    public var maximum: Double { groups.reduce(0) { $0 + $1.points } }

    /// Reads and checks a rule file: JSON that decodes, known measures, keys unique, points above zero, thresholds in
    /// (0, 1]. An error names the line.
    public static func load(_ text: String) -> Result<IndexRules, DeclarationForm.LoadError> {
        let rules: IndexRules
        do {
            rules = try JSONDecoder().decode(IndexRules.self, from: Data(text.utf8))
        } catch let DecodingError.dataCorrupted(context) where context.codingPath.last?.stringValue == "measure" {
            return .failure(.init(line: DeclarationForm.line(ofKey: "measure", in: text), problem: "unknown measure: \(context.debugDescription)"))
        } catch let DecodingError.keyNotFound(key, context) {
            return .failure(.init(line: DeclarationForm.line(ofKey: context.codingPath.last?.stringValue ?? key.stringValue, in: text),
                                  problem: "\"\(key.stringValue)\" is missing"))
        } catch {
            if case .failure(let e) = DeclarationForm.load(text), e.problem.hasPrefix("not JSON") { return .failure(e) }
            return .failure(.init(line: 1, problem: "not a rule file: \(error)"))
        }
        guard rules.version >= 1 else { return .failure(.init(line: DeclarationForm.line(ofKey: "version", in: text), problem: "the version starts at 1")) }
        guard !rules.groups.isEmpty else { return .failure(.init(line: 1, problem: "a rule file has at least one group")) }
        var keys = Set<String>()
        for g in rules.groups {
            guard keys.insert(g.key).inserted else { return .failure(.init(line: DeclarationForm.line(ofKey: g.key, in: text, occurrence: 2), problem: "\"\(g.key)\" appears twice")) }
            guard !g.indicators.isEmpty else { return .failure(.init(line: DeclarationForm.line(ofKey: g.key, in: text), problem: "group \"\(g.key)\" has no indicator")) }
            for i in g.indicators {
                let line = DeclarationForm.line(ofKey: i.key, in: text)
                guard keys.insert(i.key).inserted else { return .failure(.init(line: DeclarationForm.line(ofKey: i.key, in: text, occurrence: 2), problem: "\"\(i.key)\" appears twice")) }
                guard i.points > 0 else { return .failure(.init(line: line, problem: "indicator \"\(i.key)\" has no points")) }
                if let t = i.fullAt, !(t > 0 && t <= 1) { return .failure(.init(line: line, problem: "indicator \"\(i.key)\": fullAt is a share between 0 and 1")) }
            }
        }
        return .success(rules)
    }
}
