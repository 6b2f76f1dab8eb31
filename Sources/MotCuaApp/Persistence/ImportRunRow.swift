import Fluent
import Foundation

final class ImportRunRow: Model, @unchecked Sendable {
    static let schema = "import_runs"
    @ID(key: .id) var id: UUID?
    @Field(key: "kind") var kind: String
    @Field(key: "source") var source: String
    @Field(key: "started_at") var startedAt: Date
    @Field(key: "finished_at") var finishedAt: Date
    @Field(key: "imported") var imported: Int
    /// Problems found (bad lines, flag counts), JSON.
    @Field(key: "report") var report: String
    init() {}
}
