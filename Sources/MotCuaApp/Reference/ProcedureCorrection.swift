import Foundation
import MotCuaCore

/// One correction an administrator made to a procedure imported from the catalogue.
struct ProcedureCorrection: Sendable, Equatable {
    let code: String
    /// 1, 2, … per procedure.
    let revision: Int
    /// The declaration in force from this revision on (nil: this revision did not change it).
    let definition: DeclarationForm?
    /// Processing times corrected with this revision, by channel (applied to the procedure as stored, and again after
    /// each import of the catalogue).
    let times: [MotCuaCore.Channel: ProcessingTime]
    /// Whether the procedure's review flags were checked with this revision.
    let reviewed: Bool
    /// What was corrected and why.
    let note: String
    let recordedBy: String
    let recordedAt: LocalDateTime
}
