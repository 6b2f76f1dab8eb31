import Foundation

/// What a unit's dossiers, catalogue and feedback give for each measure in a period: a numerator over a denominator.
/// A measure MotCua has no data for is absent; one whose denominator is zero (nothing to count) is "no data" as well,
/// never a made-up zero.
public struct IndexFacts: Sendable, Equatable {
    public struct Ratio: Sendable, Equatable {
        public var numerator: Int
        public var denominator: Int
        public init(_ numerator: Int, _ denominator: Int) { self.numerator = numerator; self.denominator = denominator }
        public var value: Double? { denominator > 0 ? Double(numerator) / Double(denominator) : nil }
    }

    public var ratios: [IndexMeasure: Ratio]

    public init(_ ratios: [IndexMeasure: Ratio] = [:]) { self.ratios = ratios }

    public subscript(_ m: IndexMeasure) -> Ratio? {
        get { ratios[m] }
        set { ratios[m] = newValue }
    }
}
