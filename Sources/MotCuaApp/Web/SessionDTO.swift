import Fluent
import Foundation
import MotCuaCore
import Vapor

struct SessionDTO: Content {
    var token: String
    var csrf: String
    var expiresAt: String
    var account: AccountDTO
}
