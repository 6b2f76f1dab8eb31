import Foundation
import Vapor

/// One correction of a procedure, over the API.
struct CorrectionDTO: Content {
    let procedureCode: String
    let revision: Int
    /// The version of the declaration this correction put in force (absent: unchanged).
    let definitionVersion: Int?
    let documentSlots: Int?
    let reviewed: Bool
    let note: String
    let recordedBy: String
    let recordedAt: String

    init(_ c: ProcedureCorrection) {
        procedureCode = c.code; revision = c.revision
        definitionVersion = c.definition?.version; documentSlots = c.definition?.documents.count
        reviewed = c.reviewed; note = c.note; recordedBy = c.recordedBy; recordedAt = c.recordedAt.description
    }
}
