import Vapor

/// A document attached to a draft's slot: kept in the document store by its digest until the draft is sent.
struct DraftAttachment: Content, Equatable {
    var slot: String
    var sha256: String
    var fileName: String
    var mediaType: String
    var size: Int
}
