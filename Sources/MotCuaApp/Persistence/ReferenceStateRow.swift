import Fluent
import Foundation

/// One row: a counter bumped whenever reference data changes, so other instances reload.
final class ReferenceStateRow: Model, @unchecked Sendable {
    static let schema = "reference_state"
    @ID(custom: "key", generatedBy: .user) var id: String?
    @Field(key: "version") var version: Int
    init() {}
}
