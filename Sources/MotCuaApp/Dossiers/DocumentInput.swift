import Crypto
import Fluent
import Foundation
import MotCuaCore
import Vapor

/// A document sent inside a JSON submission.
struct DocumentInput: Content {
    var fileName: String
    var docType: String?
    var original: Bool?
    var contentBase64: String
    /// The declaration's document slot it fills (`GET /api/v1/procedures/{code}/form`, `documents[].key`).
    var slot: String? = nil
}
