import Fluent
import Foundation
import MotCuaCore
import Vapor

struct StaffInput: Content {
    var login: String
    var fullName: String
    var password: String
    var grants: [GrantInput]?
}
