import Foundation
import MotCuaCore

/// Everything MotCua reads from its environment.
public struct AppConfig: Sendable {
    public enum Database: Sendable, Equatable {
        case sqlite(path: String)
        case sqliteInMemory
        case postgres(url: String)

        /// Several instances may share a PostgreSQL database; a SQLite file belongs to one process.
        public var isPostgres: Bool {
            if case .postgres = self { return true }
            return false
        }
    }

    public var database: Database
    /// Folder holding the reference data (units, conversion table, catalogue, calendar).
    public var dataDirectory: URL
    /// Import the reference data on start when the database has none.
    public var autoImport: Bool
    public var officeHours: OfficeHours
    /// Seconds between checks for reference data changed by another instance.
    public var referenceRefreshSeconds: Int
    /// Where uploaded documents are stored, by content hash (never served directly).
    public var filesDirectory: URL = URL(fileURLWithPath: "files")
    public var maxUploadBytes: Int = 10 * 1024 * 1024
    /// Bcrypt cost for passwords (each step doubles the work).
    public var bcryptCost: Int = 12
    public var sessionHours: Int = 8
    public var rateLimits: Bool = true
    /// Take the client address from `X-Forwarded-For` (set when behind a trusted proxy).
    public var trustProxy: Bool = false
    /// Mark session cookies `Secure` (on by default; switch off only for plain-HTTP development).
    public var secureCookies: Bool = true
    /// Notification gateway (SMS/Zalo, and e-mail when no SMTP server is set): each outbox message is POSTed here as JSON.
    public var webhookURL: String?
    /// SMTP server for the e-mail messages (`MOTCUA_SMTP_URL`, `MOTCUA_SMTP_FROM`, `MOTCUA_SMTP_CA_FILE`).
    public var smtp: SMTPConfig?
    /// The address citizens reach MotCua at (in messages and the QR code of the receipt slip).
    public var publicURL: String = "http://localhost:8080"
    /// PostgreSQL connections per event loop (one event loop per core).
    public var postgresConnectionsPerEventLoop: Int = 4
    /// How long a request waits for a free PostgreSQL connection before it is answered 503 (database busy).
    public var postgresPoolWaitSeconds: Int = 30
    /// Seconds between outbox deliveries and between deadline sweeps in the server.
    public var outboxSeconds: Int = 5
    public var sweepSeconds: Int = 600
    /// OpenID Connect sign-in (VNeID or any provider): issuer URL, client id and secret, redirect URL.
    public var oidc: OIDCConfig?
    /// Who runs this deployment, named in every page's header and footer (`MOTCUA_AUTHORITY_NAME`,
    /// `MOTCUA_AUTHORITY_HOTLINE`, `MOTCUA_AUTHORITY_ADDRESS`).
    public var authority = Authority()
    /// Where the assistant sends people it cannot help (the national portal's hotline by default).
    public var assistantHotline: String = "1800 1096"
    /// Optional OpenAI-compatible chat endpoint that may phrase the assistant's answers (never required).
    public var languageModel: LanguageModelConfig?
    /// Days the assistant's conversations are kept before the sweep deletes them.
    public var assistantRetentionDays: Int = 30
    /// Electronic agency identifiers by unit code (`MOTCUA_AGENCY_IDS`, a file): a unit listed gets codes
    /// `000.00.14.H56-yyMMdd-nnnn` instead of `<unit code>-yyMMdd-nnnn`.
    public var agencyIdentifiers: [String: String] = [:]
    /// The service index's points, thresholds and formulas (`MOTCUA_INDEX_RULES`, a rule file replacing the bundled
    /// one, Decision 766 as the national portal scores it; refused at start with its line when it has an error).
    public var indexRules: IndexRules = AppConfig.bundledIndexRules
    /// Dossiers whose public lookup is kept in memory, per instance (0: read the database every time).
    public var lookupCacheEntries: Int = 20_000
    /// The secret that seals the audit log (`MOTCUA_AUDIT_KEY`); when unset, read from `auditKeyFile` (made with a
    /// random key on first start). Instances sharing a database must share it.
    public var auditKeySecret: String?
    public var auditKeyFile: URL? = URL(fileURLWithPath: "motcua-audit.key")
    /// Where signed checkpoints of the audit chain's head are appended (nil: none).
    public var auditCheckpointFile: URL? = URL(fileURLWithPath: "motcua-audit-checkpoints.log")
    public var auditCheckpointSeconds: Int = 10

    public init(database: Database, dataDirectory: URL, autoImport: Bool = true,
                officeHours: OfficeHours = .standard, referenceRefreshSeconds: Int = 30) {
        self.database = database; self.dataDirectory = dataDirectory; self.autoImport = autoImport
        self.officeHours = officeHours; self.referenceRefreshSeconds = referenceRefreshSeconds
    }

    public struct OIDCConfig: Sendable, Equatable {
        public var issuer: String
        public var clientId: String
        public var clientSecret: String
        public var redirectURL: String
    }

    public struct LanguageModelConfig: Sendable, Equatable {
        /// The chat-completions URL (`…/v1/chat/completions`; a base URL gets that path added).
        public var url: String
        public var model: String
        public var apiKey: String?
        public var timeoutMilliseconds: Int
    }

    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    /// Reads `DATABASE_URL`, `MOTCUA_SQLITE`, `MOTCUA_DATA_DIR`, `MOTCUA_AUTO_IMPORT`, `MOTCUA_OFFICE_HOURS`,
    /// `MOTCUA_REFRESH_SECONDS`.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) throws -> AppConfig {
        let database: Database
        if let url = env["DATABASE_URL"], !url.isEmpty {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
                throw Invalid(description: "DATABASE_URL must be a postgres:// URL (unset it to use SQLite)")
            }
            database = .postgres(url: url)
        } else if env["MOTCUA_SQLITE"] == ":memory:" {
            database = .sqliteInMemory
        } else {
            database = .sqlite(path: env["MOTCUA_SQLITE"].flatMap { $0.isEmpty ? nil : $0 } ?? "motcua.sqlite")
        }
        var hours = OfficeHours.standard
        if let text = env["MOTCUA_OFFICE_HOURS"], !text.isEmpty {
            guard let parsed = OfficeHours(parsing: text) else {
                throw Invalid(description: "MOTCUA_OFFICE_HOURS must look like 07:30-11:30,13:30-17:00")
            }
            hours = parsed
        }
        let refresh = env["MOTCUA_REFRESH_SECONDS"].flatMap(Int.init) ?? 30
        return try AppConfig(
            database: database,
            dataDirectory: env["MOTCUA_DATA_DIR"].map { URL(fileURLWithPath: $0) } ?? defaultDataDirectory(),
            autoImport: env["MOTCUA_AUTO_IMPORT"].map { $0 != "0" && $0.lowercased() != "false" } ?? true,
            officeHours: hours,
            referenceRefreshSeconds: max(1, refresh))
            .applying(env)
    }

    /// The dossier, identity and delivery settings.
    func applying(_ env: [String: String]) throws -> AppConfig {
        var c = self
        func flag(_ name: String) -> Bool? { env[name].map { $0 != "0" && $0.lowercased() != "false" && $0.lowercased() != "off" } }
        func int(_ name: String, _ range: ClosedRange<Int>) throws -> Int? {
            guard let text = env[name], !text.isEmpty else { return nil }
            guard let n = Int(text), range.contains(n) else {
                throw Invalid(description: "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return n
        }
        if let dir = env["MOTCUA_FILES_DIR"], !dir.isEmpty { c.filesDirectory = URL(fileURLWithPath: dir) }
        if let mb = try int("MOTCUA_MAX_UPLOAD_MB", 1...100) { c.maxUploadBytes = mb * 1024 * 1024 }
        if let cost = try int("MOTCUA_BCRYPT_COST", 4...31) { c.bcryptCost = cost }
        if let h = try int("MOTCUA_SESSION_HOURS", 1...720) { c.sessionHours = h }
        if let s = try int("MOTCUA_OUTBOX_SECONDS", 1...3600) { c.outboxSeconds = s }
        if let n = try int("MOTCUA_DB_POOL", 1...64) { c.postgresConnectionsPerEventLoop = n }
        if let n = try int("MOTCUA_DB_POOL_WAIT", 1...600) { c.postgresPoolWaitSeconds = n }
        if let s = try int("MOTCUA_SWEEP_SECONDS", 10...86400) { c.sweepSeconds = s }
        if let f = flag("MOTCUA_RATE_LIMITS") { c.rateLimits = f }
        // The key file and checkpoints sit beside a SQLite database by default (each database its own); otherwise
        // in the working folder. ":memory:" databases keep no checkpoints.
        switch c.database {
        case .sqlite(let path):
            c.auditKeyFile = URL(fileURLWithPath: path + ".audit-key")
            c.auditCheckpointFile = URL(fileURLWithPath: path + ".audit-checkpoints")
        case .sqliteInMemory:
            c.auditCheckpointFile = nil
        case .postgres:
            break
        }
        if let secret = env["MOTCUA_AUDIT_KEY"], !secret.isEmpty {
            guard secret.utf8.count >= 16 else { throw Invalid(description: "MOTCUA_AUDIT_KEY must be at least 16 characters (a random secret)") }
            c.auditKeySecret = secret
        }
        if let path = env["MOTCUA_AUDIT_KEY_FILE"], !path.isEmpty { c.auditKeyFile = URL(fileURLWithPath: path) }
        if let path = env["MOTCUA_AUDIT_CHECKPOINTS"], !path.isEmpty {
            c.auditCheckpointFile = ["0", "off", "false"].contains(path.lowercased()) ? nil : URL(fileURLWithPath: path)
        }
        if let s = try int("MOTCUA_AUDIT_CHECKPOINT_SECONDS", 1...3600) { c.auditCheckpointSeconds = s }
        if let f = flag("MOTCUA_TRUST_PROXY") { c.trustProxy = f }
        if let f = flag("MOTCUA_SECURE_COOKIES") { c.secureCookies = f }
        if let url = env["MOTCUA_WEBHOOK_URL"], !url.isEmpty {
            guard url.hasPrefix("http://") || url.hasPrefix("https://") else { throw Invalid(description: "MOTCUA_WEBHOOK_URL must be an http(s) URL") }
            c.webhookURL = url
        }
        if let url = env["MOTCUA_SMTP_URL"], !url.isEmpty {
            c.smtp = try SMTPConfig.parse(url: url, from: env["MOTCUA_SMTP_FROM"], caFile: env["MOTCUA_SMTP_CA_FILE"].flatMap { $0.isEmpty ? nil : $0 })
        }
        if let path = env["MOTCUA_AGENCY_IDS"], !path.isEmpty {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw Invalid(description: "MOTCUA_AGENCY_IDS: \(path) cannot be read as UTF-8 text")
            }
            switch AgencyIdentifiers.parse(text) {
            case .success(let ids): c.agencyIdentifiers = ids
            case .failure(let problem): throw Invalid(description: "MOTCUA_AGENCY_IDS \(path), \(problem)")
            }
        }
        if let path = env["MOTCUA_INDEX_RULES"], !path.isEmpty {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw Invalid(description: "MOTCUA_INDEX_RULES: \(path) cannot be read as UTF-8 text")
            }
            switch IndexRules.load(text) {
            case .success(let rules): c.indexRules = rules
            case .failure(let problem): throw Invalid(description: "MOTCUA_INDEX_RULES \(path), \(problem)")
            }
        }
        if let url = env["MOTCUA_PUBLIC_URL"], !url.isEmpty {
            c.publicURL = url.hasSuffix("/") ? String(url.dropLast()) : url
        }
        if let issuer = env["MOTCUA_OIDC_ISSUER"], !issuer.isEmpty {
            guard let id = env["MOTCUA_OIDC_CLIENT_ID"], let secret = env["MOTCUA_OIDC_CLIENT_SECRET"],
                  let redirect = env["MOTCUA_OIDC_REDIRECT_URL"] else {
                throw Invalid(description: "MOTCUA_OIDC_ISSUER needs MOTCUA_OIDC_CLIENT_ID, MOTCUA_OIDC_CLIENT_SECRET and MOTCUA_OIDC_REDIRECT_URL")
            }
            c.oidc = OIDCConfig(issuer: issuer, clientId: id, clientSecret: secret, redirectURL: redirect)
        }
        if let hotline = env["MOTCUA_ASSISTANT_HOTLINE"], !hotline.isEmpty { c.assistantHotline = hotline }
        if let name = env["MOTCUA_AUTHORITY_NAME"], !name.isEmpty { c.authority.name = name }
        if let hotline = env["MOTCUA_AUTHORITY_HOTLINE"], !hotline.isEmpty { c.authority.hotline = hotline }
        if let address = env["MOTCUA_AUTHORITY_ADDRESS"], !address.isEmpty { c.authority.address = address }
        if let days = try int("MOTCUA_ASSISTANT_RETENTION_DAYS", 1...3650) { c.assistantRetentionDays = days }
        if let n = try int("MOTCUA_LOOKUP_CACHE", 0...10_000_000) { c.lookupCacheEntries = n }
        if let url = env["MOTCUA_LLM_URL"], !url.isEmpty {
            guard url.hasPrefix("http://") || url.hasPrefix("https://") else { throw Invalid(description: "MOTCUA_LLM_URL must be an http(s) URL") }
            let trimmed = url.hasSuffix("/") ? String(url.dropLast()) : url
            c.languageModel = LanguageModelConfig(
                url: trimmed.hasSuffix("/chat/completions") ? trimmed : trimmed + "/chat/completions",
                model: env["MOTCUA_LLM_MODEL"].flatMap { $0.isEmpty ? nil : $0 } ?? "default",
                apiKey: env["MOTCUA_LLM_KEY"].flatMap { $0.isEmpty ? nil : $0 },
                timeoutMilliseconds: try int("MOTCUA_LLM_TIMEOUT_MS", 100...120_000) ?? 8000)
        }
        return c
    }

    /// `./data` when run from the repository, else the `data` folder beside the sources this binary was built from.
    public static func defaultDataDirectory() -> URL {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("data")
        if FileManager.default.fileExists(atPath: cwd.appendingPathComponent("units.json").path) { return cwd }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("data")
    }
}

extension AppConfig {
    /// The audit key: the configured secret, or the key file's (made with a random secret, readable by its owner
    /// only, when it does not exist yet).
    func resolveAuditKey() throws -> String {
        if let auditKeySecret { return auditKeySecret }
        guard let file = auditKeyFile else { throw Invalid(description: "no audit key: set MOTCUA_AUDIT_KEY or MOTCUA_AUDIT_KEY_FILE") }
        if let data = FileManager.default.contents(atPath: file.path) {
            let secret = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard secret.utf8.count >= 16 else { throw Invalid(description: "the audit key file \(file.path) holds fewer than 16 characters") }
            return secret
        }
        var bytes = [UInt8](repeating: 0, count: 32)
        var generator = SystemRandomNumberGenerator()
        for i in bytes.indices { bytes[i] = UInt8.random(in: 0...255, using: &generator) }
        let secret = bytes.map { String(format: "%02x", $0) }.joined()
        guard FileManager.default.createFile(atPath: file.path, contents: Data((secret + "\n").utf8), attributes: [.posixPermissions: 0o600]) else {
            throw Invalid(description: "cannot write the audit key file \(file.path)")
        }
        return secret
    }
}

extension AppConfig {
    /// The rule file shipped with MotCua (`Resources/Index/decision-766.json`), checked by the tests.
    public static let bundledIndexRules: IndexRules = {
        let url = Bundle.module.url(forResource: "Resources", withExtension: nil)!.appendingPathComponent("Index/decision-766.json")
        guard let text = try? String(contentsOf: url, encoding: .utf8), case .success(let rules) = IndexRules.load(text) else {
            fatalError("the bundled index rules do not load")
        }
        return rules
    }()
}
