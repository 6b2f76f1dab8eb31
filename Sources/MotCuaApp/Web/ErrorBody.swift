import Foundation
import MotCuaCore
import Vapor

/// The JSON body of every error response.
struct ErrorBody: Content {
    let error: Bool
    let code: String
    let reason: String
    /// With `form_invalid`: each field or document slot to correct.
    var fields: [FieldProblemDTO]? = nil
}
