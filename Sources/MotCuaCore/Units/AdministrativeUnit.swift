

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
