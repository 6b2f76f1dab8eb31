/// A rule across fields, from the official form or the law behind it.
public struct DeclarationCheck: Codable, Sendable, Equatable {
    public enum Rule: String, Codable, Sendable, CaseIterable {
        /// The values at `fields[0]` and `fields[1]` differ (the mother's ID is not the father's).
        case differ
        /// The citizen ID at `fields[0]` carries the year of the date at `fields[1]` (an ID's digits 5–6 are the year of birth).
        case idMatchesBirthYear
        /// The date at `fields[0]` is not before the date at `fields[1]` (a death not before the birth).
        case notBefore
        /// The date at `fields[1]` is at least `years` after the date at `fields[0]` (a parent older than the child).
        case yearsApart
    }

    public var rule: Rule
    public var fields: [String]
    public var years: Int?
    /// The message when the rule fails, in Vietnamese and English.
    public var message: String
    public var messageEn: String
}
