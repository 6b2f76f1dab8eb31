import Vapor

/// What `PUT /api/v1/admin/procedures/{code}/abolition` accepts.
struct AbolitionInput: Content {
    var effective: String
    var decision: String
}
