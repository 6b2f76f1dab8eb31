import MotCuaCore
import Vapor

/// One recorded change of a procedure's level or agency.
struct CompetenceChangeDTO: Content {
    let code: String
    let kind: String
    /// decentralised, reassigned, agencyChanged or introduced.
    let movement: String
    let effective: String
    let decision: String
    let levels: [String]
    let agency: String?
    let previousLevels: [String]
    let previousAgency: String?
    let correction: Bool
    let text: String

    init(_ c: CompetenceChange, language: Language = .vi) {
        code = c.code; kind = c.kind.rawValue; movement = c.movement.rawValue; effective = c.effective.description; decision = c.decision
        levels = c.levels.map(\.rawValue); agency = c.agency; previousLevels = c.previousLevels.map(\.rawValue)
        previousAgency = c.previousAgency; correction = c.correction
        text = language == .en ? c.english : c.vietnamese
    }
}
