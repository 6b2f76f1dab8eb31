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
