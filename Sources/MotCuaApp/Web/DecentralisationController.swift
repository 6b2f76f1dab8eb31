import Foundation
import MotCuaCore
import Vapor

/// `GET /api/v1/decentralisation/report?from=YYYY-MM-DD&to=YYYY-MM-DD[&format=csv|xlsx]`: procedures decentralised,
/// reassigned between levels, given another agency, introduced and abolished over a period (public: the catalogue is).
struct DecentralisationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("decentralisation", "report", use: report)
    }

    func report(req: Request) async throws -> Response {
        let format = try IndexController.format(req)
        let report = try await Decentralisation(try req.services)
            .report(from: req.query[String.self, at: "from"], to: req.query[String.self, at: "to"])
        let dto = DecentralisationReportDTO(report)
        guard format != "json" else { return try await dto.encodeResponse(for: req) }
        return try SpreadsheetResponse.make(Spreadsheet(sheets: format == "csv" ? [dto.sheets[0]] : dto.sheets), format: format,
                                            fileName: "phan-cap-\(dto.from)-\(dto.to)")
    }
}
