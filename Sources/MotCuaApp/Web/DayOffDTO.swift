import Foundation
import MotCuaCore
import Vapor

struct DayOffDTO: Content {
    let date: String
    let name: String
}
