import Foundation
import MotCuaCore
import Vapor

/// A detail of an error that the core already words in both languages (a parse problem, an abolition notice).
struct LocalizedText: Sendable {
    let vi: String
    let en: String
}
