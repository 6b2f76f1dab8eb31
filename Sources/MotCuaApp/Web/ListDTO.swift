import Foundation
import MotCuaCore
import Vapor

struct ListDTO<Item: Content>: Content {
    let total: Int
    let items: [Item]
}
