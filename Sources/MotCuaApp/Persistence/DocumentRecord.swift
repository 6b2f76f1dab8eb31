import Fluent
import Foundation
import MotCuaCore
import SQLKit
import Vapor

/// One row of `dossier_documents`, as stored (``DossierDocument`` is what the rest of MotCua sees).
struct DocumentRecord: Codable, Sendable {
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
    var slot: String?

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
        case slot
    }
}

extension DocumentRecord {
    init(_ d: DossierDocument) {
        self.init(id: d.id, dossierCode: d.dossierCode, sha256: d.sha256, mediaType: d.mediaType, size: d.size, fileName: d.fileName,
                  docType: d.docType, original: d.original, kind: d.kind, uploadedAt: d.uploadedAt.description, uploadedBy: d.uploadedBy,
                  slot: d.slot)
    }

    func document() throws -> DossierDocument {
        DossierDocument(id: id, dossierCode: dossierCode, sha256: sha256, mediaType: mediaType, size: size, fileName: fileName,
                        docType: docType, original: original, kind: kind,
                        uploadedAt: try StoredValue.dateTime(uploadedAt, "dossier_documents.uploaded_at"), uploadedBy: uploadedBy,
                        slot: slot)
    }
}
