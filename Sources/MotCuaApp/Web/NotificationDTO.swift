import Fluent
import Foundation
import MotCuaCore
import Vapor

struct NotificationDTO: Content {
    var event: String
    var channel: String
    var status: String
    var attempts: Int
    var createdAt: String
    var deliveredAt: String?
    var lastError: String?
}
