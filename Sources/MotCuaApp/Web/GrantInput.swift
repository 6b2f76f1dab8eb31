import Fluent
import Foundation
import MotCuaCore
import Vapor

struct GrantInput: Content {
    var role: String
    var unitCode: String
    var fields: [String]?
}
