import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import MotCuaCore
import Vapor

extension Application {
    /// Held in a class: `Storage` keeps values as `Any`, and reading a setting on every request would otherwise
    /// copy the whole configuration out of its box.
    private final class ConfigBox: Sendable {
        let value: AppConfig
        init(_ value: AppConfig) { self.value = value }
    }
    private struct ConfigKey: StorageKey { typealias Value = ConfigBox }
    private struct StoreKey: StorageKey { typealias Value = ReferenceStore }

    public var motcuaConfig: AppConfig {
        get { storage[ConfigKey.self]!.value }
        set { storage[ConfigKey.self] = ConfigBox(newValue) }
    }

    /// Whether this process serves requests (`motcua serve`, the default, or the tests) rather than running a
    /// one-off command: only then do the background jobs run.
    var isServing: Bool {
        environment.arguments.dropFirst().first.map { $0 == "serve" || $0.hasPrefix("-") } ?? true
    }

    /// The in-memory reference snapshot holder.
    public var reference: ReferenceStore {
        if let store = storage[StoreKey.self] { return store }
        let store = ReferenceStore()
        storage[StoreKey.self] = store
        return store
    }
}

/// Sets up the database, migrations, middleware, routes and commands. The reference data is prepared
/// (migrated, imported when missing, loaded into memory) by ``prepareReferenceData(_:)``, which the
/// server runs at boot and every command runs before it starts.
public func configure(_ app: Application, config: AppConfig) async throws {
    app.motcuaConfig = config
    AuditChain.key = AuditChain.Key(secret: try config.resolveAuditKey())
    switch config.database {
    case .sqlite(let path):
        app.databases.use(.sqlite(.file(path), sqlLogLevel: .debug), as: .sqlite)
    case .sqliteInMemory:
        app.databases.use(.sqlite(.memory, sqlLogLevel: .debug), as: .sqlite)
    case .postgres(let url):
        var pg = try SQLPostgresConfiguration(url: url)
        pg.searchPath = nil
        app.databases.use(.postgres(configuration: pg, maxConnectionsPerEventLoop: config.postgresConnectionsPerEventLoop,
                                    connectionPoolTimeout: .seconds(Int64(config.postgresPoolWaitSeconds)), sqlLogLevel: .debug), as: .psql)
    }
    app.migrations.add(Migrations.all)

    // Request bodies are taken as sent: no client of the API compresses them, and inflating them is a way to
    // exhaust memory. (One handler fewer on every request, too.)
    app.http.server.configuration.requestDecompression = .disabled

    app.middleware = .init()
    app.middleware.use(RouteLoggingMiddleware(logLevel: .info))
    // Outside the error middleware, so that error answers carry the headers too.
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(APIErrorMiddleware())
    app.middleware.use(AuthenticationMiddleware())

    let json = JSONEncoder()
    json.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
    ContentConfiguration.global.use(encoder: json, for: .json)

    // Shared state made now, before requests race to make it lazily (Application.storage is not synchronised).
    _ = app.writeGate
    _ = app.dossierReadCache
    _ = app.submissionBatcher
    _ = app.rateLimiter
    _ = app.procedureCache
    _ = app.renderedPages
    _ = app.searchPages
    _ = app.oidcKeys
    app.guessBudget = GuessBudget(shared: config.database.isPostgres)
    app.declarationForms = DeclarationForms.bundled()
    for (file, error) in app.declarationForms.refused.sorted(by: { $0.key < $1.key }) {
        app.logger.error("declaration form \(file) refused: \(error)")
    }
    app.largeBodyGate = LargeBodyGate()
    app.makeDecoyHashHolder()

    try routes(app)
    registerCommands(app)
    app.lifecycle.use(ReferenceLifecycle())
    app.lifecycle.use(BackgroundJobs())
    app.lifecycle.use(DossierChangeListener())
    app.lifecycle.use(AuditCheckpointJob())
}

/// Migrates, imports what is missing, and loads the snapshot into memory (unless the one held is current).
public func prepareReferenceData(_ app: Application) async throws {
    if case .sqlite = app.motcuaConfig.database {
        try await SQLiteSettings.apply(app)
    }
    try await app.autoMigrate()
    if let key = AuditChain.key, case let sealed = try await AuditChain.sealUnkeyed(app, key: key), sealed > 0 {
        app.logger.notice("audit log: \(sealed) entries from before the audit key sealed with it")
    }
    let config = app.motcuaConfig
    if config.autoImport {
        try await ReferenceImporter(files: ReferenceFiles(directory: config.dataDirectory), db: app.db)
            .importMissing(logger: app.logger)
        if case .sqlite = config.database {
            try await SQLiteSettings.checkpoint(app.db)
        }
    }
    let stored = try await ReferenceRepository(db: app.db).version()
    if app.reference.current == nil || stored != app.reference.current?.version { try await reloadReference(app) }
    if let units = app.reference.current?.units {
        let unknown = app.motcuaConfig.agencyIdentifiers.keys.filter { units.baseUnits[$0] == nil }.sorted()
        if !unknown.isEmpty {
            throw AppConfig.Invalid(description: "MOTCUA_AGENCY_IDS names units that do not exist: \(unknown.prefix(10).joined(separator: ", "))")
        }
    }
}

/// Reloads the in-memory snapshot from the database.
public func reloadReference(_ app: Application) async throws {
    let snapshot = try await ReferenceRepository(db: app.db).loadSnapshot(officeHours: app.motcuaConfig.officeHours, logger: app.logger)
    app.reference.replace(snapshot)
}
