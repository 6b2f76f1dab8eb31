import Fluent
import Foundation
import MotCuaCore
import Vapor

struct RegisterInput: Content {
    var login: String
    var fullName: String
    var password: String
}
