

/// A dated change to a unit: a new type or name (a province becomes a centrally-run city, a commune
/// becomes a ward), or its end (merged into another unit). Changes take effect on `effective`.
public struct UnitChange: Hashable, Codable, Sendable {
    public enum Kind: String, Codable, Sendable {
        /// New type and/or name; the code stays.
        case reorganise
        /// The unit ceases to exist; `successorCode` names the unit that takes over.
        case abolish
    }

    public var unitCode: String
    public var effective: LocalDate
    public var kind: Kind
    public var type: String?
    public var name: String?
    public var fullName: String?
    public var nameEn: String?
    public var fullNameEn: String?
    public var successorCode: String?
    /// The resolution or decision behind the change.
    public var legalBasis: String

    public init(unitCode: String, effective: LocalDate, kind: Kind, type: String? = nil, name: String? = nil,
                fullName: String? = nil, nameEn: String? = nil, fullNameEn: String? = nil,
                successorCode: String? = nil, legalBasis: String) {
        self.unitCode = unitCode; self.effective = effective; self.kind = kind; self.type = type
        self.name = name; self.fullName = fullName; self.nameEn = nameEn; self.fullNameEn = fullNameEn
        self.successorCode = successorCode; self.legalBasis = legalBasis
    }

    func apply(to unit: inout AdministrativeUnit) {
        switch kind {
        case .reorganise:
            if let type { unit.type = type }
            if let name { unit.name = name }
            if let fullName { unit.fullName = fullName }
            if let nameEn { unit.nameEn = nameEn }
            if let fullNameEn { unit.fullNameEn = fullNameEn }
        case .abolish:
            unit.abolishedOn = effective
        }
    }
}
