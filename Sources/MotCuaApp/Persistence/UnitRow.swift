import Fluent
import Foundation

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
