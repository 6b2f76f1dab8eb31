import Fluent
import Foundation

// Fluent models stay inside the persistence layer: repositories map them to the core's plain structs.

final class UnitRow: Model, @unchecked Sendable {
    static let schema = "units"
    @ID(custom: "code", generatedBy: .user) var id: String?
    @Field(key: "name") var name: String
    @Field(key: "full_name") var fullName: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "full_name_en") var fullNameEn: String
    @Field(key: "type") var type: String
    @Field(key: "level") var level: String
    @OptionalField(key: "province_code") var provinceCode: String?
    @OptionalField(key: "latitude") var latitude: Double?
    @OptionalField(key: "longitude") var longitude: Double?
    @Field(key: "established_on") var establishedOn: String
    @OptionalField(key: "abolished_on") var abolishedOn: String?
    init() {}
}

final class UnitChangeRow: Model, @unchecked Sendable {
    static let schema = "unit_changes"
    @ID(key: .id) var id: UUID?
    @Field(key: "unit_code") var unitCode: String
    @Field(key: "effective") var effective: String
    @Field(key: "kind") var kind: String
    @OptionalField(key: "type") var type: String?
    @OptionalField(key: "name") var name: String?
    @OptionalField(key: "full_name") var fullName: String?
    @OptionalField(key: "name_en") var nameEn: String?
    @OptionalField(key: "full_name_en") var fullNameEn: String?
    @OptionalField(key: "successor_code") var successorCode: String?
    @Field(key: "legal_basis") var legalBasis: String
    init() {}
}

final class OldCommuneRow: Model, @unchecked Sendable {
    static let schema = "old_communes"
    @ID(custom: "old_code", generatedBy: .user) var id: String?
    @Field(key: "old_name") var oldName: String
    @Field(key: "old_district_code") var oldDistrictCode: String
    @Field(key: "old_district_name") var oldDistrictName: String
    @Field(key: "old_province_code") var oldProvinceCode: String
    @Field(key: "old_province_name") var oldProvinceName: String
    @Field(key: "partly_merged") var partlyMerged: Bool
    /// Comma-separated codes of the new communes.
    @Field(key: "new_commune_codes") var newCommuneCodes: String
    init() {}
}

final class OldProvinceRow: Model, @unchecked Sendable {
    static let schema = "old_provinces"
    @ID(custom: "old_code", generatedBy: .user) var id: String?
    @Field(key: "old_name") var oldName: String
    @Field(key: "new_codes") var newCodes: String
    init() {}
}

final class ProcedureRow: Model, @unchecked Sendable {
    static let schema = "procedures"
    @ID(custom: "code", generatedBy: .user) var id: String?
    @Field(key: "name") var name: String
    @Field(key: "field") var field: String
    /// Levels as `,central,commune,` so that a LIKE '%,commune,%' finds them.
    @Field(key: "levels") var levels: String
    /// Review flags, comma-separated.
    @Field(key: "flags") var flags: String
    /// The clean procedure as JSON.
    @Field(key: "body") var body: String
    /// The ProcedureSummary as JSON (what lists show; loaded at start).
    @Field(key: "summary") var summary: String
    /// Folded, weighted index text (ProcedureSearch.indexText), so that start-up need not fold.
    @Field(key: "search_text") var searchText: String
    /// The catalogue line as it was imported.
    @Field(key: "raw") var raw: String
    @Field(key: "revision") var revision: Int
    @Field(key: "imported_at") var importedAt: Date
    init() {}
}

final class CalendarDecreeRow: Model, @unchecked Sendable {
    static let schema = "calendar_decrees"
    @ID(custom: "year", generatedBy: .user) var id: Int?
    /// The DecreedSchedule as JSON.
    @Field(key: "body") var body: String
    @Field(key: "source") var source: String
    @Field(key: "recorded_at") var recordedAt: Date
    @Field(key: "recorded_by") var recordedBy: String
    init() {}
}

final class ImportRunRow: Model, @unchecked Sendable {
    static let schema = "import_runs"
    @ID(key: .id) var id: UUID?
    @Field(key: "kind") var kind: String
    @Field(key: "source") var source: String
    @Field(key: "started_at") var startedAt: Date
    @Field(key: "finished_at") var finishedAt: Date
    @Field(key: "imported") var imported: Int
    /// Problems found (bad lines, flag counts), JSON.
    @Field(key: "report") var report: String
    init() {}
}

/// One row: a counter bumped whenever reference data changes, so other instances reload.
final class ReferenceStateRow: Model, @unchecked Sendable {
    static let schema = "reference_state"
    @ID(custom: "key", generatedBy: .user) var id: String?
    @Field(key: "version") var version: Int
    init() {}
}
