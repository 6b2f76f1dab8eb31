import Fluent
import Foundation

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
