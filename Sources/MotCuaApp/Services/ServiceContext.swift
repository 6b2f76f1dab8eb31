import Fluent
import Foundation
import MotCuaCore
import Vapor

/// What a use case runs with: the application (its write transactions, configuration and caches), the database to
/// read from, the reference data in force, and the moment it runs at. Controllers, pages and commands make one and
/// call the services with typed arguments; no service sees the HTTP request.
struct ServiceContext: Sendable {
    let app: Application
    let db: any Database
    let snapshot: ReferenceSnapshot
    let now: Date

    var config: AppConfig { app.motcuaConfig }
    var today: LocalDate { LocalDateTime(now).date }

    func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await app.writeTransaction(body)
    }
}
