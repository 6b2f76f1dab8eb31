/// The tier of a unit in the two-tier local government (since 1 July 2025).
public enum UnitLevel: String, Codable, Sendable, CaseIterable {
    /// Tỉnh / thành phố trực thuộc trung ương.
    case province
    /// Xã / phường / đặc khu.
    case commune
}

/// An administrative unit as it stands on some date.
public struct AdministrativeUnit: Hashable, Codable, Sendable {
    /// Official code of the National Statistics Office: 2 digits for a province, 5 for a commune.
    public var code: String
    public var name: String
    public var fullName: String
    public var nameEn: String
    public var fullNameEn: String
    /// The type as written in Vietnamese: Tỉnh, Thành phố, Xã, Phường, Đặc khu.
    public var type: String
    public var level: UnitLevel
    /// The province a commune belongs to (nil for a province).
    public var provinceCode: String?
    public var latitude: Double?
    public var longitude: Double?
    /// The first day the unit exists in this form.
    public var establishedOn: LocalDate
    /// The first day it no longer exists (merged or dissolved), if any.
    public var abolishedOn: LocalDate?

    public init(code: String, name: String, fullName: String, nameEn: String, fullNameEn: String, type: String,
                level: UnitLevel, provinceCode: String?, latitude: Double?, longitude: Double?,
                establishedOn: LocalDate, abolishedOn: LocalDate? = nil) {
        self.code = code; self.name = name; self.fullName = fullName; self.nameEn = nameEn
        self.fullNameEn = fullNameEn; self.type = type; self.level = level; self.provinceCode = provinceCode
        self.latitude = latitude; self.longitude = longitude
        self.establishedOn = establishedOn; self.abolishedOn = abolishedOn
    }

    public func exists(on date: LocalDate) -> Bool {
        establishedOn <= date && (abolishedOn.map { date < $0 } ?? true)
    }
}

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
