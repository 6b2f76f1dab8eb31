import Fluent
import Foundation
import MotCuaCore
import SQLKit
import Vapor

/// One row of `dossier_events`: a line of the processing control sheet.
struct EventRow: Codable, Sendable {
    var dossierCode: String
    var seq: Int
    var at: String
    var actorId: String
    var actorName: String
    var role: String
    var unitCode: String?
    var action: String
    var fromState: String?
    var toState: String
    var reason: String?
    var documentId: String?
    var detail: String?
    var visible: Bool

    /// The columns, named as stored (decoding them needs no key conversion, which costs more than the query).
    enum CodingKeys: String, CodingKey {
        case dossierCode = "dossier_code"
        case seq
        case at
        case actorId = "actor_id"
        case actorName = "actor_name"
        case role
        case unitCode = "unit_code"
        case action
        case fromState = "from_state"
        case toState = "to_state"
        case reason
        case documentId = "document_id"
        case detail
        case visible
    }
}
