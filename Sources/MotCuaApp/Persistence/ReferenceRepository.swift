import Fluent
import Vapor
import Logging
import SQLKit
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

    /// Bulk reads go through SQLKit: decoding thousands of Fluent models costs more than the rest of start-up.
    private var sql: any SQLDatabase { db.sql }

    func loadSnapshot(officeHours: OfficeHours, logger: Logger? = nil) async throws -> ReferenceSnapshot {
        let clock = ContinuousClock()
        let started = clock.now
        let version = try await self.version()
        let unitRows = try await sql.select().columns("code", "name", "full_name", "name_en", "full_name_en", "type", "level",
                                                      "province_code", "latitude", "longitude", "established_on", "abolished_on")
            .from(UnitRow.schema).all()
        let unitValues = try unitRows.map { r in
            AdministrativeUnit(
                code: try r.decode(column: "code", as: String.self), name: try r.decode(column: "name", as: String.self),
                fullName: try r.decode(column: "full_name", as: String.self), nameEn: try r.decode(column: "name_en", as: String.self),
                fullNameEn: try r.decode(column: "full_name_en", as: String.self), type: try r.decode(column: "type", as: String.self),
                level: UnitLevel(rawValue: try r.decode(column: "level", as: String.self)) ?? .commune,
                provinceCode: try r.decode(column: "province_code", as: String?.self),
                latitude: try r.decode(column: "latitude", as: Double?.self), longitude: try r.decode(column: "longitude", as: Double?.self),
                establishedOn: LocalDate(iso: try r.decode(column: "established_on", as: String.self)) ?? ReferenceFiles.twoTierStart,
                abolishedOn: try r.decode(column: "abolished_on", as: String?.self).flatMap { LocalDate(iso: $0) })
        }
        let changes = try await UnitChangeRow.query(on: db).all().compactMap { r -> UnitChange? in
            guard let effective = LocalDate(iso: r.effective), let kind = UnitChange.Kind(rawValue: r.kind) else { return nil }
            return UnitChange(unitCode: r.unitCode, effective: effective, kind: kind, type: r.type, name: r.name,
                              fullName: r.fullName, nameEn: r.nameEn, fullNameEn: r.fullNameEn,
                              successorCode: r.successorCode, legalBasis: r.legalBasis)
        }
        let oldRows = try await sql.select().columns("old_code", "old_name", "old_district_code", "old_district_name",
                                                     "old_province_code", "old_province_name", "partly_merged", "new_commune_codes")
            .from(OldCommuneRow.schema).orderBy("old_code").all()
        let oldCommunes = try oldRows.map { r in
            OldCommune(oldCode: try r.decode(column: "old_code", as: String.self), oldName: try r.decode(column: "old_name", as: String.self),
                       oldDistrictCode: try r.decode(column: "old_district_code", as: String.self),
                       oldDistrictName: try r.decode(column: "old_district_name", as: String.self),
                       oldProvinceCode: try r.decode(column: "old_province_code", as: String.self),
                       oldProvinceName: try r.decode(column: "old_province_name", as: String.self),
                       partlyMerged: try r.decode(column: "partly_merged", as: Bool.self),
                       newCommuneCodes: try r.decode(column: "new_commune_codes", as: String.self).split(separator: ",").map(String.init))
        }
        var oldProvinces: [String: (name: String, newCodes: [String])] = [:]
        for r in try await OldProvinceRow.query(on: db).all() {
            oldProvinces[r.id ?? ""] = (r.oldName, r.newCodes.split(separator: ",").map(String.init))
        }
        let catalogueRows = try await sql.select().columns("summary", "search_text").from(ProcedureRow.schema).all()
        let entries = try catalogueRows.map {
            (try $0.decode(column: "summary", as: String.self), try $0.decode(column: "search_text", as: String.self))
        }
        let decrees = try await CalendarDecreeRow.query(on: db).all().map {
            try JSONDecoder().decode(DecreedSchedule.self, from: Data($0.body.utf8))
        }
        let abolitions = try await abolitions()
        let competence = try await competenceChanges()
        let corrections = try await corrections()
        let read = clock.now
        // The catalogue index is the costly part: build it on one core while the units, the converter and
        // the calendar are built on another.
        async let catalogue = Self.buildCatalogue(entries)
        // The assistant's examples are indexed beside the catalogue, not on the first question.
        async let examples = Self.buildExamples(entries)
        let units = UnitDirectory(units: unitValues, changes: changes)
        let converter = AddressConverter(rows: oldCommunes)
        let calendar = WorkingCalendar(decrees: decrees, officeHours: officeHours)
        let built = clock.now
        let (search, fields) = try await catalogue
        let assistantExamples = try await examples
        func ms(_ d: Duration) -> Int { Int(d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000) }
        logger?.info("reference data loaded in \(ms(clock.now - started)) ms: database reads \(ms(read - started)) ms, units and calendar \(ms(built - read)) ms, catalogue index ready \(ms(clock.now - read)) ms after the reads")
        var snapshot = ReferenceSnapshot(version: version, units: units, converter: converter, oldProvinces: oldProvinces,
                                         catalogue: search, calendar: calendar, fields: fields)
        snapshot.changes = CatalogueChanges(abolitions, competence: competence, catalogueLevels: { search.procedure(code: $0)?.levels })
        snapshot.corrections = ProcedureCorrections(corrections)
        snapshot.assistantExamples = assistantExamples
        snapshot.placeNames = Assistant.placeNames(units.provinces(asOf: LocalDate(year: 2100, month: 1, day: 1)).map(\.name)
                                                    + oldProvinces.values.map(\.name))
        return snapshot
    }

    /// The assistant's examples with the catalogue's titles (read from the summaries' code and name only).
    @concurrent
    private static func buildExamples(_ rows: [(String, String)]) async throws -> AssistantExamples {
        struct Title: Decodable { let code: String; let name: String }
        let decoder = JSONDecoder()
        let titles = try rows.map { try decoder.decode(Title.self, from: Data($0.0.utf8)) }
        return .standard(titles: titles.map { ($0.code, $0.name) })
    }

    @concurrent
    private static func buildCatalogue(_ rows: [(String, String)]) async throws -> (ProcedureSearch, [(field: String, count: Int)]) {
        let decoder = JSONDecoder()
        let entries = try rows.map { (try decoder.decode(ProcedureSummary.self, from: Data($0.0.utf8)), $0.1) }
        var fieldCounts: [String: Int] = [:]
        for e in entries where !e.0.field.isEmpty { fieldCounts[e.0.field, default: 0] += 1 }
        return (ProcedureSearch(entries: entries), fieldCounts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    func abolitions() async throws -> [ProcedureAbolition] {
        try await sql.select().columns("code", "effective", "decision").from("procedure_abolitions").all().compactMap { r in
            guard let effective = LocalDate(iso: try r.decode(column: "effective", as: String.self)) else { return nil }
            return ProcedureAbolition(code: try r.decode(column: "code", as: String.self), effective: effective,
                                      decision: try r.decode(column: "decision", as: String.self))
        }
    }

    private struct CompetenceRow: Codable {
        var id: Int?
        var code: String
        var kind: String
        var effective: String
        var decision: String
        var levels: String
        var agency: String?
        var previous_levels: String
        var previous_agency: String?
        var correction: Bool
        var recorded_by: String
        var recorded_at: String

        static func levels(_ l: [ProcedureLevel]) -> String { l.map(\.rawValue).joined(separator: ",") }
        static func levels(_ text: String) -> [ProcedureLevel] { text.split(separator: ",").compactMap { ProcedureLevel(rawValue: String($0)) } }
    }

    /// Every recorded change of level or agency, in the order recorded.
    func competenceChanges() async throws -> [CompetenceChange] {
        try await sql.select().columns("*").from("procedure_competence").orderBy("id").all(decoding: CompetenceRow.self).compactMap { r in
            guard let effective = LocalDate(iso: r.effective), let kind = CompetenceChange.Kind(rawValue: r.kind) else { return nil }
            return CompetenceChange(code: r.code, kind: kind, effective: effective, decision: r.decision, levels: CompetenceRow.levels(r.levels),
                                    agency: r.agency, previousLevels: CompetenceRow.levels(r.previous_levels), previousAgency: r.previous_agency,
                                    correction: r.correction, sequence: r.id ?? 0)
        }
    }

    /// Records a change of level or agency, or withdraws the ones recorded for a day by mistake (`change` nil, `withdrawing`
    /// that day), with the audit entry, in one transaction; this instance reloads the reference data at once.
    static func recordCompetence(app: Application, code: String, _ change: CompetenceChange?, withdrawing day: LocalDate? = nil,
                                 by actor: String, at now: Date) async throws {
        try await app.writeTransaction { tx in
            let sql = tx.sql
            if let day {
                try await sql.delete(from: "procedure_competence").where("code", .equal, SQLBind(code))
                    .where("effective", .equal, SQLBind(day.description)).run()
            }
            if let c = change {
                try await sql.insert(into: "procedure_competence")
                    .columns("code", "kind", "effective", "decision", "levels", "agency", "previous_levels", "previous_agency", "correction",
                             "recorded_by", "recorded_at")
                    .values(SQLBind(code), SQLBind(c.kind.rawValue), SQLBind(c.effective.description), SQLBind(c.decision),
                            SQLBind(CompetenceRow.levels(c.levels)), SQLBind(c.agency), SQLBind(CompetenceRow.levels(c.previousLevels)),
                            SQLBind(c.previousAgency), SQLBind(c.correction), SQLBind(actor), SQLBind(LocalDateTime(now).description))
                    .run()
            }
            let detail = change.map { c in
                "\(c.kind.rawValue) from \(c.effective): \(CompetenceRow.levels(c.previousLevels)) → \(CompetenceRow.levels(c.levels))"
                    + (c.agency.map { " · agency \($0)" } ?? "") + " · \(c.decision)" + (c.correction ? " · correction" : "")
            } ?? "withdrawn for \(day?.description ?? "")"
            try await AuditChain.append(tx, actor: actor, action: change == nil ? "procedure.competence.withdraw" : "procedure.competence",
                                        subject: "procedure:\(code)", detail: detail, at: now)
            try await Self.bumpVersion(on: tx)
        }
        try await reloadReference(app)
    }

    private struct CorrectionRow: Codable {
        var code: String
        var revision: Int
        var definition: String?
        var times: String?
        var reviewed: Bool
        var note: String
        var recorded_by: String
        var recorded_at: String
    }

    /// Administrators' corrections of imported procedures, of one procedure (newest first) or of all.
    func corrections(code: String? = nil) async throws -> [ProcedureCorrection] {
        var query = sql.select().columns("*").from("procedure_corrections")
        if let code { query = query.where("code", .equal, SQLBind(code)) }
        return try await query.orderBy("code").orderBy("revision", .descending).all(decoding: CorrectionRow.self).map { r in
            guard let at = LocalDateTime.parse(r.recorded_at) else { throw StoredValue.Corrupt(column: "procedure_corrections.recorded_at", value: r.recorded_at) }
            return ProcedureCorrection(code: r.code, revision: r.revision,
                                definition: try r.definition.map { try StoredValue.json(DeclarationForm.self, $0, "procedure_corrections.definition") },
                                times: try Self.times(r.times),
                                reviewed: r.reviewed, note: r.note, recordedBy: r.recorded_by,
                                recordedAt: at)
        }
    }

    /// Corrected times as stored: `{"online": "15 working-days", …}`.
    static func times(_ text: String?) throws -> [MotCuaCore.Channel: ProcessingTime] {
        guard let text else { return [:] }
        let stored = try StoredValue.json([String: String].self, text, "procedure_corrections.times")
        var out: [MotCuaCore.Channel: ProcessingTime] = [:]
        for (channel, time) in stored {
            guard let c = MotCuaCore.Channel(rawValue: channel), let t = try? ProcessingTime.parse(time) else {
                throw StoredValue.Corrupt(column: "procedure_corrections.times", value: text)
            }
            out[c] = t
        }
        return out
    }

    /// Applies the processing times corrected by administrators to the procedures as stored (every procedure, or those
    /// given), the later corrections over the earlier; the summaries and search text follow.
    static func applyTimeCorrections(on db: any Database, codes: [String]? = nil) async throws {
        var query = db.sql.select().columns("code", "times").from("procedure_corrections").where("times", .isNot, SQLLiteral.null)
        if let codes { query = query.where("code", .in, SQLBind.group(codes)) }
        let rows = try await query.orderBy("code").orderBy("revision").all()
        var merged: [String: [MotCuaCore.Channel: ProcessingTime]] = [:]
        for r in rows {
            let code = try r.decode(column: "code", as: String.self)
            merged[code, default: [:]].merge(try times(try r.decode(column: "times", as: String?.self))) { $1 }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for (code, times) in merged {
            guard let row = try await ProcedureRow.find(code, on: db) else { continue }
            let p = try JSONDecoder().decode(Procedure.self, from: Data(row.body.utf8)).correctingTimes(times)
            row.body = String(decoding: try encoder.encode(p), as: UTF8.self)
            row.summary = String(decoding: try encoder.encode(ProcedureSummary(p)), as: UTF8.self)
            row.searchText = ProcedureSearch.indexText(p)
            row.flags = p.flags.map(\.rawValue).joined(separator: ",")
            try await row.update(on: db)
        }
    }

    /// A procedure's catalogue line as it was imported (nil when the line is not what the importer reads).
    func raw(code: String) async throws -> RawProcedure? {
        guard let row = try await ProcedureRow.query(on: db).filter(\.$id == code).field(\.$id).field(\.$raw).first() else { return nil }
        return try? JSONDecoder().decode(RawProcedure.self, from: Data(row.raw.utf8))
    }

    /// A procedure in full, as last imported.
    func procedure(code: String) async throws -> Procedure? {
        guard let row = try await ProcedureRow.query(on: db).filter(\.$id == code).field(\.$id).field(\.$body).first() else { return nil }
        return try JSONDecoder().decode(Procedure.self, from: Data(row.body.utf8))
    }

    /// Several procedures at once (500 codes a query); unknown codes are left out.
    func procedures(codes: [String]) async throws -> [Procedure] {
        var out: [Procedure] = []
        let decoder = JSONDecoder()
        for chunk in codes.chunked(500) {
            for row in try await ProcedureRow.query(on: db).filter(\.$id ~~ Array(chunk)).field(\.$id).field(\.$body).all() {
                out.append(try decoder.decode(Procedure.self, from: Data(row.body.utf8)))
            }
        }
        return out
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
                    r.summary = String(decoding: try encoder.encode(ProcedureSummary(p)), as: UTF8.self)
                    r.searchText = ProcedureSearch.indexText(p)
                    r.raw = raw
                    r.revision = (revisions[p.code] ?? 0) + 1
                    r.importedAt = now
                    return r
                }.create(on: tx)
            }
            // Times administrators corrected outlive a new import of the catalogue.
            try await Self.applyTimeCorrections(on: tx)
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

    /// Records (or corrects) a procedure's abolition, or withdraws one recorded by mistake (`abolition` nil), with the
    /// audit entry, in one transaction; this instance reloads the reference data at once, the others at their next check.
    static func recordAbolition(app: Application, code: String, _ abolition: ProcedureAbolition?, by actor: String, at now: Date) async throws {
        try await app.writeTransaction { tx in
            let sql = tx.sql
            try await sql.delete(from: "procedure_abolitions").where("code", .equal, SQLBind(code)).run()
            if let a = abolition {
                try await sql.insert(into: "procedure_abolitions").columns("code", "effective", "decision", "recorded_by", "recorded_at")
                    .values(SQLBind(a.code), SQLBind(a.effective.description), SQLBind(a.decision), SQLBind(actor),
                            SQLBind(LocalDateTime(now).description))
                    .run()
            }
            try await AuditChain.append(tx, actor: actor, action: abolition == nil ? "procedure.abolition.withdraw" : "procedure.abolish",
                                        subject: "procedure:\(code)",
                                        detail: abolition.map { "from \($0.effective) · \($0.decision)" } ?? "", at: now)
            try await Self.bumpVersion(on: tx)
        }
        try await reloadReference(app)
    }

    /// Records an administrator's correction of a procedure (the next revision), with the audit entry, in one
    /// transaction; this instance reloads the reference data at once, the others at their next check.
    static func recordCorrection(app: Application, code: String, definition: DeclarationForm?, times: [MotCuaCore.Channel: ProcessingTime], reviewed: Bool,
                                 note: String, by actor: String, at now: Date) async throws -> ProcedureCorrection {
        let correction = try await app.writeTransaction { tx -> ProcedureCorrection in
            let sql = tx.sql
            let last = try await sql.select().column("revision").from("procedure_corrections").where("code", .equal, SQLBind(code))
                .orderBy("revision", .descending).limit(1).first()?.decode(column: "revision", as: Int.self) ?? 0
            let c = ProcedureCorrection(code: code, revision: last + 1, definition: definition, times: times, reviewed: reviewed, note: note,
                                        recordedBy: actor, recordedAt: LocalDateTime(now))
            let storedTimes = times.isEmpty ? nil : try DeclarationStore.encoded(Dictionary(uniqueKeysWithValues: times.map { ($0.key.rawValue, $0.value.description) }))
            try await sql.insert(into: "procedure_corrections").model(
                CorrectionRow(code: code, revision: c.revision, definition: try definition.map(DeclarationStore.encoded), times: storedTimes,
                              reviewed: reviewed, note: note, recorded_by: actor, recorded_at: c.recordedAt.description), nilEncodingStrategy: .asNil).run()
            if !times.isEmpty { try await Self.applyTimeCorrections(on: tx, codes: [code]) }
            let timeText = times.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
            let what = [definition.map { "declaration v\($0.version) (\($0.documents.count) slots)" }, timeText.isEmpty ? nil : "time " + timeText,
                        reviewed ? "flags reviewed" : nil]
                .compactMap { $0 }.joined(separator: ", ")
            try await AuditChain.append(tx, actor: actor, action: "procedure.correct", subject: "procedure:\(code)",
                                        detail: "revision \(c.revision)\(what.isEmpty ? "" : ": " + what)", at: now)
            try await Self.bumpVersion(on: tx)
            return c
        }
        try await reloadReference(app)
        return correction
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
