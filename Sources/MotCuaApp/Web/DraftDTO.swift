import Foundation
import MotCuaCore
import Vapor

struct DraftDTO: Content {
    var id: String
    var procedureCode: String?
    var procedureName: String?
    var content: DraftContent
    var createdAt: String
    var updatedAt: String
    /// Fields still needed before it can be sent.
    var missing: [String]
}
