import Foundation
import MotCuaCore
import Vapor

/// The JSON body of every error response.
struct ErrorBody: Content {
    let error: Bool
    let code: String
    let reason: String
}
