import Foundation
import MotCuaCore
import Vapor

/// A unit as the API shows it.
struct UnitDTO: Content {
    let code: String
    let name: String
    let fullName: String
    let nameEn: String
    let fullNameEn: String
    let type: String
    let level: String
    let provinceCode: String?
    let latitude: Double?
    let longitude: Double?
    let asOf: String
    /// Dated changes of this unit (past and scheduled).
    let changes: [ChangeDTO]?
    let score: Double?

    struct ChangeDTO: Content {
        let effective: String
        let kind: String
        let type: String?
        let fullName: String?
        let legalBasis: String
    }

    init(_ u: AdministrativeUnit, asOf: LocalDate, changes: [UnitChange]? = nil, score: Double? = nil) {
        code = u.code; name = u.name; fullName = u.fullName; nameEn = u.nameEn; fullNameEn = u.fullNameEn
        type = u.type; level = u.level.rawValue; provinceCode = u.provinceCode
        latitude = u.latitude; longitude = u.longitude; self.asOf = asOf.description
        self.changes = changes?.map { ChangeDTO(effective: $0.effective.description, kind: $0.kind.rawValue, type: $0.type,
                                                fullName: $0.fullName, legalBasis: $0.legalBasis) }
        self.score = score
    }
}

struct ListDTO<Item: Content>: Content {
    let total: Int
    let items: [Item]
}

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
        guard let q = req.query[String.self, at: "q"], !q.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw APIError(.missingQuery)
        }
        guard q.count <= 200 else {
            throw APIError(.queryTooLong, 200)
        }
        let matches = try req.reference.units.search(q, asOf: date, limit: limit)
        return ListDTO(total: matches.count, items: matches.map { UnitDTO($0.unit, asOf: date, score: $0.score) })
    }
}
