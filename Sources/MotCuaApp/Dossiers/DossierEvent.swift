import Foundation
import MotCuaCore

/// A line of the processing control sheet (phiếu kiểm soát quá trình giải quyết hồ sơ): who did what, when, in which
/// role and unit, and the state it led to.
struct DossierEvent: Sendable {
    var dossierCode: String
    var seq: Int
    var at: LocalDateTime
    var actorId: String
    var actorName: String
    var role: Role
    var unitCode: String?
    var action: DossierAction
    var fromState: DossierState?
    var toState: DossierState
    var reason: String?
    var documentId: String?
    var detail: [String: String]?
    /// Shown to the applicant (internal steps are not).
    var visible: Bool
}
