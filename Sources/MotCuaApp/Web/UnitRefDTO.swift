import Fluent
import Foundation
import MotCuaCore
import Vapor

struct UnitRefDTO: Content {
    var code: String
    var name: String
}
