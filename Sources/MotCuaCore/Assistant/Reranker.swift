import Foundation

/// A learned re-ranking of the assistant's candidates: a linear score over generic features of a question and a
/// procedure (how the hand-weighted ranking scored it, which of the procedure's sections hold the question's words, how
/// much of its title the question says, the field its words fit, its level), with weights fitted offline on the tuning
/// sets' labelled questions (`motcua assistant-train`) and shipped in ``standard``. Generic by construction: no feature
/// names a word or a procedure, so what it learns is how much each kind of evidence is worth.
public struct Reranker: Sendable, Codable, Equatable {
    /// What each feature is, in order (see ``Assistant/features(_:_:)``).
    public static let featureNames = [
        "score", "match", "rank", "title", "field", "result", "subjects", "documents", "steps", "requirements", "titlePairs",
        "cover", "fieldFit", "commune", "province", "titleLength", "variants", "expansionTitle", "distinctSaid", "distinctUnsaid",
        "ownCover", "examples", "examplesShare", "examplesEnglish", "accentClash", "actionSaid", "actionOther",
        "examplesLikeness", "examplesNearest",
    ]

    /// Each feature's mean and spread over the training candidates: features are standardised before weighing.
    public var means: [Double]
    public var scales: [Double]
    public var weights: [Double]

    public init(means: [Double], scales: [Double], weights: [Double]) {
        self.means = means; self.scales = scales; self.weights = weights
    }

    /// The candidate's learned score (higher is better).
    public func score(_ features: [Double]) -> Double {
        var s = 0.0
        for i in weights.indices where i < features.count { s += weights[i] * (features[i] - means[i]) / scales[i] }
        return s
    }

    /// One question's candidates for training: their features and whether each is an acceptable answer.
    public struct TrainingList: Sendable {
        public let features: [[Double]]
        public let relevant: [Bool]
        /// The candidates' procedure codes.
        public var codes: [String] = []
        public init(features: [[Double]], relevant: [Bool], codes: [String] = []) {
            self.features = features; self.relevant = relevant; self.codes = codes
        }
    }

    /// Fits the weights by gradient descent on the listwise softmax loss (the probability given to the acceptable
    /// answers among each question's candidates), with an L2 penalty. Lists without an acceptable candidate teach
    /// nothing and are skipped. Deterministic: full batches, a fixed number of steps, a fixed order.
    public static func train(_ lists: [TrainingList], l2: Double = 0.01, steps: Int = 300, rate: Double = 0.1) -> (Reranker, loss: Double) {
        let useful = lists.filter { $0.relevant.contains(true) && $0.relevant.contains(false) }
        let dimension = featureNames.count
        var means = [Double](repeating: 0, count: dimension), scales = [Double](repeating: 1, count: dimension)
        let all = useful.flatMap(\.features)
        if !all.isEmpty {
            for j in 0..<dimension {
                let m = all.map { $0[j] }.reduce(0, +) / Double(all.count)
                let v = all.map { ($0[j] - m) * ($0[j] - m) }.reduce(0, +) / Double(all.count)
                means[j] = m; scales[j] = v > 1e-12 ? v.squareRoot() : 1
            }
        }
        // Standardised features, flat: list i's candidates are rows offsets[i]..<offsets[i+1].
        var x: [Double] = [], relevant: [Bool] = [], offsets = [0]
        for list in useful {
            for f in list.features { for j in 0..<dimension { x.append((f[j] - means[j]) / scales[j]) } }
            relevant += list.relevant
            offsets.append(relevant.count)
        }
        var w = [Double](repeating: 0, count: dimension)
        // Adam: the features differ in how often they matter, plain steps would crawl along the rare ones.
        var m1 = w, m2 = w
        var loss = 0.0
        var s = [Double](repeating: 0, count: relevant.count)
        var gradient = [Double](repeating: 0, count: dimension)
        for step in 1...max(steps, 1) {
            for j in 0..<dimension { gradient[j] = 0 }
            loss = 0
            for r in 0..<relevant.count {
                var v = 0.0
                for j in 0..<dimension { v += x[r * dimension + j] * w[j] }
                s[r] = v
            }
            for i in 0..<useful.count {
                let rows = offsets[i]..<offsets[i + 1]
                var top = -Double.infinity
                for r in rows { top = max(top, s[r]) }
                var z = 0.0, zRelevant = 0.0
                for r in rows {
                    s[r] = exp(s[r] - top)
                    z += s[r]
                    if relevant[r] { zRelevant += s[r] }
                }
                loss -= log(zRelevant / z)
                for r in rows {
                    // d(−log zR/z)/ds_r = p_r − (relevant ? p_r among the relevant : 0)
                    let g = s[r] / z - (relevant[r] ? s[r] / zRelevant : 0)
                    for j in 0..<dimension { gradient[j] += g * x[r * dimension + j] }
                }
            }
            let n = Double(max(useful.count, 1))
            loss /= n
            for j in 0..<dimension {
                let g = gradient[j] / n + l2 * w[j]
                m1[j] = 0.9 * m1[j] + 0.1 * g
                m2[j] = 0.999 * m2[j] + 0.001 * g * g
                let corrected1 = m1[j] / (1 - pow(0.9, Double(step))), corrected2 = m2[j] / (1 - pow(0.999, Double(step)))
                w[j] -= rate * (1 - Double(step - 1) / Double(steps)) * corrected1 / (corrected2.squareRoot() + 1e-8)
            }
        }
        return (Reranker(means: means, scales: scales, weights: w), loss)
    }
}
