import Foundation
import MotCuaCore
import Vapor

/// The service index over the API (public: it holds no personal data): `GET /api/v1/index?unit=<code>&period=2026-Q3`
/// (also `2026-08`, `2026`; without `unit`, the whole country).
struct IndexController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("index", use: index)
        routes.get("index", "rankings", use: rankings)
    }

    /// `?province=<code>&period=…` ranks the province's communes; without `province`, the provinces. `format=csv` for a
    /// spreadsheet.
    func rankings(req: Request) async throws -> Response {
        let text = req.query[String.self, at: "period"] ?? ""
        guard let period = IndexPeriod(text) else { throw APIError(.badPeriod, String(text.prefix(20))) }
        let context = try req.services
        let province = req.query[String.self, at: "province"].flatMap { $0.isEmpty ? nil : $0 }
        let rules = context.config.indexRules
        let dto = RankingsDTO(try await ServiceIndexQueries(context: context).rankings(province: province, period: period), rules: rules)
        switch req.query[String.self, at: "format"] ?? "json" {
        case "json":
            return try await dto.encodeResponse(for: req)
        case "csv":
            let response = Response(status: .ok, body: .init(string: dto.csv(groupKeys: rules.groups.map(\.key))))
            response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
            response.headers.contentDisposition = .init(.attachment, filename: "xep-hang-\(province ?? "toan-quoc")-\(period).csv")
            return response
        default:
            throw APIError(.badFormat, String((req.query[String.self, at: "format"] ?? "").prefix(10)))
        }
    }

    func index(req: Request) async throws -> IndexDTO {
        let text = req.query[String.self, at: "period"] ?? ""
        guard let period = IndexPeriod(text) else { throw APIError(.badPeriod, String(text.prefix(20))) }
        let unit = req.query[String.self, at: "unit"].flatMap { $0.isEmpty ? nil : $0 }
        let context = try req.services
        let report = try await ServiceIndexQueries(context: context).index(unit: unit, period: period)
        return IndexDTO(report, rules: context.config.indexRules)
    }
}
