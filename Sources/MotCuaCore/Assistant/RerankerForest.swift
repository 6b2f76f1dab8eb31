/// The assistant's re-ranking as boosted regression trees over the same generic features as ``Reranker`` (LambdaMART):
/// where the linear re-ranking can only add evidence up, trees weigh one kind of evidence by another (the nearest
/// examples' votes count for less when the question says little of a title, a field's fit for more when the search
/// found several close titles). Fitted offline on the tuning sets with LightGBM (`scripts/train-reranker-trees.py` on the
/// features `motcua assistant-train --dump` writes) and shipped as text in ``standard``; nothing is fitted or fetched at
/// run time. Chosen by measurement: leaving five groups of the tuning sets out in turn, the first candidate was acceptable
/// for 0.908 of the questions against 0.894 with the linear re-ranking (eval/README.md).
public struct RerankerForest: Sendable, Codable, Equatable {
    /// Each node: the feature it splits on (-1 for a leaf), its threshold (a leaf: its value), and its children by index
    /// (a feature at or below the threshold goes left).
    public var feature: [Int32]
    public var threshold: [Double]
    public var left: [Int32]
    public var right: [Int32]
    /// Each tree's first node.
    public var roots: [Int32]

    /// Reads the trees from their text: a line `roots i j …`, then one line per node, `feature threshold left right` or
    /// `-1 value` for a leaf. A line that cannot be read is a programming error (the text is written by the training
    /// script and shipped in the source).
    public init(text: String) {
        feature = []; threshold = []; left = []; right = []; roots = []
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.first == "roots" {
                roots = parts.dropFirst().map { Int32($0)! }
                continue
            }
            feature.append(Int32(parts[0])!)
            threshold.append(Double(parts[1])!)
            left.append(parts.count > 2 ? Int32(parts[2])! : -1)
            right.append(parts.count > 3 ? Int32(parts[3])! : -1)
        }
    }

    /// The candidate's learned score (higher is better): the sum of the leaves its features reach.
    public func score(_ features: [Double]) -> Double {
        var total = 0.0
        for root in roots {
            var node = Int(root)
            while feature[node] >= 0 {
                let f = Int(feature[node])
                node = Int(f < features.count && features[f] <= threshold[node] ? left[node] : right[node])
            }
            total += threshold[node]
        }
        return total
    }
}
