import Foundation
import MotCuaCore
import Vapor

/// A value with a name in each language (dossier states, actions, roles).
protocol LocalizedName {
    func name(_ language: Language) -> String
}
