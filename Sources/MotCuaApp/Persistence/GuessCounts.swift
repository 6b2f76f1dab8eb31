import Fluent
import SQLKit

/// The `guess_counts` table: wrong phone numbers given per subject (`caller:…` or `dossier:…`) and hour window.
struct GuessCounts {
    let db: any Database

    /// Subjects with at least `failures` in the window.
    func subjects(hour: Int, atLeast failures: Int) async throws -> [String: Int] {
        try await counts(db.sql.select().columns("subject", "failures").from("guess_counts")
            .where("hour", .equal, SQLBind(hour)).where("failures", .greaterThanOrEqual, SQLBind(failures)))
    }

    /// The counts of these subjects in the window (a subject with none is absent).
    func counts(of subjects: [String], hour: Int) async throws -> [String: Int] {
        try await counts(db.sql.select().columns("subject", "failures").from("guess_counts")
            .where("hour", .equal, SQLBind(hour)).where("subject", .in, SQLBind.group(subjects)))
    }

    private func counts(_ query: SQLSelectBuilder) async throws -> [String: Int] {
        var out: [String: Int] = [:]
        for row in try await query.all() {
            out[try row.decode(column: "subject", as: String.self)] = try row.decode(column: "failures", as: Int.self)
        }
        return out
    }

    /// Counts one more failure of the subject in the window, in one statement; returns the new count.
    func increment(_ subject: String, hour: Int) async throws -> Int {
        let row = try await db.sql.raw("""
            INSERT INTO guess_counts (subject, hour, failures) VALUES (\(bind: subject), \(bind: hour), 1)
            ON CONFLICT (subject, hour) DO UPDATE SET failures = guess_counts.failures + 1 RETURNING failures
            """).first()
        return try row?.decode(column: "failures", as: Int.self) ?? 1
    }

    /// Forgets windows before `hour`.
    func prune(before hour: Int) async throws {
        try await db.sql.delete(from: "guess_counts").where("hour", .lessThan, SQLBind(hour)).run()
    }
}
