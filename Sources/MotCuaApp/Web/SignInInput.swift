import Fluent
import Foundation
import MotCuaCore
import Vapor

struct SignInInput: Content {
    var login: String
    var password: String
}
