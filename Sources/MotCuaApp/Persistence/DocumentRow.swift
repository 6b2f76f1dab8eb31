import Fluent
import Foundation
import MotCuaCore
import SQLKit
import Vapor

/// One row of `dossier_documents`.
struct DocumentRow: Codable, Sendable {
    var id: String
    var dossierCode: String
    var sha256: String
    var mediaType: String
    var size: Int
    var fileName: String
    var docType: String
    var original: Bool
    var kind: String
    var uploadedAt: String
    var uploadedBy: String

    /// The columns, named as stored (decoding them needs no key conversion, which costs more than the query).
    enum CodingKeys: String, CodingKey {
        case id
        case dossierCode = "dossier_code"
        case sha256
        case mediaType = "media_type"
        case size
        case fileName = "file_name"
        case docType = "doc_type"
        case original
        case kind
        case uploadedAt = "uploaded_at"
        case uploadedBy = "uploaded_by"
    }
}
