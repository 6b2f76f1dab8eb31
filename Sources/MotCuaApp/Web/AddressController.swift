import MotCuaCore
import Vapor

struct AddressController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("address", "convert", use: convert)
    }

    func convert(req: Request) async throws -> ConversionResultDTO {
        let snapshot = try req.reference
        let rows: [OldCommune]
        if let code = req.query[String.self, at: "oldCommuneCode"], !code.isEmpty {
            guard let row = snapshot.converter.convert(oldCommuneCode: code) else {
                throw APIError(.oldCommuneNotFound, code)
            }
            rows = [row]
        } else if let commune = req.query[String.self, at: "commune"], !commune.trimmingCharacters(in: .whitespaces).isEmpty {
            guard commune.count <= 200 else {
                throw APIError(.queryTooLong, 200)
            }
            rows = snapshot.converter.convert(commune: commune, district: req.query[String.self, at: "district"],
                                              province: req.query[String.self, at: "province"])
            guard !rows.isEmpty else {
                throw APIError(.oldCommuneNotFound, commune)
            }
        } else {
            throw APIError(.missingOldCommune)
        }
        let matches = rows.map { Self.dto($0, snapshot: snapshot) }
        let anySplit = matches.contains { $0.split }
        return ConversionResultDTO(
            ambiguous: matches.count > 1, matches: matches,
            note: anySplit ? "Đơn vị cũ đã được chia cho nhiều đơn vị mới; hãy chọn theo địa chỉ cụ thể (thôn, tổ dân phố)." : nil)
    }

    static func dto(_ row: OldCommune, snapshot: ReferenceSnapshot) -> ConversionDTO {
        let today = LocalDateTime(Date()).date
        return ConversionDTO(
            old: .init(code: row.oldCode, name: row.oldName, districtCode: row.oldDistrictCode, districtName: row.oldDistrictName,
                       provinceCode: row.oldProvinceCode, provinceName: row.oldProvinceName),
            split: row.partlyMerged,
            newUnits: row.newCommuneCodes.map { code in
                let u = snapshot.units.unit(code, asOf: today) ?? snapshot.units.baseUnits[code]
                let p = u?.provinceCode.flatMap { snapshot.units.unit($0, asOf: today) }
                return .init(code: code, name: u?.name ?? "", fullName: u?.fullName ?? "", provinceCode: u?.provinceCode,
                             provinceName: p?.fullName)
            })
    }
}
