/// When a field is asked for or required: the value at `field` (a dotted path from the top of the declaration,
/// `applicant.relationship`) is one of `equals`.
public struct DeclarationCondition: Codable, Sendable, Equatable {
    public var field: String
    public var equals: [String]

    public init(field: String, equals: [String]) {
        self.field = field; self.equals = equals
    }
}
