import Fluent
import Foundation
import MotCuaCore
import Vapor

struct DocumentDTO: Content {
    var id: String
    var fileName: String
    var docType: String
    var mediaType: String
    var size: Int
    var original: Bool
    var sha256: String
    var uploadedAt: String
    /// The declaration's document slot it fills, when it does.
    var slot: String?
}
