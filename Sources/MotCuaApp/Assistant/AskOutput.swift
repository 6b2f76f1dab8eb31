import Fluent
import Foundation
import MotCuaCore
import NIOConcurrencyHelpers
import Vapor

/// The assistant's answer, as the API and `motcua ask --json` give it.
struct AskOutput: Content {
    let answer: String
    let procedures: [AssistantProcedureDTO]
    let needsClarification: Bool
    let outOfScope: Bool
    /// Empty, over-long, binary, or a request the assistant will not help with.
    let refused: Bool
    let conversationId: String
    let language: String
    /// answer, clarify, outOfScope, refused, invalid, dossierStatus or followUp.
    let decision: String
    let citations: [AssistantCitation]
    let aspects: [String]
    let commune: UnitRefDTO?
    let dossier: AssistantDossierDTO?
    /// "composer" (from the catalogue's fields) or "model" (phrased by the configured language model, checked).
    let phrasedBy: String
}
