import Crypto
import Fluent
import Foundation
import MotCuaCore
import Vapor

struct DocumentInput: Content {
    var fileName: String
    var docType: String?
    var original: Bool?
    var contentBase64: String
}
