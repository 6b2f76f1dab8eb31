import Fluent
import Foundation
import MotCuaCore
import Vapor

struct GrantDTO: Content {
    var id: String?
    var role: String
    var unitCode: String
    var provinceCode: String
    var fields: [String]
}
