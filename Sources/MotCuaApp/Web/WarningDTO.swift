import Fluent
import Foundation
import MotCuaCore
import Vapor

struct WarningDTO: Content {
    var dossierCode: String
    var kind: String
    var dueAt: String
    var createdAt: String
}
