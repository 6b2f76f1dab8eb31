import Fluent
import Foundation
import MotCuaCore
import SQLKit

/// Keeps the service index's running totals as dossiers change: each change takes the difference between the dossier's
/// old and new entry (`IndexEntry`) into the day and month rows of its unit, in the transaction of the change. A period's
/// index then reads a few sums (`totals`) instead of every dossier.
struct IndexTotalsStore {
    let db: any Database
    var sql: any SQLDatabase { db.sql }

    init(_ db: any Database) { self.db = db }

    /// What to add to the totals.
    struct Delta {
        struct Day: Hashable { var unit: String; var province: String; var day: LocalDate }
        struct Use: Hashable { var unit: String; var province: String; var month: String; var procedure: String }
        var days: [Day: [Int]] = [:]
        var uses: [Use: Int] = [:]

        mutating func add(_ e: IndexEntry, sign: Int) {
            for (day, counter) in e.counts {
                let key = Day(unit: e.unit, province: e.province, day: day)
                days[key, default: Array(repeating: 0, count: IndexCounter.allCases.count)][counter.position] += sign
            }
            if e.online, let received = e.received {
                uses[Use(unit: e.unit, province: e.province, month: received.monthKey, procedure: e.procedure), default: 0] += sign
            }
        }
    }

    // MARK: Changes

    /// A dossier was written: its clock, channel or units may have changed.
    func changed(_ d: Dossier) async throws {
        let old = try await entries(codes: [d.code])[d.code]
        let online = d.channel == "online"
        let new = old?.with(unit: d.competentUnit, province: d.provinceCode, procedure: d.procedureCode, online: online, clock: d.clock)
            ?? IndexEntry(unit: d.competentUnit, province: d.provinceCode, procedure: d.procedureCode, online: online, clock: d.clock)
        try await replace(d.code, old: old, new: new)
    }

    /// Something recorded beside the dossier changed its entry (a document, a rating, a payment).
    func update(_ code: String, _ change: (inout IndexEntry) -> Void) async throws {
        guard let old = try await entries(codes: [code])[code] else { return }
        var new = old
        change(&new)
        try await replace(code, old: old, new: new)
    }

    /// New dossiers, with whether they hold a document.
    func added(_ dossiers: [(Dossier, documents: Bool)]) async throws {
        try await add(dossiers.map { d, documents in
            (d.code, IndexEntry(unit: d.competentUnit, province: d.provinceCode, procedure: d.procedureCode, online: d.channel == "online",
                                clock: d.clock, documents: documents))
        })
    }

    /// New dossiers' entries.
    func add(_ entries: [(String, IndexEntry)]) async throws {
        var delta = Delta()
        for (_, e) in entries { delta.add(e, sign: 1) }
        try await write(entries)
        try await apply(delta)
    }

    private func replace(_ code: String, old: IndexEntry?, new: IndexEntry) async throws {
        guard old != new else { return }
        var delta = Delta()
        if let old { delta.add(old, sign: -1) }
        delta.add(new, sign: 1)
        try await write([(code, new)])
        try await apply(delta)
    }

    func entries(codes: [String]) async throws -> [String: IndexEntry] {
        var out: [String: IndexEntry] = [:]
        for chunk in codes.chunked(500) {
            for r in try await sql.select().columns("code", "entry").from("dossier_index").where("code", .in, SQLBind.group(Array(chunk))).all() {
                let text = try r.decode(column: "entry", as: String.self)
                out[try r.decode(column: "code", as: String.self)] = try IndexEntry(encoded: text).orCorrupt(column: "dossier_index.entry", value: text)
            }
        }
        return out
    }

    /// Writes dossiers' entries (new or replaced).
    func write(_ rows: [(String, IndexEntry)]) async throws {
        for chunk in rows.chunked(1000) {
            var insert = sql.insert(into: "dossier_index").columns("code", "entry")
            for (code, e) in chunk { insert = insert.values(SQLBind(code), SQLBind(e.encoded)) }
            try await insert.onConflict(with: ["code"]) { $0.set(excludedValueOf: "entry") }.run()
        }
    }

    /// Adds a difference to the day, month and procedure rows, in key order (so that two writers on PostgreSQL take
    /// the rows' locks in the same order).
    func apply(_ delta: Delta) async throws {
        var months: [Delta.Day: [Int]] = [:]
        for (k, v) in delta.days where v.contains(where: { $0 != 0 }) {
            let m = Delta.Day(unit: k.unit, province: k.province, day: LocalDate(year: k.day.year, month: k.day.month, day: 1))
            months[m] = zip(months[m] ?? Array(repeating: 0, count: v.count), v).map(+)
        }
        let days = delta.days.filter { $0.value.contains { $0 != 0 } }
        for (table, key, rows) in [("index_days", "day", days.map { ($0.key, $0.key.day.description, $0.value) }),
                                   ("index_months", "month", months.map { ($0.key, $0.key.day.monthKey, $0.value) })] {
            let sorted = rows.sorted { ($0.0.unit, $0.1) < ($1.0.unit, $1.1) }
            for chunk in sorted.chunked(1000) {
                var insert = sql.insert(into: table).columns(["unit_code", "province_code", key] + IndexCounter.allCases.map(\.column))
                for (k, label, counts) in chunk {
                    insert = insert.values([SQLBind(k.unit), SQLBind(k.province), SQLBind(label)] + counts.map { SQLBind($0) })
                }
                try await insert.onConflict(with: ["unit_code", key]) { b in
                    var b = b
                    for c in IndexCounter.allCases {
                        b = b.set(c.column, to: SQLBinaryExpression(SQLColumn(c.column, table: table), .add, SQLExcludedColumn(c.column)))
                    }
                    return b
                }.run()
            }
        }
        let uses = delta.uses.filter { $0.value != 0 }.sorted { ($0.key.unit, $0.key.month, $0.key.procedure) < ($1.key.unit, $1.key.month, $1.key.procedure) }
        for chunk in uses.chunked(1000) {
            var insert = sql.insert(into: "index_procedures").columns("unit_code", "province_code", "month", "procedure_code", "n")
            for (k, n) in chunk { insert = insert.values(SQLBind(k.unit), SQLBind(k.province), SQLBind(k.month), SQLBind(k.procedure), SQLBind(n)) }
            try await insert.onConflict(with: ["unit_code", "month", "procedure_code"]) {
                $0.set("n", to: SQLBinaryExpression(SQLColumn("n", table: "index_procedures"), .add, SQLExcludedColumn("n")))
            }.run()
        }
    }

    // MARK: Reading

    /// How totals are grouped: by competent unit, by province, or one for the country.
    enum Grouping: Sendable { case unit, province, country }

    /// What the totals are grouped by, the `GROUP BY` (none for the country: PostgreSQL cannot group by a constant) and
    /// the filter to one unit's or one province's rows.
    private static func scope(_ grouping: Grouping, unit: String?, province: String?) -> (key: String, groupBy: String, filter: SQLQueryString) {
        let key: String = switch grouping {
        case .unit: "unit_code"
        case .province: "province_code"
        case .country: "CAST('all' AS TEXT)"
        }
        var filter = SQLQueryString("")
        if let unit { filter.appendInterpolation(unsafeRaw: " AND unit_code = "); filter.appendInterpolation(bind: unit) }
        if let province { filter.appendInterpolation(unsafeRaw: " AND province_code = "); filter.appendInterpolation(bind: province) }
        return (key, grouping == .country ? "" : " GROUP BY \(key)", filter)
    }

    /// A sum as an integer on both engines (PostgreSQL sums big integers as decimals), zero over no rows.
    private static func sum(_ e: String) -> String { "CAST(COALESCE(SUM(\(e)), 0) AS BIGINT)" }

    /// The totals of a period cut at `cutoff`, grouped, for one unit's or one province's rows or all; procedures counted
    /// as used only among `offered`.
    func totals(period: IndexPeriod, cutoff: LocalDate, grouping: Grouping, unit: String? = nil, province: String? = nil,
                offered: [String]) async throws -> [String: IndexTotals] {
        let (key, groupBy, filter) = Self.scope(grouping, unit: unit, province: province)
        let sum = Self.sum
        let counters = IndexCounter.allCases
        let cutoffMonth = cutoff.monthKey, startMonth = period.start.monthKey
        var out: [String: IndexTotals] = [:]
        // Whole months before the cutoff's month: all of them before the cutoff, those from the period's start in it.
        let sums = counters.map { "\(sum($0.column)) AS b_\($0.column), \(sum("CASE WHEN month >= '\(startMonth)' THEN \($0.column) ELSE 0 END")) AS p_\($0.column)" }
        let months: SQLQueryString = "SELECT \(unsafeRaw: key) AS k, \(unsafeRaw: sums.joined(separator: ", ")) FROM index_months WHERE month < \(bind: cutoffMonth)\(filter)\(unsafeRaw: groupBy)"
        for r in try await sql.raw(months).all() {
            var t = IndexTotals()
            for c in counters {
                t.beforeCutoff[c] = try r.decode(column: "b_\(c.column)", as: Int.self)
                t.inPeriod[c] = try r.decode(column: "p_\(c.column)", as: Int.self)
            }
            out[try r.decode(column: "k", as: String.self)] = t
        }
        // The days of the cutoff's month before it (all in the period: a period starts on a month's first day).
        let monthStart = LocalDate(year: cutoff.year, month: cutoff.month, day: 1)
        if monthStart < cutoff {
            let daySums = counters.map { "\(sum($0.column)) AS d_\($0.column)" }.joined(separator: ", ")
            let days: SQLQueryString = "SELECT \(unsafeRaw: key) AS k, \(unsafeRaw: daySums) FROM index_days WHERE day >= \(bind: monthStart.description) AND day < \(bind: cutoff.description)\(filter)\(unsafeRaw: groupBy)"
            for r in try await sql.raw(days).all() {
                let k = try r.decode(column: "k", as: String.self)
                var t = out[k] ?? IndexTotals()
                for c in counters {
                    let n = try r.decode(column: "d_\(c.column)", as: Int.self)
                    t.beforeCutoff[c, default: 0] += n
                    t.inPeriod[c, default: 0] += n
                }
                out[k] = t
            }
        }
        // Procedures offered online used in the period's months (to the cutoff's month).
        if period.start < cutoff, !offered.isEmpty {
            let lastMonth = cutoff.adding(days: -1).monthKey
            var list = SQLQueryString("")
            for (i, code) in offered.enumerated() {
                if i > 0 { list.appendInterpolation(unsafeRaw: ", ") }
                list.appendInterpolation(bind: code)
            }
            let used: SQLQueryString = "SELECT \(unsafeRaw: key) AS k, COUNT(DISTINCT procedure_code) AS n FROM index_procedures WHERE month >= \(bind: startMonth) AND month <= \(bind: lastMonth) AND n > 0 AND procedure_code IN (\(list))\(filter)\(unsafeRaw: groupBy)"
            for r in try await sql.raw(used).all() {
                let k = try r.decode(column: "k", as: String.self)
                out[k, default: IndexTotals()].onlineProceduresUsed = try r.decode(column: "n", as: Int.self)
            }
        }
        return out
    }

    /// The totals of the days [from, to) (`inPeriod`) and of every day before `to` (`beforeCutoff`), grouped, for one unit's
    /// or one province's rows or all: a week's figures for week-over-week warnings.
    func window(from: LocalDate, to: LocalDate, grouping: Grouping, unit: String? = nil, province: String? = nil) async throws -> [String: IndexTotals] {
        let (key, groupBy, filter) = Self.scope(grouping, unit: unit, province: province)
        let sum = Self.sum
        let counters = IndexCounter.allCases
        var out: [String: IndexTotals] = [:]
        // Before `to`: whole months before its month, then its month's days before it.
        let monthStart = LocalDate(year: to.year, month: to.month, day: 1)
        let months: SQLQueryString = "SELECT \(unsafeRaw: key) AS k, \(unsafeRaw: counters.map { "\(sum($0.column)) AS \($0.column)" }.joined(separator: ", ")) FROM index_months WHERE month < \(bind: to.monthKey)\(filter)\(unsafeRaw: groupBy)"
        let daySums = counters.map {
            "\(sum("CASE WHEN day >= '\(from.description)' THEN \($0.column) ELSE 0 END")) AS p_\($0.column), "
                + "\(sum("CASE WHEN day >= '\(monthStart.description)' THEN \($0.column) ELSE 0 END")) AS m_\($0.column)"
        }.joined(separator: ", ")
        let days: SQLQueryString = "SELECT \(unsafeRaw: key) AS k, \(unsafeRaw: daySums) FROM index_days WHERE day >= \(bind: min(from, monthStart).description) AND day < \(bind: to.description)\(filter)\(unsafeRaw: groupBy)"
        for r in try await sql.raw(months).all() {
            var t = IndexTotals()
            for c in counters { t.beforeCutoff[c] = try r.decode(column: c.column, as: Int.self) }
            out[try r.decode(column: "k", as: String.self)] = t
        }
        for r in try await sql.raw(days).all() {
            let k = try r.decode(column: "k", as: String.self)
            var t = out[k] ?? IndexTotals()
            for c in counters {
                t.inPeriod[c] = try r.decode(column: "p_\(c.column)", as: Int.self)
                // Only the days of the cutoff's month: earlier months' days are in their months' rows.
                t.beforeCutoff[c, default: 0] += try r.decode(column: "m_\(c.column)", as: Int.self)
            }
            out[k] = t
        }
        return out
    }

    // MARK: Rebuilding

    /// Recomputes every total from the dossiers, their documents, ratings and payments (after the schema is created,
    /// or by `motcua index --rebuild`). A page of dossiers at a time.
    func rebuild() async throws {
        for t in ["dossier_index", "index_procedures", "index_months", "index_days"] { try await sql.delete(from: t).run() }
        let store = DossierStore(db)
        var after = ""
        while true {
            let rows = try await store.indexRows(after: after, limit: 5000)
            guard let last = rows.last else { break }
            after = last.code
            let codes = rows.map(\.code)
            let documents = try await store.withDocuments(codes: codes)
            let ratings = try await FeedbackStore(db: db).ratings(codes: codes)
            let payments = try await store.paymentConfirmations(codes: codes)
            var delta = Delta()
            var entries: [(String, IndexEntry)] = []
            for r in rows {
                let paid = payments[r.code]
                let e = IndexEntry(unit: r.competentUnit, province: r.province, procedure: r.procedureCode, online: r.channel == "online",
                                   clock: r.clock, documents: documents.contains(r.code), complaint: ratings[r.code] == .dissatisfied,
                                   paid: paid?.at?.date, paidOnline: paid?.detail["method"] == "online")
                delta.add(e, sign: 1)
                entries.append((r.code, e))
            }
            try await write(entries)
            try await apply(delta)
        }
    }
}

extension IndexCounter {
    /// Its place in a row of counts.
    var position: Int { IndexCounter.allCases.firstIndex(of: self)! }
}

extension LocalDate {
    /// `yyyy-MM`.
    var monthKey: String { String(description.prefix(7)) }
}
