import Fluent
import Foundation

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
