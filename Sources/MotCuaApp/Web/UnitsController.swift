import Foundation
import MotCuaCore
import Vapor

struct UnitsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("provinces", use: provinces)
        routes.get("provinces", ":code", "communes", use: communes)
        routes.get("units", use: search)
        routes.get("units", ":code", use: unit)
    }

    func provinces(req: Request) async throws -> ListDTO<UnitDTO> {
        let date = try req.asOfDate()
        let items = try req.reference.units.provinces(asOf: date).map { UnitDTO($0, asOf: date) }
        return ListDTO(total: items.count, items: items)
    }

    func communes(req: Request) async throws -> ListDTO<UnitDTO> {
        let date = try req.asOfDate()
        let code = req.parameters.get("code") ?? ""
        let units = try req.reference.units
        guard let province = units.unit(code, asOf: date), province.level == .province else {
            throw APIError(.provinceNotFound, code, date)
        }
        let items = units.communes(ofProvince: province.code, asOf: date).map { UnitDTO($0, asOf: date) }
        return ListDTO(total: items.count, items: items)
    }

    func unit(req: Request) async throws -> UnitDTO {
        let date = try req.asOfDate()
        let code = req.parameters.get("code") ?? ""
        let units = try req.reference.units
        guard let u = units.unit(code, asOf: date) else {
            if let later = units.history(code, upTo: date), !later.exists(on: date) {
                throw APIError(.unitNotInForce, code, date, later.establishedOn)
            }
            throw APIError(.unitNotFound, code)
        }
        return UnitDTO(u, asOf: date, changes: units.changes[code] ?? [])
    }

    func search(req: Request) async throws -> ListDTO<UnitDTO> {
        let date = try req.asOfDate()
        let limit = try req.intQuery("limit", default: 20, range: 1...200)
        guard let q = req.query[String.self, at: "q"], !q.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw APIError(.missingQuery)
        }
        guard q.count <= 200 else {
            throw APIError(.queryTooLong, 200)
        }
        let matches = try req.reference.units.search(q, asOf: date, limit: limit)
        return ListDTO(total: matches.count, items: matches.map { UnitDTO($0.unit, asOf: date, score: $0.score) })
    }
}
