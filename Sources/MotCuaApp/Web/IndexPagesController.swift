import Foundation
import MotCuaCore
import Vapor

/// The service index as pages (public: no personal data): the ranking of a province's communes or of the provinces
/// (`/chi-so?ky=2026-Q3&tinh=01`), and one unit's breakdown (`/chi-so/{unit}?ky=…`) — with the late dossiers behind the
/// lost progress points for staff who may open them. Everything through ``ServiceIndexQueries``; the decentralisation
/// report (`/phan-cap`) through ``Decentralisation``.
struct IndexPagesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.indexRankings, use: rankings)
        routes.get(.indexUnit, use: unit)
        routes.get(.decentralisation, use: decentralisation)
    }

    /// `/phan-cap?tu=YYYY-MM-DD&den=YYYY-MM-DD`: the decentralisation report (from the reform to today by default).
    func decentralisation(req: Request) async throws -> Response {
        let report = try await Decentralisation(try req.services).report(from: req.query[String.self, at: "tu"], to: req.query[String.self, at: "den"])
        let model = DecentralisationPage(DecentralisationReportDTO(report), language: req.language)
        return try await req.page("decentralisation", title: model.heading, model)
    }

    /// `?ky=` or, without it, the current quarter.
    static func period(_ req: Request, today: LocalDate) throws -> IndexPeriod {
        guard let text = req.query[String.self, at: "ky"], !text.isEmpty else {
            return IndexPeriod("\(today.year)-Q\((today.month - 1) / 3 + 1)")!
        }
        guard let p = IndexPeriod(text) else { throw APIError(.badPeriod, String(text.prefix(20))) }
        return p
    }

    /// Periods to choose from: this quarter and the five before, this year and the last, the last six months.
    static func choices(today: LocalDate, chosen: IndexPeriod) -> [IndexPeriod] {
        var quarter = IndexPeriod("\(today.year)-Q\((today.month - 1) / 3 + 1)")!
        var month = IndexPeriod(String(format: "%04d-%02d", today.year, today.month))!
        var out: [IndexPeriod] = []
        for _ in 0..<6 { out.append(quarter); quarter = quarter.previous }
        out += [IndexPeriod(String(today.year))!, IndexPeriod(String(today.year - 1))!]
        for _ in 0..<6 { out.append(month); month = month.previous }
        return out.contains(chosen) ? out : [chosen] + out
    }

    func rankings(req: Request) async throws -> Response {
        let context = try req.services
        let period = try Self.period(req, today: context.today)
        let province = req.query[String.self, at: "tinh"].flatMap { $0.isEmpty ? nil : String($0.prefix(20)) }
        let rules = context.config.indexRules
        let ranking = RankingsDTO(try await ServiceIndexQueries(context: context).rankings(province: province, period: period), rules: rules)
        let provinces = context.snapshot.units.provinces(asOf: context.today).map { (code: $0.code, name: $0.fullName) }
        let model = IndexRankingsPage(ranking, provinces: provinces, periods: Self.choices(today: context.today, chosen: period), language: req.language)
        return try await req.page("index-rankings", title: model.heading, model)
    }

    func unit(req: Request) async throws -> Response {
        let context = try req.services
        let period = try Self.period(req, today: context.today)
        let code = String(try req.parameters.require("unit").prefix(20))
        let report = try await ServiceIndexQueries(context: context).index(unit: code, period: period)
        let unit = context.snapshot.units.history(code, upTo: period.end.adding(days: -1))
        let province = unit.flatMap { $0.level == .province ? $0.code : $0.provinceCode }
        let mayOpen = ServiceIndexQueries(context: context).mayOpenDossiers(unit: code, period: period, by: req.principal)
        let trend = try await ServiceIndexQueries(context: context).trend(unit: code, endingWith: period)
        let model = IndexUnitPage(report, rules: context.config.indexRules, province: province, showDossiers: mayOpen,
                                  nextAllowed: period.next.start <= context.today, trend: trend, language: req.language)
        return try await req.page("index-unit", title: model.heading, model)
    }
}
