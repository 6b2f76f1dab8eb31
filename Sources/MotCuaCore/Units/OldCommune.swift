

/// One row of the official conversion table: a pre-July-2025 commune and the new commune(s) it became.
public struct OldCommune: Hashable, Codable, Sendable {
    public var oldCode: String
    public var oldName: String
    public var oldDistrictCode: String
    public var oldDistrictName: String
    public var oldProvinceCode: String
    public var oldProvinceName: String
    /// The old unit was split: its territory went to several new communes.
    public var partlyMerged: Bool
    public var newCommuneCodes: [String]

    public init(oldCode: String, oldName: String, oldDistrictCode: String, oldDistrictName: String,
                oldProvinceCode: String, oldProvinceName: String, partlyMerged: Bool, newCommuneCodes: [String]) {
        self.oldCode = oldCode; self.oldName = oldName; self.oldDistrictCode = oldDistrictCode
        self.oldDistrictName = oldDistrictName; self.oldProvinceCode = oldProvinceCode
        self.oldProvinceName = oldProvinceName; self.partlyMerged = partlyMerged; self.newCommuneCodes = newCommuneCodes
    }
}
