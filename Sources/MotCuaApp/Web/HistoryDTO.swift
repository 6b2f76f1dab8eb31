import Fluent
import Foundation
import MotCuaCore
import Vapor

struct HistoryDTO: Content {
    var seq: Int
    var at: String
    var action: String
    var actionText: String
    var state: String
    var stateText: String
    var reason: String?
    var actor: String?
    var role: String?
    var detail: [String: String]?
}
