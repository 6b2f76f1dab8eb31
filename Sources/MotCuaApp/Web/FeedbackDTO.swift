import Foundation
import MotCuaCore
import Vapor

struct FeedbackDTO: Content {
    var dossierCode: String
    var procedureName: String?
    var rating: String
    var ratingText: String
    var comment: String?
    var createdAt: String
}
