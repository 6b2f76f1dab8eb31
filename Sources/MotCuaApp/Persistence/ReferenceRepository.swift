import Fluent
import Foundation
import MotCuaCore

/// Reads and writes the reference data (units, conversion table, catalogue, decreed calendar).
/// Every import runs in one transaction: a failure leaves the previous data as it was.
struct ReferenceRepository {
    let db: any Database

    static let batchSize = 200

    // MARK: Reading

    func hasUnits() async throws -> Bool { try await UnitRow.query(on: db).count() > 0 }
    func hasCatalogue() async throws -> Bool { try await ProcedureRow.query(on: db).count() > 0 }
    func hasDecrees() async throws -> Bool { try await CalendarDecreeRow.query(on: db).count() > 0 }

    func version() async throws -> Int {
        try await ReferenceStateRow.find("reference", on: db)?.version ?? 0
    }

    func loadSnapshot(officeHours: OfficeHours) async throws -> ReferenceSnapshot {
        let version = try await self.version()
        let units = try await UnitRow.query(on: db).all().map { r in
            AdministrativeUnit(code: r.id ?? "", name: r.name, fullName: r.fullName, nameEn: r.nameEn, fullNameEn: r.fullNameEn,
                               type: r.type, level: UnitLevel(rawValue: r.level) ?? .commune, provinceCode: r.provinceCode,
                               latitude: r.latitude, longitude: r.longitude,
                               establishedOn: LocalDate(iso: r.establishedOn) ?? ReferenceFiles.twoTierStart,
                               abolishedOn: r.abolishedOn.flatMap { LocalDate(iso: $0) })
        }
        let changes = try await UnitChangeRow.query(on: db).all().compactMap { r -> UnitChange? in
            guard let effective = LocalDate(iso: r.effective), let kind = UnitChange.Kind(rawValue: r.kind) else { return nil }
            return UnitChange(unitCode: r.unitCode, effective: effective, kind: kind, type: r.type, name: r.name,
                              fullName: r.fullName, nameEn: r.nameEn, fullNameEn: r.fullNameEn,
                              successorCode: r.successorCode, legalBasis: r.legalBasis)
        }
        let oldCommunes = try await OldCommuneRow.query(on: db).sort(\.$id).all().map { r in
            OldCommune(oldCode: r.id ?? "", oldName: r.oldName, oldDistrictCode: r.oldDistrictCode, oldDistrictName: r.oldDistrictName,
                       oldProvinceCode: r.oldProvinceCode, oldProvinceName: r.oldProvinceName, partlyMerged: r.partlyMerged,
                       newCommuneCodes: r.newCommuneCodes.split(separator: ",").map(String.init))
        }
        var oldProvinces: [String: (name: String, newCodes: [String])] = [:]
        for r in try await OldProvinceRow.query(on: db).all() {
            oldProvinces[r.id ?? ""] = (r.oldName, r.newCodes.split(separator: ",").map(String.init))
        }
        let decoder = JSONDecoder()
        let bodies = try await ProcedureRow.query(on: db).field(\.$id).field(\.$body).all()
        let procedures = try bodies.map { try decoder.decode(Procedure.self, from: Data($0.body.utf8)) }
        let decrees = try await CalendarDecreeRow.query(on: db).all().map {
            try decoder.decode(DecreedSchedule.self, from: Data($0.body.utf8))
        }
        var fieldCounts: [String: Int] = [:]
        for p in procedures where !p.field.isEmpty { fieldCounts[p.field, default: 0] += 1 }
        return ReferenceSnapshot(
            version: version,
            units: UnitDirectory(units: units, changes: changes),
            converter: AddressConverter(rows: oldCommunes),
            oldProvinces: oldProvinces,
            catalogue: ProcedureSearch(procedures: procedures),
            calendar: WorkingCalendar(decrees: decrees, officeHours: officeHours),
            fields: fieldCounts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    // MARK: Writing

    func replaceUnits(_ units: [AdministrativeUnit], changes: [UnitChange],
                      oldProvinces: [ReferenceFiles.OldProvince], oldCommunes: [OldCommune]) async throws {
        try await db.transaction { tx in
            try await UnitRow.query(on: tx).delete()
            try await UnitChangeRow.query(on: tx).delete()
            try await OldCommuneRow.query(on: tx).delete()
            try await OldProvinceRow.query(on: tx).delete()
            for chunk in units.chunked(Self.batchSize) {
                try await chunk.map { u -> UnitRow in
                    let r = UnitRow()
                    r.id = u.code; r.name = u.name; r.fullName = u.fullName; r.nameEn = u.nameEn; r.fullNameEn = u.fullNameEn
                    r.type = u.type; r.level = u.level.rawValue; r.provinceCode = u.provinceCode
                    r.latitude = u.latitude; r.longitude = u.longitude
                    r.establishedOn = u.establishedOn.description; r.abolishedOn = u.abolishedOn?.description
                    return r
                }.create(on: tx)
            }
            for c in changes {
                let r = UnitChangeRow()
                r.unitCode = c.unitCode; r.effective = c.effective.description; r.kind = c.kind.rawValue
                r.type = c.type; r.name = c.name; r.fullName = c.fullName; r.nameEn = c.nameEn; r.fullNameEn = c.fullNameEn
                r.successorCode = c.successorCode; r.legalBasis = c.legalBasis
                try await r.create(on: tx)
            }
            for chunk in oldProvinces.chunked(Self.batchSize) {
                try await chunk.map { p -> OldProvinceRow in
                    let r = OldProvinceRow()
                    r.id = p.oldCode; r.oldName = p.oldName; r.newCodes = p.newCodes.joined(separator: ",")
                    return r
                }.create(on: tx)
            }
            for chunk in oldCommunes.chunked(Self.batchSize) {
                try await chunk.map { c -> OldCommuneRow in
                    let r = OldCommuneRow()
                    r.id = c.oldCode; r.oldName = c.oldName; r.oldDistrictCode = c.oldDistrictCode
                    r.oldDistrictName = c.oldDistrictName; r.oldProvinceCode = c.oldProvinceCode
                    r.oldProvinceName = c.oldProvinceName; r.partlyMerged = c.partlyMerged
                    r.newCommuneCodes = c.newCommuneCodes.joined(separator: ",")
                    return r
                }.create(on: tx)
            }
            try await Self.bumpVersion(on: tx)
        }
    }

    /// Replaces the whole catalogue with `procedures` (each with its raw line), recording the run.
    func replaceCatalogue(_ procedures: [(Procedure, String)], source: String, report: String, startedAt: Date) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let now = Date()
        try await db.transaction { tx in
            let previous = try await ProcedureRow.query(on: tx).field(\.$id).field(\.$revision).all()
            var revisions: [String: Int] = [:]
            for p in previous { revisions[p.id ?? ""] = p.revision }
            try await ProcedureRow.query(on: tx).delete()
            for chunk in procedures.chunked(Self.batchSize) {
                try await chunk.map { (p, raw) -> ProcedureRow in
                    let r = ProcedureRow()
                    r.id = p.code; r.name = p.name; r.field = p.field
                    r.levels = "," + p.levels.map(\.rawValue).joined(separator: ",") + ","
                    r.flags = p.flags.map(\.rawValue).joined(separator: ",")
                    r.body = String(decoding: try encoder.encode(p), as: UTF8.self)
                    r.raw = raw
                    r.revision = (revisions[p.code] ?? 0) + 1
                    r.importedAt = now
                    return r
                }.create(on: tx)
            }
            let run = ImportRunRow()
            run.kind = "catalogue"; run.source = source; run.startedAt = startedAt; run.finishedAt = Date()
            run.imported = procedures.count; run.report = report
            try await run.create(on: tx)
            try await Self.bumpVersion(on: tx)
        }
    }

    /// Records decreed schedules; an existing year is replaced only when `replace` is set.
    func recordDecrees(_ schedules: [DecreedSchedule], recordedBy: String, replace: Bool) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try await db.transaction { tx in
            for s in schedules {
                if let existing = try await CalendarDecreeRow.find(s.year, on: tx) {
                    guard replace else { continue }
                    try await existing.delete(on: tx)
                }
                let r = CalendarDecreeRow()
                r.id = s.year
                r.body = String(decoding: try encoder.encode(s), as: UTF8.self)
                r.source = s.source; r.recordedAt = Date(); r.recordedBy = recordedBy
                try await r.create(on: tx)
            }
            try await Self.bumpVersion(on: tx)
        }
    }

    static func bumpVersion(on db: any Database) async throws {
        if let row = try await ReferenceStateRow.find("reference", on: db) {
            row.version += 1
            try await row.update(on: db)
        } else {
            let row = ReferenceStateRow()
            row.id = "reference"; row.version = 1
            try await row.create(on: db)
        }
    }
}

extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
