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

    func index(unit code: String?, period: IndexPeriod) async throws -> Report {
        let snapshot = context.snapshot
        let lastDay = period.end.adding(days: -1)
        guard let code else {
            let rows = try await DossierStore(context.db).indexRows(competentUnit: nil, province: nil, before: period.endMoment)
            let facts = try await self.facts(rows, levels: [.commune, .province], period: period, extras: try await extras(rows, period: period))
            return report(nil, "Toàn quốc", period, facts)
        }
        guard let unit = snapshot.units.history(code, upTo: lastDay) ?? snapshot.units.unit(code, asOf: context.today) else {
            throw APIError(.unitNotFound, code.prefix(20))
        }
        // A province: its own dossiers and its communes', over the catalogue of both levels.
        let province = unit.level == .province
        let rows = try await DossierStore(context.db).indexRows(competentUnit: province ? nil : unit.code, province: province ? unit.code : nil,
                                                               before: period.endMoment)
        let facts = try await self.facts(rows, levels: province ? [.commune, .province] : [.commune], period: period,
                                         extras: try await extras(rows, period: period))
        var r = report(unit.code, unit.fullName, period, facts)
        r.late = rows.compactMap { row in IndexProgress.lateReason(row.clock, in: period, now: LocalDateTime(context.now)).map { (row.code, $0) } }.sorted { $0.code < $1.code }
        return r
    }

    /// The communes of a province ranked (`province` given), or the provinces of the country.
    func rankings(province code: String?, period: IndexPeriod) async throws -> Ranking {
        let snapshot = context.snapshot
        let lastDay = period.end.adding(days: -1)
        let store = DossierStore(context.db)
        var provinceName = "Toàn quốc"
        let units: [AdministrativeUnit]
        if let code {
            guard let p = snapshot.units.history(code, upTo: lastDay), p.level == .province else { throw APIError(.unitNotFound, code.prefix(20)) }
            provinceName = p.fullName
            units = snapshot.units.communes(ofProvince: p.code, asOf: lastDay)
        } else {
            units = snapshot.units.provinces(asOf: lastDay)
        }
        // One read of the dossiers for the current and the previous period, grouped by unit.
        let rows = try await store.indexRows(competentUnit: nil, province: code, before: period.endMoment)
        func key(_ r: DossierStore.IndexRow) -> String { code == nil ? r.province : r.competentUnit }
        var reports: [(Report, Double)] = []
        for (p, isCurrent) in [(period, true), (period.previous, false)] {
            let inPeriod = isCurrent ? rows : rows.filter { r in r.clock.receivedAt.map { $0 < p.endMoment } ?? false }
            let extras = try await self.extras(inPeriod, period: p)
            let grouped = Dictionary(grouping: inPeriod, by: key)
            for (i, u) in units.enumerated() {
                let facts = try await self.facts(grouped[u.code] ?? [], levels: code == nil ? [.commune, .province] : [.commune], period: p, extras: extras)
                if isCurrent {
                    reports.append((report(u.code, u.fullName, p, facts), 0))
                } else {
                    reports[i].1 = IndexScore(rules: context.config.indexRules, facts: facts).total
                }
            }
        }
        let sorted = reports.sorted { ($0.0.score.total, $1.0.unitCode ?? "") > ($1.0.score.total, $0.0.unitCode ?? "") }
        var entries: [Ranking.Entry] = []
        for (i, (r, previous)) in sorted.enumerated() {
            let rank = i > 0 && entries[i - 1].report.score.total == r.score.total ? entries[i - 1].rank : i + 1
            entries.append(.init(rank: rank, report: r, previousTotal: previous))
        }
        return Ranking(province: code, provinceName: provinceName, period: period, entries: entries)
    }

    private func report(_ code: String?, _ name: String, _ period: IndexPeriod, _ facts: IndexFacts) -> Report {
        Report(unitCode: code, unitName: name, period: period, facts: facts, score: IndexScore(rules: context.config.indexRules, facts: facts))
    }

    /// What the index reads beside the dossiers themselves, in a few batched reads: ratings, documents, payments.
    struct Extras: Sendable {
        var complaints: Set<String>
        var withDocuments: Set<String>
        var paymentMethods: [String: String]
    }

    func extras(_ rows: [DossierStore.IndexRow], period: IndexPeriod) async throws -> Extras {
        let store = DossierStore(context.db)
        let codes = rows.map(\.code)
        let received = rows.filter { r in r.clock.receivedAt.map { $0 >= period.startMoment && $0 < period.endMoment } ?? false }.map(\.code)
        let ratings = try await FeedbackStore(db: context.db).ratings(codes: codes)
        return Extras(complaints: Set(ratings.filter { $0.value == .dissatisfied }.keys), withDocuments: try await store.withDocuments(codes: received),
                      paymentMethods: try await store.paymentMethods(codes: codes, from: period.startMoment, to: period.endMoment))
    }

    /// The measures MotCua holds the data for, from a unit's dossiers.
    func facts(_ rows: [DossierStore.IndexRow], levels: Set<ProcedureLevel>, period: IndexPeriod, extras: Extras) async throws -> IndexFacts {
        var facts = IndexFacts()
        // Progress, and satisfaction with procedures: the dossiers ended in the period or open at its end.
        var counted = 0, late = 0, complaints = 0
        for r in rows {
            guard let outcome = IndexProgress.count(r.clock, in: period, now: LocalDateTime(context.now)) else { continue }
            counted += 1
            if outcome == .late { late += 1 }
            if extras.complaints.contains(r.code) { complaints += 1 }
        }
        facts[.progress] = .init(counted - late, counted)
        facts[.procedureSatisfaction] = .init(max(0, counted - late - complaints), counted)
        // Received in the period: online submission, digitised components, online services used.
        let received = rows.filter { r in r.clock.receivedAt.map { $0 >= period.startMoment && $0 < period.endMoment } ?? false }
        let online = received.filter { $0.channel == "online" }
        facts[.onlineSubmission] = .init(online.count, received.count)
        facts[.digitisedDossiers] = .init(received.filter { extras.withDocuments.contains($0.code) }.count, received.count)
        // The catalogue of the unit's level as it stood at the period's end.
        let abolished = context.snapshot.changes.abolishedCodes(on: period.end.adding(days: -1))
        let procedures = context.snapshot.catalogue.procedures.filter { p in !abolished.contains(p.code) && p.levels.contains { levels.contains($0) } }
        let offered = Set(procedures.filter(\.online).map(\.code))
        facts[.proceduresOnline] = .init(offered.count, procedures.count)
        facts[.onlineProceduresUsed] = .init(Set(online.map(\.procedureCode)).intersection(offered).count, offered.count)
        // Payments confirmed in the period.
        let paid = rows.compactMap { extras.paymentMethods[$0.code] }
        facts[.onlinePayment] = .init(paid.filter { $0 == "online" }.count, paid.count)
        return facts
    }
}
