import Fluent
import Foundation
import MotCuaCore
import Vapor

struct TokenInput: Content {
    var name: String
    var scopes: [String]
    var expiresInDays: Int?
}
