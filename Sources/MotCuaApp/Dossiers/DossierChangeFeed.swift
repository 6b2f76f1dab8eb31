import FluentPostgresDriver
import NIOConcurrencyHelpers
import Vapor

/// How instances sharing a PostgreSQL database keep their lookup caches true: a transaction that changes dossiers
/// announces their codes with `pg_notify`, which PostgreSQL delivers to every listener only if the transaction
/// commits, in commit order; each instance listens on a connection of its own and drops those dossiers
/// (``DossierChangeListener``).
enum DossierChangeFeed {
    static let channel = "motcua_dossiers"
    /// Codes per notice (a notice carries at most 8,000 bytes).
    static let codesPerNotice = 200

    /// Announces `codes` from inside the transaction `db`.
    static func announce(_ codes: Set<String>, on db: any Database) async throws {
        guard !codes.isEmpty else { return }
        let all = codes.sorted()
        for start in stride(from: 0, to: all.count, by: codesPerNotice) {
            let payload = all[start..<min(all.count, start + codesPerNotice)].joined(separator: ",")
            try await db.notify(channel: channel, payload: payload)
        }
    }

    /// The codes a notice names.
    static func codes(in payload: String) -> [String] {
        payload.split(separator: ",").map(String.init)
    }
}
