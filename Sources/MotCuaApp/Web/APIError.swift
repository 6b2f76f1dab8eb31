import Foundation
import MotCuaCore
import Vapor

/// An error a user can read: its code from ``ErrorCode``, and the message in Vietnamese (the default) and English.
struct APIError: AbortError, Sendable {
    let status: HTTPResponseStatus
    /// A stable machine-readable code, e.g. `unit_not_found`.
    let code: String
    let vi: String
    let en: String
    var reason: String { vi }

    /// The catalogue's error `code` with its details filled in: a ``LocalizedName`` (a state, an action, a role) or a
    /// ``LocalizedText`` in each language's words, anything else as written.
    init(_ code: ErrorCode, _ details: Any...) {
        let entry = code.entry
        func fill(_ template: String, _ language: Language) -> String {
            var out = template
            for (i, detail) in details.enumerated() {
                let text: String
                switch detail {
                case let d as any LocalizedName: text = d.name(language)
                case let d as LocalizedText: text = language.pick(d.vi, d.en)
                default: text = "\(detail)"
                }
                out = out.replacingOccurrences(of: "{\(i)}", with: text)
            }
            return out
        }
        self.status = entry.status
        self.code = code.rawValue
        self.vi = fill(entry.vi, .vi)
        self.en = fill(entry.en, .en)
    }

    static let notReady = APIError(.notReady)
}

extension DossierState: LocalizedName { func name(_ l: Language) -> String { l.pick(vietnamese, english) } }

extension DossierAction: LocalizedName { func name(_ l: Language) -> String { l.pick(vietnamese, englishCommand) } }

extension Role: LocalizedName { func name(_ l: Language) -> String { l.pick(vietnamese, english) } }
