import MotCuaCore
import Vapor

/// A procedure's declaration and document slots, as `GET /api/v1/procedures/{code}/form` gives them.
struct DeclarationFormDTO: Content {
    var procedureCode: String
    var version: Int
    var title: String
    var titleEn: String?
    var source: String?
    /// Derived from the catalogue entry (no form has been written for this procedure yet).
    var derived: Bool
    var sections: [DeclarationSection]
    var documents: [DocumentSlot]
    var checks: [DeclarationCheck]?
    /// For a derived form: catalogue lines the derivation could not read as a document or a note.
    var unread: [String]?

    init(_ form: DeclarationForm, derived: DerivedDeclaration?) {
        procedureCode = form.procedureCode; version = form.version; title = form.title; titleEn = form.titleEn; source = form.source
        self.derived = derived != nil
        sections = form.sections; documents = form.documents; checks = form.checks
        unread = derived.flatMap { $0.unparsed.isEmpty ? nil : $0.unparsed }
    }
}
