import Foundation

/// A unit's service index for a period: the points of each indicator from the facts, by the rules. An indicator without
/// data says so and earns no points, and the maximum the unit could be scored on is given beside the rules' maximum.
public struct IndexScore: Sendable, Equatable {
    public struct Indicator: Sendable, Equatable {
        public let key: String
        /// What it measures (the rule file's `measure`).
        public let measure: IndexMeasure
        public let name: String
        public let nameEn: String
        public let maximum: Double
        /// nil when there is no data.
        public let points: Double?
        public let value: Double?
        public let numerator: Int?
        public let denominator: Int?
        public var noData: Bool { points == nil }
    }

    public struct Group: Sendable, Equatable {
        public let key: String
        public let name: String
        public let nameEn: String
        public let maximum: Double
        public let points: Double
        public let indicators: [Indicator]
    }

    public let groups: [Group]
    public let total: Double
    public let maximum: Double
    /// The maximum of the indicators that have data.
    public let maximumWithData: Double

    /// Points rounded to two decimals, as the portal publishes them.
    static func rounded(_ x: Double) -> Double { (x * 100).rounded() / 100 }

    public init(rules: IndexRules, facts: IndexFacts) {
        groups = rules.groups.map { g in
            let indicators = g.indicators.map { i -> Indicator in
                guard let ratio = facts[i.measure], let value = ratio.value else {
                    return Indicator(key: i.key, measure: i.measure, name: i.name, nameEn: i.nameEn, maximum: i.points, points: nil, value: nil,
                                     numerator: facts[i.measure]?.numerator, denominator: facts[i.measure]?.denominator)
                }
                let share = min(1, max(0, value) / (i.fullAt ?? 1))
                return Indicator(key: i.key, measure: i.measure, name: i.name, nameEn: i.nameEn, maximum: i.points, points: Self.rounded(i.points * share), value: value,
                                 numerator: ratio.numerator, denominator: ratio.denominator)
            }
            return Group(key: g.key, name: g.name, nameEn: g.nameEn, maximum: g.points,
                         points: Self.rounded(indicators.compactMap(\.points).reduce(0, +)), indicators: indicators)
        }
        total = Self.rounded(groups.map(\.points).reduce(0, +))
        maximum = rules.maximum
        maximumWithData = groups.flatMap(\.indicators).filter { !$0.noData }.map(\.maximum).reduce(0, +)
    }
}
