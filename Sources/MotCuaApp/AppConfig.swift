import Foundation
import MotCuaCore

/// Everything MotCua reads from its environment.
public struct AppConfig: Sendable {
    public enum Database: Sendable, Equatable {
        case sqlite(path: String)
        case sqliteInMemory
        case postgres(url: String)
    }

    public var database: Database
    /// Folder holding the reference data (units, conversion table, catalogue, calendar).
    public var dataDirectory: URL
    /// Import the reference data on start when the database has none.
    public var autoImport: Bool
    public var officeHours: OfficeHours
    /// Seconds between checks for reference data changed by another instance.
    public var referenceRefreshSeconds: Int

    public init(database: Database, dataDirectory: URL, autoImport: Bool = true,
                officeHours: OfficeHours = .standard, referenceRefreshSeconds: Int = 30) {
        self.database = database; self.dataDirectory = dataDirectory; self.autoImport = autoImport
        self.officeHours = officeHours; self.referenceRefreshSeconds = referenceRefreshSeconds
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
        return AppConfig(
            database: database,
            dataDirectory: env["MOTCUA_DATA_DIR"].map { URL(fileURLWithPath: $0) } ?? defaultDataDirectory(),
            autoImport: env["MOTCUA_AUTO_IMPORT"].map { $0 != "0" && $0.lowercased() != "false" } ?? true,
            officeHours: hours,
            referenceRefreshSeconds: max(1, refresh))
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
