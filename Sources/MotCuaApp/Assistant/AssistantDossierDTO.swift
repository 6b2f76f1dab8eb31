import Fluent
import Foundation
import MotCuaCore
import NIOConcurrencyHelpers
import Vapor

struct AssistantDossierDTO: Content {
    let code: String
    let statusCode: Int
    let state: String
    let stateText: String
    let appointment: String?
}
