import Fluent
import Foundation

final class OldProvinceRow: Model, @unchecked Sendable {
    static let schema = "old_provinces"
    @ID(custom: "old_code", generatedBy: .user) var id: String?
    @Field(key: "old_name") var oldName: String
    @Field(key: "new_codes") var newCodes: String
    init() {}
}
