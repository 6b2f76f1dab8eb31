import Fluent
import SQLKit

extension Database {
    /// The database as SQL. Both engines MotCua runs on (SQLite, PostgreSQL) are SQL databases under Fluent; this
    /// is the one place that says so. Only the persistence layer (this folder) writes SQL: a test checks it.
    var sql: any SQLDatabase { self as! any SQLDatabase }
}

extension Database {
    /// PostgreSQL's `pg_notify`, sent from inside the transaction `self` when it commits.
    func notify(channel: String, payload: String) async throws {
        try await sql.raw("SELECT pg_notify(\(bind: channel), \(bind: payload))").run()
    }
}
