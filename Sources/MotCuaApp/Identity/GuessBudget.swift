import Fluent
import Foundation
import MotCuaCore
import NIOConcurrencyHelpers
import SQLKit
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
        let rows = try await (db as! any SQLDatabase).select().columns("subject", "failures").from("guess_counts")
            .where("hour", .equal, SQLBind(h)).where("failures", .greaterThanOrEqual, SQLBind(min(perCaller, perDossier))).all()
        for row in rows {
            let subject = try row.decode(column: "subject", as: String.self)
            if try row.decode(column: "failures", as: Int.self) >= (subject.hasPrefix("caller:") ? perCaller : perDossier) { remember(subject, hour: h) }
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
        let rows = try await (db as! any SQLDatabase).select().columns("subject", "failures").from("guess_counts")
            .where("hour", .equal, SQLBind(h)).where("subject", .in, SQLBind.group([c, d])).all()
        var over = false
        for row in rows {
            let subject = try row.decode(column: "subject", as: String.self)
            let failures = try row.decode(column: "failures", as: Int.self)
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
            let sql = db as! any SQLDatabase
            var counts: [String: Int] = [:]
            for subject in [c, d] {
                let row = try await sql.raw("""
                    INSERT INTO guess_counts (subject, hour, failures) VALUES (\(bind: subject), \(bind: h), 1)
                    ON CONFLICT (subject, hour) DO UPDATE SET failures = guess_counts.failures + 1 RETURNING failures
                    """).first()
                counts[subject] = try row?.decode(column: "failures", as: Int.self) ?? 1
            }
            if counts[d, default: 0] >= perDossier { DossierWrites.touch(code) }
            return counts
        }
        if counts[c, default: 0] >= perCaller { remember(c, hour: h) }
        if counts[d, default: 0] >= perDossier { remember(d, hour: h) }
        return counts[c, default: 0] <= perCaller && counts[d, default: 0] <= perDossier
    }

    /// Forgets counts from earlier windows (run by the deadline sweep).
    static func prune(_ db: any Database, now: Date) async throws {
        try await (db as! any SQLDatabase).delete(from: "guess_counts").where("hour", .lessThan, SQLBind(hour(now) - 1)).run()
    }
}

extension Application {
    private struct GuessBudgetKey: StorageKey { typealias Value = GuessBudget }

    var guessBudget: GuessBudget {
        get { storage[GuessBudgetKey.self]! }
        set { storage[GuessBudgetKey.self] = newValue }
    }
}

/// The one check that a caller is a dossier's applicant: the citizen account that submitted it, or someone who
/// gives its phone number, within the guess budget.
struct ApplicantProof {
    let app: Application
    /// The caller's address (``Request/clientKey``).
    let caller: String
    let now: Date

    init(_ req: Request) {
        app = req.application; caller = req.clientKey; now = req.now
    }

    init(app: Application, caller: String, now: Date) {
        self.app = app; self.caller = caller; self.now = now
    }

    static func budgetSpent(_ now: Date) -> APIError {
        let minutes = (GuessBudget.wait(now) + 59) / 60
        return APIError(.tooManyWrongPhones, minutes)
    }

    /// Whether the caller is the applicant of `row` (nil when no dossier has the code). Throws 429 while the
    /// caller's or the dossier's budget is spent, whether the phone is right or not.
    func check(_ row: DossierRow?, code: String, principal: Principal?, phone: String?) async throws -> Bool {
        if let principal, principal.kind == .citizen, let row, row.applicantAccount == principal.id { return true }
        guard let phone, !phone.isEmpty else { return false }
        let budget = app.guessBudget
        if budget.blockedHere(caller: caller, code: code, now: now) { throw Self.budgetSpent(now) }
        if let row, PhoneNumber.normalise(phone) == row.applicantPhone {
            // Another instance may have spent the budget (one SQLite process has seen every failure itself).
            if budget.shared, try await budget.blockedInDatabase(app.db, caller: caller, code: code, now: now) { throw Self.budgetSpent(now) }
            return true
        }
        // A wrong phone is counted first and answered by the count: one write, no read.
        guard try await budget.fail(app, caller: caller, code: code, now: now) else { throw Self.budgetSpent(now) }
        return false
    }
}
