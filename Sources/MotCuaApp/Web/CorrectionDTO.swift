import Foundation
import Vapor

/// One correction of a procedure, over the API.
struct CorrectionDTO: Content {
    let procedureCode: String
    let revision: Int
    /// The version of the declaration this correction put in force (absent: unchanged).
    let definitionVersion: Int?
    let documentSlots: Int?
    /// Processing times corrected with it, by channel (`15 working-days`…).
    let times: [String: String]?
    let reviewed: Bool
    let note: String
    let recordedBy: String
    let recordedAt: String

    init(_ c: ProcedureCorrection) {
        procedureCode = c.code; revision = c.revision
        definitionVersion = c.definition?.version; documentSlots = c.definition?.documents.count
        times = c.times.isEmpty ? nil : Dictionary(uniqueKeysWithValues: c.times.map { ($0.key.rawValue, $0.value.description) })
        reviewed = c.reviewed; note = c.note; recordedBy = c.recordedBy; recordedAt = c.recordedAt.description
    }
}
