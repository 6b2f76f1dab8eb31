import Fluent
import Foundation
import SQLKit
import Vapor

/// How much room the database takes (for the generator's and benchmarks' reports).
enum DatabaseSize {
    static func bytes(_ app: Application) async throws -> Int? {
        switch app.motcuaConfig.database {
        case .sqlite(let path):
            let files = [path, path + "-wal"].compactMap { try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int }
            return files.reduce(0, +)
        case .sqliteInMemory:
            return nil
        case .postgres:
            return try await app.db.sql.raw("SELECT pg_database_size(current_database()) AS n").first()?.decode(column: "n", as: Int.self)
        }
    }
}
