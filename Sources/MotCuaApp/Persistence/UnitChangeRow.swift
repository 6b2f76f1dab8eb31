import Fluent
import Foundation

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
