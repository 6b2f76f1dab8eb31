import Foundation
import MotCuaCore

/// A document of a dossier: the file (kept by its SHA-256 in the document store), what it is, and who added it when.
struct DossierDocument: Sendable {
    var id: String
    var dossierCode: String
    var sha256: String
    var mediaType: String
    var size: Int
    var fileName: String
    var docType: String
    var original: Bool
    /// `submitted` with the dossier, or `supplement`.
    var kind: String
    var uploadedAt: LocalDateTime
    /// The audit name of who added it.
    var uploadedBy: String
    /// The declaration's document slot it was attached to, when it was.
    var slot: String? = nil
}
