import Foundation
import MotCuaCore

/// The service index of a unit (a commune, a province with its communes, or the whole country) for a period, computed
/// from the dossiers it is competent for, the catalogue of its level, payments and ratings, by the rule file in force;
/// and the rankings of the communes of a province, or of the provinces, with the change from the period before.
struct ServiceIndexQueries {
    let context: ServiceContext

    /// A unit's index.
    struct Report: Sendable {
        let unitCode: String?
        let unitName: String
        let period: IndexPeriod
        let facts: IndexFacts
        let score: IndexScore
        /// The dossiers counted late, with why (the progress points lost), in code order.
        var late: [(code: String, reason: IndexProgress.LateReason)] = []
        /// Every point lost, by measure: the dossiers in its denominator and not its numerator, with why (a commune's).
        var lost: [IndexMeasure: [(code: String, why: IndexDrillDown.Why)]] = [:]
    }

    /// Units ranked by their total for a period (best first; equal totals share a rank), with the total of the period before.
    struct Ranking: Sendable {
        struct Entry: Sendable {
            let rank: Int
            let report: Report
            let previousTotal: Double
        }
        let province: String?
        let provinceName: String
        let period: IndexPeriod
        let entries: [Entry]
    }

    func index(unit code: String?, period: IndexPeriod, withLate: Bool = true) async throws -> Report {
        let snapshot = context.snapshot
        let lastDay = period.end.adding(days: -1)
        guard let code else {
            let t = try await totals(period, grouping: .country, levels: [.commune, .province])
            return report(nil, "Toàn quốc", period, t.totals["all"], t.catalogue)
        }
        guard let unit = snapshot.units.history(code, upTo: lastDay) ?? snapshot.units.unit(code, asOf: context.today) else {
            throw APIError(.unitNotFound, code.prefix(20))
        }
        // A province: its own dossiers and its communes', over the catalogue of both levels.
        if unit.level == .province {
            let t = try await totals(period, grouping: .province, province: unit.code, levels: [.commune, .province])
            return report(unit.code, unit.fullName, period, t.totals[unit.code], t.catalogue)
        }
        let t = try await totals(period, grouping: .unit, unit: unit.code, levels: [.commune])
        var r = report(unit.code, unit.fullName, period, t.totals[unit.code], t.catalogue)
        guard withLate else { return r }
        // A commune's lost points, dossier by dossier (read from its dossiers and their index entries: a few thousand at most).
        let rows = try await DossierStore(context.db).indexRows(competentUnit: unit.code, province: nil, before: period.endMoment)
        let entries = try await IndexTotalsStore(context.db).entries(codes: rows.map(\.code))
        let dossiers = rows.compactMap { row in entries[row.code].map { IndexDrillDown.Dossier(code: row.code, clock: row.clock, entry: $0) } }
        r.lost = IndexDrillDown.lost(dossiers, period: period, now: LocalDateTime(context.now))
        r.late = (r.lost[.progress] ?? []).compactMap { item in
            if case .late(let reason) = item.why { (item.code, reason) } else { nil }
        }
        return r
    }

    /// Whether `reader` may see the dossiers behind a unit's lost points (those of a unit they may list).
    func mayOpenDossiers(unit code: String, period: IndexPeriod, by reader: Principal?) -> Bool {
        guard let reader, reader.isStaff else { return false }
        let unit = context.snapshot.units.history(code, upTo: period.end.adding(days: -1)) ?? context.snapshot.units.unit(code, asOf: context.today)
        guard let unit, unit.level == .commune else { return false }
        return AccessRules.canList(unit: unit.code, provinceOfUnit: unit.provinceCode ?? "", grants: reader.grants)
    }

    /// A commune's index with the dossiers behind its lost points, for staff who may list its dossiers (decided before
    /// anything about the unit is read: an unknown unit is as forbidden as another's).
    func lateDossiers(unit code: String, period: IndexPeriod, by reader: Principal) async throws -> Report {
        guard mayOpenDossiers(unit: code, period: period, by: reader) else { throw APIError.forbidden }
        return try await index(unit: code, period: period)
    }

    /// A unit's total month by month: the twelve months up to the one a period ends in (or the current one), with how
    /// many dossiers each counted (a month with none earns only the catalogue's points).
    func trend(unit code: String, endingWith period: IndexPeriod, months: Int = 12) async throws -> [(month: IndexPeriod, total: Double, counted: Int)] {
        let last = min(period.end.adding(days: -1), context.today)
        var month = IndexPeriod(String(format: "%04d-%02d", last.year, last.month))!
        var periods: [IndexPeriod] = []
        for _ in 0..<months { periods.insert(month, at: 0); month = month.previous }
        var out: [(month: IndexPeriod, total: Double, counted: Int)] = []
        for p in periods {
            let r = try await index(unit: code, period: p, withLate: false)
            out.append((p, r.score.total, r.facts[.progress]?.denominator ?? 0))
        }
        return out
    }

    /// The communes of a province ranked (`province` given), or the provinces of the country.
    func rankings(province code: String?, period: IndexPeriod) async throws -> Ranking {
        let snapshot = context.snapshot
        let lastDay = period.end.adding(days: -1)
        var provinceName = "Toàn quốc"
        let units: [AdministrativeUnit]
        if let code {
            guard let p = snapshot.units.history(code, upTo: lastDay), p.level == .province else { throw APIError(.unitNotFound, code.prefix(20)) }
            provinceName = p.fullName
            units = snapshot.units.communes(ofProvince: p.code, asOf: lastDay)
        } else {
            units = snapshot.units.provinces(asOf: lastDay)
        }
        let levels: Set<ProcedureLevel> = code == nil ? [.commune, .province] : [.commune]
        let grouping: IndexTotalsStore.Grouping = code == nil ? .province : .unit
        let current = try await totals(period, grouping: grouping, province: code, levels: levels)
        let previous = try await totals(period.previous, grouping: grouping, province: code, levels: levels)
        let reports = units.map { u in
            (report(u.code, u.fullName, period, current.totals[u.code], current.catalogue),
             report(u.code, u.fullName, period.previous, previous.totals[u.code], previous.catalogue).score.total)
        }
        let sorted = reports.sorted { ($0.0.score.total, $1.0.unitCode ?? "") > ($1.0.score.total, $0.0.unitCode ?? "") }
        var entries: [Ranking.Entry] = []
        for (i, (r, previous)) in sorted.enumerated() {
            let rank = i > 0 && entries[i - 1].report.score.total == r.score.total ? entries[i - 1].rank : i + 1
            entries.append(.init(rank: rank, report: r, previousTotal: previous))
        }
        return Ranking(province: code, provinceName: provinceName, period: period, entries: entries)
    }

    /// Every commune's index for a period (the country's 3,321), from one read of the totals.
    func communes(period: IndexPeriod) async throws -> [Report] {
        let lastDay = period.end.adding(days: -1)
        let units = context.snapshot.units
        let t = try await totals(period, grouping: .unit, levels: [.commune])
        return units.provinces(asOf: lastDay).flatMap { units.communes(ofProvince: $0.code, asOf: lastDay) }.map { u in
            report(u.code, u.fullName, period, t.totals[u.code], t.catalogue)
        }
    }

    /// The catalogue of a level as it stood at a period's end: how many procedures, and those offered online.
    struct Catalogue: Sendable {
        let count: Int
        let offered: Set<String>
    }

    /// The running totals of a period, grouped (a unit with no dossiers has none), with the catalogue they are read against.
    private func totals(_ period: IndexPeriod, grouping: IndexTotalsStore.Grouping, unit: String? = nil, province: String? = nil,
                        levels: Set<ProcedureLevel>) async throws -> (totals: [String: IndexTotals], catalogue: Catalogue) {
        let procedures = context.snapshot.changes.received(context.snapshot.catalogue.procedures, on: period.end.adding(days: -1), at: levels)
        let catalogue = Catalogue(count: procedures.count, offered: Set(procedures.filter(\.online).map(\.code)))
        let totals = try await IndexTotalsStore(context.db).totals(period: period, cutoff: period.cutoff(now: LocalDateTime(context.now)),
                                                                   grouping: grouping, unit: unit, province: province,
                                                                   offered: catalogue.offered.sorted())
        return (totals, catalogue)
    }

    private func report(_ code: String?, _ name: String, _ period: IndexPeriod, _ totals: IndexTotals?, _ catalogue: Catalogue) -> Report {
        let facts = (totals ?? IndexTotals()).facts(procedures: catalogue.count, offeredOnline: catalogue.offered.count)
        return Report(unitCode: code, unitName: name, period: period, facts: facts, score: IndexScore(rules: context.config.indexRules, facts: facts))
    }
}
