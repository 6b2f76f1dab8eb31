import MotCuaCore
import Vapor

struct FeeDTO: Content {
    /// free, vnd, foreign, rule or unknown.
    let kind: String
    let amount: Double?
    let currency: String?
    let text: String?
    let note: String?

    init(_ fee: Fee, note: String?) {
        self.note = note
        switch fee {
        case .free: kind = "free"; amount = 0; currency = "VND"; text = "Miễn phí"
        case .vnd(let v): kind = "vnd"; amount = Double(v); currency = "VND"; text = "\(v) đồng"
        case .foreign(let a, let c): kind = "foreign"; amount = a; currency = c; text = "\(a) \(c)"
        case .rule(let t): kind = "rule"; amount = nil; currency = nil; text = t
        case .unknown: kind = "unknown"; amount = nil; currency = nil; text = nil
        }
    }
}
