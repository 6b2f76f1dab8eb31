import Fluent
import Foundation
import MotCuaCore
import Vapor

struct PartDTO: Content {
    var name: String
    var agency: String
    var unitCode: String
    var due: String?
    var completedAt: String?
}
