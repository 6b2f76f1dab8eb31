import Fluent
import Foundation
import MotCuaCore
import NIOConcurrencyHelpers
import Vapor

/// How many wrong phone numbers may be tried, per caller and per dossier, across every endpoint where the phone
/// proves who the applicant is (lookup, tracking page, forms, upload, actions, feedback, the assistant).
///
/// Failures are counted in the database, per hour, so that several instances share one budget; each instance
/// also remembers what it has seen blocked, so that a lookup answered from memory refuses too. When a dossier's
/// budget runs out its entry leaves every instance's lookup cache (the write announces it), so the next lookup
/// anywhere reads the count from the database.
final class GuessBudget: Sendable {
    /// Wrong phones a caller may give in a window, over all dossiers; and a dossier may receive, from all callers.
    let perCaller: Int
    let perDossier: Int
    static let windowSeconds = 3600

    /// Whether other instances share the database (PostgreSQL): then a right phone is checked against the counts in
    /// the database too. One SQLite process sees every failure itself (and reloads the counts at start).
    let shared: Bool

    init(perCaller: Int = 20, perDossier: Int = 10, shared: Bool) {
        self.perCaller = perCaller; self.perDossier = perDossier; self.shared = shared
    }

    /// At start: what the database says is blocked in the current window.
    func load(_ db: any Database, now: Date) async throws {
        let h = Self.hour(now)
        for (subject, failures) in try await GuessCounts(db: db).subjects(hour: h, atLeast: min(perCaller, perDossier)) {
            if failures >= (subject.hasPrefix("caller:") ? perCaller : perDossier) { remember(subject, hour: h) }
        }
    }

    /// Subjects (`caller:…`, `dossier:…`) this instance knows to be blocked, with the hour window they are blocked in.
    private let blocked = NIOLockedValueBox<[String: Int]>([:])

    static func hour(_ now: Date) -> Int { Int(now.timeIntervalSince1970) / windowSeconds }

    /// The wait, in seconds, until the window ends.
    static func wait(_ now: Date) -> Int { windowSeconds - Int(now.timeIntervalSince1970) % windowSeconds }

    static func subjects(caller: String, code: String) -> (caller: String, dossier: String) {
        ("caller:\(caller)", "dossier:\(code)")
    }

    /// Whether this instance has seen the caller or the dossier blocked in the current window (no database read;
    /// the caller's address is worked out only when something is blocked at all).
    func blockedHere(caller: @autoclosure () -> String, code: String, now: Date) -> Bool {
        let h = Self.hour(now)
        guard !blocked.withLockedValue({ $0.isEmpty }) else { return false }
        let (c, d) = Self.subjects(caller: caller(), code: code)
        return blocked.withLockedValue { $0[c] == h || $0[d] == h }
    }

    private func remember(_ subject: String, hour: Int) {
        blocked.withLockedValue { all in
            if all.count > 50_000 { all = all.filter { $0.value >= hour } }
            all[subject] = hour
        }
    }

    /// Whether the database says the caller or the dossier has used up its budget in the current window.
    func blockedInDatabase(_ db: any Database, caller: String, code: String, now: Date) async throws -> Bool {
        let h = Self.hour(now)
        let (c, d) = Self.subjects(caller: caller, code: code)
        var over = false
        for (subject, failures) in try await GuessCounts(db: db).counts(of: [c, d], hour: h) {
            if failures >= (subject == c ? perCaller : perDossier) {
                remember(subject, hour: h)
                over = true
            }
        }
        return over
    }

    /// Counts one wrong phone against the caller and the dossier (whether or not the code exists, so that the
    /// answer does not tell); false when this one is past either budget. A dossier whose budget runs out leaves
    /// every instance's lookup cache.
    func fail(_ app: Application, caller: String, code: String, now: Date) async throws -> Bool {
        let h = Self.hour(now)
        let (c, d) = Self.subjects(caller: caller, code: code)
        let perDossier = self.perDossier
        let counts = try await app.writeTransaction { db -> [String: Int] in
            var counts: [String: Int] = [:]
            for subject in [c, d] { counts[subject] = try await GuessCounts(db: db).increment(subject, hour: h) }
            if counts[d, default: 0] >= perDossier { DossierWrites.touch(code) }
            return counts
        }
        if counts[c, default: 0] >= perCaller { remember(c, hour: h) }
        if counts[d, default: 0] >= perDossier { remember(d, hour: h) }
        return counts[c, default: 0] <= perCaller && counts[d, default: 0] <= perDossier
    }

    /// Forgets counts from earlier windows (run by the deadline sweep).
    static func prune(_ db: any Database, now: Date) async throws {
        try await GuessCounts(db: db).prune(before: hour(now) - 1)
    }
}
