import Fluent
import Foundation
import MotCuaCore
import NIOConcurrencyHelpers
import Vapor

struct AssistantProcedureDTO: Content {
    let code: String
    let name: String
    let score: Double
    let url: String
}
