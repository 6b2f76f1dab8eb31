import Fluent
import Foundation

final class ProcedureRow: Model, @unchecked Sendable {
    static let schema = "procedures"
    @ID(custom: "code", generatedBy: .user) var id: String?
    @Field(key: "name") var name: String
    @Field(key: "field") var field: String
    /// Levels as `,central,commune,` so that a LIKE '%,commune,%' finds them.
    @Field(key: "levels") var levels: String
    /// Review flags, comma-separated.
    @Field(key: "flags") var flags: String
    /// The clean procedure as JSON.
    @Field(key: "body") var body: String
    /// The ProcedureSummary as JSON (what lists show; loaded at start).
    @Field(key: "summary") var summary: String
    /// Folded, weighted index text (ProcedureSearch.indexText), so that start-up need not fold.
    @Field(key: "search_text") var searchText: String
    /// The catalogue line as it was imported.
    @Field(key: "raw") var raw: String
    @Field(key: "revision") var revision: Int
    @Field(key: "imported_at") var importedAt: Date
    init() {}
}
