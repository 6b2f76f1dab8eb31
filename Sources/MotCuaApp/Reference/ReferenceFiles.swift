import Foundation
import MotCuaCore

/// Reads the reference data files of the `data` folder into core values.
struct ReferenceFiles {
    let directory: URL

    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "reference data file not found: \(path) (set MOTCUA_DATA_DIR to the folder holding units.json)" }
    }

    private func read(_ name: String) throws -> Data {
        let url = directory.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else { throw Missing(path: url.path) }
        return data
    }

    /// The day the two-tier units came into being.
    static let twoTierStart = LocalDate(year: 2025, month: 7, day: 1)

    private struct UnitsFile: Decodable {
        struct Commune: Decodable {
            let code, name, fullName, nameEn, fullNameEn, type: String
            let lat, lon: Double?
        }
        struct Province: Decodable {
            let code, name, fullName, nameEn, fullNameEn, type: String
            let lat, lon: Double?
            let communes: [Commune]
        }
        let provinces: [Province]
    }

    func units() throws -> [AdministrativeUnit] {
        let file = try JSONDecoder().decode(UnitsFile.self, from: read("units.json"))
        var result: [AdministrativeUnit] = []
        for p in file.provinces {
            result.append(AdministrativeUnit(code: p.code, name: p.name, fullName: p.fullName, nameEn: p.nameEn,
                                             fullNameEn: p.fullNameEn, type: p.type, level: .province, provinceCode: nil,
                                             latitude: p.lat, longitude: p.lon, establishedOn: Self.twoTierStart))
            for c in p.communes {
                result.append(AdministrativeUnit(code: c.code, name: c.name, fullName: c.fullName, nameEn: c.nameEn,
                                                 fullNameEn: c.fullNameEn, type: c.type, level: .commune, provinceCode: p.code,
                                                 latitude: c.lat, longitude: c.lon, establishedOn: Self.twoTierStart))
            }
        }
        return result
    }

    /// A code in the conversion table that the units list carries under another code.
    struct CodeCorrection: Decodable {
        let tableCode: String
        let code: String
    }

    private struct ChangesFile: Decodable {
        let changes: [UnitChange]
        let codeCorrections: [CodeCorrection]?
    }

    func unitChanges() throws -> [UnitChange] {
        try JSONDecoder().decode(ChangesFile.self, from: read("unit-changes.json")).changes
    }

    func codeCorrections() throws -> [String: String] {
        let file = try JSONDecoder().decode(ChangesFile.self, from: read("unit-changes.json"))
        return Dictionary(uniqueKeysWithValues: (file.codeCorrections ?? []).map { ($0.tableCode, $0.code) })
    }

    struct OldProvince: Codable, Sendable, Hashable {
        let oldCode: String
        let oldName: String
        let newCodes: [String]
    }

    private struct MergesFile: Decodable {
        let provinces: [OldProvince]
        let communes: [OldCommune]
    }

    func conversionTable() throws -> (provinces: [OldProvince], communes: [OldCommune]) {
        let file = try JSONDecoder().decode(MergesFile.self, from: read("merges-2025.json"))
        let corrections = try codeCorrections()
        let communes = file.communes.map { row in
            var row = row
            row.newCommuneCodes = row.newCommuneCodes.map { corrections[$0] ?? $0 }
            return row
        }
        return (file.provinces, communes)
    }

    private struct DaysOffFile: Decodable {
        struct Year: Decodable {
            let daysOff: [DayOff]
            let makeUpWorkingDays: [LocalDate]
        }
        let source: String
        let years: [String: Year]
    }

    func decreedSchedules() throws -> [DecreedSchedule] {
        let file = try JSONDecoder().decode(DaysOffFile.self, from: read("days-off-2025-2026.json"))
        return file.years.compactMap { key, value in
            Int(key).map { DecreedSchedule(year: $0, daysOff: value.daysOff, makeUpWorkingDays: value.makeUpWorkingDays,
                                           source: "Government announcements, as carried by PyPI holidays 0.109") }
        }.sorted { $0.year < $1.year }
    }

    func catalogue() throws -> Data { try read("catalogue.jsonl") }
}
