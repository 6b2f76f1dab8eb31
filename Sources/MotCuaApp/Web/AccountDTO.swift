import Fluent
import Foundation
import MotCuaCore
import Vapor

struct AccountDTO: Content {
    var id: String
    var kind: String
    var login: String
    var fullName: String
    var grants: [GrantDTO]
}
