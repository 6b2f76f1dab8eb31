import Fluent
import Foundation
import MotCuaCore
import NIOConcurrencyHelpers
import Vapor

/// A question put to the assistant.
struct AskInput: Content {
    var question: String
    var conversationId: String?
    /// The asker's commune (5-digit code): their centre is where to submit, and the answer names it.
    var communeCode: String?
    /// The applicant's phone, for a question about a dossier's status (may also be written in the question).
    var phone: String?
    /// "citizen" (default) or "officer": officers' answers say which level and unit handles a procedure.
    var mode: String?
    /// The day the answer is for (YYYY-MM-DD; officers asking what holds from a day — decentralisation changes,
    /// abolitions); today by default.
    var date: String?
}
