import Fluent
import Foundation
import MotCuaCore
import Vapor

struct TokenDTO: Content {
    var id: String
    var name: String
    var token: String
    var scopes: [String]
}
