import Vapor

/// What `POST /api/v1/admin/procedures/{code}/competence` accepts: the levels (and optionally the competent agency)
/// from an effective day, with the deciding document.
struct CompetenceChangeInput: Content {
    /// "assign" (default: levels or agency change) or "introduce" (received only from the effective day).
    var kind: String?
    /// "central", "province", "commune", "other".
    var levels: [String]
    var agency: String?
    var effective: String
    var decision: String
    /// Set to record a past effective day, correcting a wrong record.
    var correction: Bool?
}
