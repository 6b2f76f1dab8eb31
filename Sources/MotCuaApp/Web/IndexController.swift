import Foundation
import MotCuaCore
import Vapor

/// The service index over the API (public: it holds no personal data): `GET /api/v1/index?unit=<code>&period=2026-Q3`
/// (also `2026-08`, `2026`; without `unit`, the whole country).
struct IndexController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("index", use: index)
        routes.get("index", "rankings", use: rankings)
        routes.get("index", "late", use: late)
    }

    /// `json`, `csv` or `xlsx` (from `format`).
    static func format(_ req: Request) throws -> String {
        let format = req.query[String.self, at: "format"] ?? "json"
        guard ["json", "csv", "xlsx"].contains(format) else { throw APIError(.badFormat, String(format.prefix(10))) }
        return format
    }

    /// `?province=<code>&period=…` ranks the province's communes; without `province`, the provinces. `format=csv` for a
    /// spreadsheet.
    func rankings(req: Request) async throws -> Response {
        let text = req.query[String.self, at: "period"] ?? ""
        guard let period = IndexPeriod(text) else { throw APIError(.badPeriod, String(text.prefix(20))) }
        let context = try req.services
        let province = req.query[String.self, at: "province"].flatMap { $0.isEmpty ? nil : $0 }
        let rules = context.config.indexRules
        let format = try Self.format(req)
        let dto = RankingsDTO(try await ServiceIndexQueries(context: context).rankings(province: province, period: period), rules: rules)
        guard format != "json" else { return try await dto.encodeResponse(for: req) }
        return try SpreadsheetResponse.make(Spreadsheet(sheets: [dto.sheet(groupKeys: rules.groups.map(\.key))]), format: format,
                                            fileName: "xep-hang-\(province ?? "toan-quoc")-\(period)")
    }

    /// `format=csv` or `xlsx` for a spreadsheet; the workbook carries a second sheet with the late dossiers behind the
    /// lost points when the reader may list the unit's dossiers.
    func index(req: Request) async throws -> Response {
        let text = req.query[String.self, at: "period"] ?? ""
        guard let period = IndexPeriod(text) else { throw APIError(.badPeriod, String(text.prefix(20))) }
        let format = try Self.format(req)
        let unit = req.query[String.self, at: "unit"].flatMap { $0.isEmpty ? nil : $0 }
        let context = try req.services
        let queries = ServiceIndexQueries(context: context)
        let report = try await queries.index(unit: unit, period: period)
        let dto = IndexDTO(report, rules: context.config.indexRules)
        guard format != "json" else { return try await dto.encodeResponse(for: req) }
        var sheets = [dto.sheet()]
        if format == "xlsx", let unit, queries.mayOpenDossiers(unit: unit, period: period, by: req.principal) {
            let late = LateDossiersDTO(report, language: req.language)
            let names = Dictionary(context.config.indexRules.groups.flatMap(\.indicators).map { ($0.measure, $0.name) }, uniquingKeysWith: { a, _ in a })
            sheets += [late.sheet(), late.lostSheet(names: names)]
        }
        return try SpreadsheetResponse.make(Spreadsheet(sheets: sheets), format: format, fileName: "chi-so-\(unit ?? "toan-quoc")-\(period)")
    }

    /// `?unit=<commune>&period=…[&format=csv|xlsx]`: the dossiers behind a commune's lost progress points, each with why,
    /// for staff who may list the commune's dossiers.
    func late(req: Request) async throws -> Response {
        let reader = try req.requireStaff()
        let text = req.query[String.self, at: "period"] ?? ""
        guard let period = IndexPeriod(text) else { throw APIError(.badPeriod, String(text.prefix(20))) }
        let format = try Self.format(req)
        let unit = String((req.query[String.self, at: "unit"] ?? "").prefix(20))
        let report = try await ServiceIndexQueries(context: try req.services).lateDossiers(unit: unit, period: period, by: reader)
        let dto = LateDossiersDTO(report, language: req.language)
        guard format != "json" else { return try await dto.encodeResponse(for: req) }
        return try SpreadsheetResponse.make(Spreadsheet(sheets: [dto.sheet()]), format: format, fileName: "ho-so-tre-han-\(unit)-\(period)")
    }
}
