/// One field of a declaration (tờ khai), as the official form asks for it.
public struct DeclarationField: Codable, Sendable, Equatable {
    /// What the field holds and how it is checked.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// A line of text (`maxLength`, 200 unless said).
        case text
        /// Several lines (`maxLength`, 2,000 unless said).
        case longText
        /// `YYYY-MM-DD`; `notInFuture`, `minAgeYears` and `maxAgeYears` apply.
        case date
        /// One of `options`.
        case choice
        /// A 12-digit personal identification number, checked by its structure (province, century, year).
        case citizenID
        /// A Vietnamese phone number.
        case phone
        case email
        /// A commune (xã, phường, đặc khu) by its code.
        case commune
        /// A whole number within `min`…`max`.
        case number
        /// The values of `fields`, once (a person: the child, the mother).
        case group
        /// The values of `fields`, from `minItems` to `maxItems` times (heirs, household members).
        case list
    }

    /// An option of a choice: the value stored and the words shown.
    public struct Option: Codable, Sendable, Equatable {
        public var value: String
        public var label: String
        public var labelEn: String?
    }

    public var key: String
    public var label: String
    public var labelEn: String?
    public var kind: Kind
    public var required: Bool?
    /// Required only when this holds (and asked for only then, with `shownWhen`).
    public var requiredWhen: DeclarationCondition?
    public var shownWhen: DeclarationCondition?
    public var options: [Option]?
    public var maxLength: Int?
    public var notInFuture: Bool?
    public var minAgeYears: Int?
    public var maxAgeYears: Int?
    public var min: Int?
    public var max: Int?
    public var fields: [DeclarationField]?
    public var minItems: Int?
    public var maxItems: Int?
    /// Where the value may come from: `profile.fullName`, `profile.citizenID`, `profile.phone`… (prefilled, still editable).
    public var prefill: String?
    public var hint: String?
}
