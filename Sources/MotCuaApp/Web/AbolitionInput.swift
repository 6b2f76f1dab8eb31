import Vapor

/// What `PUT /api/v1/admin/procedures/{code}/abolition` accepts.
struct AbolitionInput: Content {
    var effective: String
    var decision: String
    /// Set to record a past effective day, correcting a wrong record.
    var correction: Bool?
}
