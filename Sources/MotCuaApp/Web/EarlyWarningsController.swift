import Foundation
import MotCuaCore
import Vapor

/// Early warnings for a unit's leaders: `GET /api/v1/staff/early-warnings?unit=<code>` and the page `/can-bo/canh-bao`
/// (`?don-vi=`), both through ``EarlyWarnings``; without a unit, the reader's first.
struct EarlyWarningsController: RouteCollection {
    let api: Bool

    func boot(routes: any RoutesBuilder) throws {
        if api {
            routes.get("staff", "early-warnings", use: board)
        } else {
            routes.get(SiteRoute.officeWarnings.components, use: page)
        }
    }

    func board(req: Request) async throws -> EarlyWarningsDTO {
        let reader = try req.requireStaff()
        let unit = req.query[String.self, at: "unit"].flatMap { $0.isEmpty ? nil : String($0.prefix(20)) } ?? EarlyWarnings.defaultUnit(of: reader) ?? ""
        return EarlyWarningsDTO(try await EarlyWarnings(context: try req.services).board(unit: unit, by: reader))
    }

    func page(req: Request) async throws -> Response {
        guard let reader = OfficeController.officer(req) else { return OfficeController.toSignIn(req) }
        let context = try req.services
        let unit = req.query[String.self, at: "don-vi"].flatMap { $0.isEmpty ? nil : String($0.prefix(20)) } ?? EarlyWarnings.defaultUnit(of: reader) ?? ""
        let board = EarlyWarningsDTO(try await EarlyWarnings(context: context).board(unit: unit, by: reader))
        var seen = Set<String>()
        let units = reader.grants.map(\.unitCode).filter { seen.insert($0).inserted }.map { code in
            (code: code, name: context.snapshot.units.unit(code, asOf: context.today)?.fullName ?? code)
        }
        let model = EarlyWarningsPage(board, units: units, language: req.language)
        return try await req.page("early-warnings", title: model.heading, model, area: .office)
    }
}
