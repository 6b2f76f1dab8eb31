import Fluent
import Foundation
import MotCuaCore
import SQLKit
import Vapor

/// One row of `dossier_events`, as stored (``DossierEvent`` is what the rest of MotCua sees).
struct EventRecord: Codable, Sendable {
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

extension EventRecord {
    init(_ e: DossierEvent) {
        self.init(dossierCode: e.dossierCode, seq: e.seq, at: e.at.description, actorId: e.actorId, actorName: e.actorName,
                  role: e.role.rawValue, unitCode: e.unitCode, action: e.action.rawValue, fromState: e.fromState?.rawValue,
                  toState: e.toState.rawValue, reason: e.reason, documentId: e.documentId,
                  detail: e.detail.map { DossierRecord.json($0) }, visible: e.visible)
    }

    func event(_ json: JSONDecoder = JSONDecoder()) throws -> DossierEvent {
        func value<T: RawRepresentable<String>>(_ text: String, _ column: String) throws -> T {
            guard let v = T(rawValue: text) else { throw StoredValue.Corrupt(column: "dossier_events.\(column)", value: text) }
            return v
        }
        return DossierEvent(dossierCode: dossierCode, seq: seq, at: try StoredValue.dateTime(at, "dossier_events.at"), actorId: actorId,
                            actorName: actorName, role: try value(role, "role"), unitCode: unitCode, action: try value(action, "action"),
                            fromState: try fromState.map { try value($0, "from_state") }, toState: try value(toState, "to_state"),
                            reason: reason, documentId: documentId,
                            detail: detail.flatMap { try? json.decode([String: String].self, from: Data($0.utf8)) }, visible: visible)
    }
}
