import MotCuaCore
import Vapor

/// A procedure in a list: enough to choose one.
struct ProcedureSummaryDTO: Content {
    let code: String
    let name: String
    let field: String
    let levels: [String]
    let online: Bool
    let fullyOnline: Bool?
    /// The counter channel's statutory time, e.g. "3 working-days".
    let time: String?
    let timeVi: String?
    let fee: FeeDTO?
    let flags: [String]
    let score: Double?
    let url: String

    init(_ p: ProcedureSummary, score: Double?) {
        code = p.code; name = p.name; field = p.field; levels = p.levels.map(\.rawValue)
        online = p.online; fullyOnline = p.fullyOnline
        time = p.time?.description
        timeVi = p.time?.vietnamese
        fee = p.fee.map { FeeDTO($0, note: p.feeNote) }
        flags = p.flags.map(\.rawValue)
        self.score = score.map { ($0 * 1000).rounded() / 1000 }
        url = "/api/v1/procedures/\(p.code)"
    }
}
