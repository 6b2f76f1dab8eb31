import Foundation
import MotCuaCore
import Vapor

struct FeedbackInput: Content {
    var rating: String
    var comment: String?
    /// For an applicant without an account: the dossier's phone.
    var phone: String?
}
