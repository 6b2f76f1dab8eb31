import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import Testing
import VaporTesting
@testable import MotCuaApp

/// The database engines the suite runs on: SQLite always, PostgreSQL when `MOTCUA_TEST_POSTGRES_URL` names a server
/// (postgres://user:password@host:port/maintenance-db). With `MOTCUA_REQUIRE_POSTGRES=1` (CI) a missing server fails the run.
enum Engine: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    var testDescription: String { rawValue }

    static var available: [Engine] {
        let env = ProcessInfo.processInfo.environment
        if let url = env["MOTCUA_TEST_POSTGRES_URL"], !url.isEmpty { return [.sqlite, .postgres] }
        return [.sqlite]
    }

    static var postgresURL: String? { ProcessInfo.processInfo.environment["MOTCUA_TEST_POSTGRES_URL"] }
}

/// The repository's data folder.
let dataDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("data")

/// Databases for tests. Importing the real reference data takes seconds, so it happens once per engine
/// into a template; each test gets its own copy (a file copy for SQLite, `CREATE DATABASE … TEMPLATE` for
/// PostgreSQL), so tests run in parallel without seeing each other's writes.
actor TestDatabases {
    static let shared = TestDatabases()

    private var templates: [Engine: Task<ReferenceSnapshot, any Error>] = [:]
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("motcua-tests-\(ProcessInfo.processInfo.processIdentifier)")
    private var counter = 0

    struct Fresh: Sendable {
        let config: AppConfig.Database
        let drop: @Sendable () async -> Void
    }

    /// The snapshot the template holds (tests seed the app's store with it: loading it again costs seconds in debug builds).
    func template(_ engine: Engine) async throws -> ReferenceSnapshot {
        if let task = templates[engine] { return try await task.value }
        let task = Task { try await self.buildTemplate(engine) }
        templates[engine] = task
        return try await task.value
    }

    private func nextName() -> String {
        counter += 1
        return "motcua_t\(ProcessInfo.processInfo.processIdentifier)_\(counter)"
    }

    private var templateName: String { "motcua_template_\(ProcessInfo.processInfo.processIdentifier)" }

    private func buildTemplate(_ engine: Engine) async throws -> ReferenceSnapshot {
        let database: AppConfig.Database
        switch engine {
        case .sqlite:
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            database = .sqlite(path: folder.appendingPathComponent("template.sqlite").path)
        case .postgres:
            try await Self.admin("DROP DATABASE IF EXISTS \(templateName)")
            try await Self.admin("CREATE DATABASE \(templateName)")
            database = .postgres(url: try Self.url(database: templateName))
        }
        let app = try await makeApp(database)
        do {
            try await prepareReferenceData(app)
            let snapshot = app.reference.current!
            try await app.asyncShutdown()
            return snapshot
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    /// A new database: a copy of the template (with data) or empty.
    func fresh(_ engine: Engine, withData: Bool) async throws -> Fresh {
        if withData { _ = try await template(engine) }
        let name = nextName()
        switch engine {
        case .sqlite:
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let path = folder.appendingPathComponent("\(name).sqlite").path
            if withData { try FileManager.default.copyItem(atPath: folder.appendingPathComponent("template.sqlite").path, toPath: path) }
            return Fresh(config: .sqlite(path: path), drop: { try? FileManager.default.removeItem(atPath: path) })
        case .postgres:
            try await Self.admin(withData ? "CREATE DATABASE \(name) TEMPLATE \(templateName)" : "CREATE DATABASE \(name)")
            return Fresh(config: .postgres(url: try Self.url(database: name)), drop: { try? await Self.admin("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") })
        }
    }

    static func url(database: String) throws -> String {
        guard let base = Engine.postgresURL, var components = URLComponents(string: base) else {
            throw CLIError("MOTCUA_TEST_POSTGRES_URL is not set")
        }
        components.path = "/" + database
        return components.string!
    }

    /// Runs a statement on the maintenance database (creating and dropping test databases).
    static func admin(_ sql: String) async throws {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .error
        do {
            var pg = try SQLPostgresConfiguration(url: try url(database: URLComponents(string: Engine.postgresURL ?? "")?.path.dropFirst().description ?? "postgres"))
            pg.searchPath = nil
            app.databases.use(.postgres(configuration: pg, maxConnectionsPerEventLoop: 1), as: .psql)
            try await (app.db as! any SQLDatabase).raw(SQLQueryString(sql)).run()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}

/// The audit key of every test app (the key is held per process).
let testAuditSecret = "motcua-test-audit-key-0123456789"

func makeApp(_ database: AppConfig.Database, autoImport: Bool = true) async throws -> Application {
    let app = try await Application.make(.testing)
    app.logger.logLevel = .warning
    var config = AppConfig(database: database, dataDirectory: dataDirectory, autoImport: autoImport, referenceRefreshSeconds: 3600)
    config.bcryptCost = 4
    // The suites run side by side on a small machine against one PostgreSQL: waiting for a connection is not what they test.
    config.postgresPoolWaitSeconds = 180
    config.rateLimits = false
    config.secureCookies = false
    config.auditKeySecret = testAuditSecret
    config.auditKeyFile = nil
    config.auditCheckpointFile = nil
    // Each app its own folder: suites run side by side, and one's upload in progress must not show in another's staging folder.
    config.filesDirectory = FileManager.default.temporaryDirectory
        .appendingPathComponent("motcua-test-files-\(ProcessInfo.processInfo.processIdentifier)").appendingPathComponent(UUID().uuidString)
    try await configure(app, config: config)
    return app
}

/// Runs `body` with an application on its own database. With data, the database is a copy of the fully
/// imported template and the app starts with the template's snapshot in memory.
func withApp(_ engine: Engine, data: Bool = true, _ body: (Application) async throws -> Void) async throws {
    let fresh = try await TestDatabases.shared.fresh(engine, withData: data)
    let app = try await makeApp(fresh.config, autoImport: data)
    let files = app.motcuaConfig.filesDirectory
    if data { app.reference.replace(try await TestDatabases.shared.template(engine)) }
    do {
        try await body(app)
    } catch {
        try? await app.asyncShutdown()
        await fresh.drop()
        try? FileManager.default.removeItem(at: files)
        throw error
    }
    try await app.asyncShutdown()
    await fresh.drop()
    try? FileManager.default.removeItem(at: files)
}

extension TestingHTTPResponse {
    func json<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(buffer: body))
    }

    /// The body as loosely typed JSON.
    var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any] ?? [:]
    }
}

@Suite("Test environment")
struct EnvironmentTests {
    @Test("PostgreSQL is available when CI requires it")
    func postgresRequired() {
        if ProcessInfo.processInfo.environment["MOTCUA_REQUIRE_POSTGRES"] == "1" {
            #expect(Engine.available.contains(.postgres), "MOTCUA_REQUIRE_POSTGRES=1 but MOTCUA_TEST_POSTGRES_URL is not set")
        }
    }
}
