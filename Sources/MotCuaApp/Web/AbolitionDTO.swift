import MotCuaCore
import Vapor

struct AbolitionDTO: Content {
    let effective: String
    let decision: String
    init(_ a: ProcedureAbolition) { effective = a.effective.description; decision = a.decision }
}
