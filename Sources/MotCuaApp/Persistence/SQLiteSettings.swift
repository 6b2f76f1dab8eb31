import Fluent
import FluentSQLiteDriver
import SQLKit
import Vapor

/// How MotCua runs the embedded SQLite database.
enum SQLiteSettings {
    /// Readers never wait for the writer, and commits append to the log instead of rewriting pages (write-ahead log);
    /// no fsync per commit (each event loop holds one SQLite connection): a power cut may lose the last commits but
    /// never corrupts the file; checkpoints still sync.
    static func apply(_ app: Application) async throws {
        try await app.db.sql.raw("PRAGMA journal_mode = WAL").run()
        for loop in app.eventLoopGroup.makeIterator() {
            if let db = app.databases.database(.sqlite, logger: app.logger, on: loop) {
                try await db.sql.raw("PRAGMA synchronous = NORMAL").run()
            }
        }
    }

    /// For a bulk write (`generate-dossiers`): a page cache of `megabytes` on every connection, so that inserts spread over
    /// large indexes are not read back from the file page by page.
    static func bulk(_ app: Application, megabytes: Int) async throws {
        for loop in app.eventLoopGroup.makeIterator() {
            if let db = app.databases.database(.sqlite, logger: app.logger, on: loop) {
                try await db.sql.raw("PRAGMA cache_size = \(unsafeRaw: String(-megabytes * 1024))").run()
            }
        }
    }

    /// Folds the write-ahead log into the database file (after a bulk import, rather than in the middle of requests).
    static func checkpoint(_ db: any Database) async throws {
        try await db.sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
    }
}
