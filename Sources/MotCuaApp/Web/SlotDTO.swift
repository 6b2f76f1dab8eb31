import MotCuaCore
import Vapor

/// One document slot of a dossier's declaration, as its staff see it.
struct SlotDTO: Content {
    var key: String
    var name: String
    /// Needed in this dossier's case (always, or because of what was declared).
    var required: Bool
    /// The documents attached to it (their ids in `documents`).
    var documents: [String]
    /// At the counter: the paper document was seen.
    var presented: Bool
    /// At the counter: why a required document was not needed.
    var waivedReason: String?
    /// Asked for as a supplement when the dossier was entered.
    var missing: Bool
}
