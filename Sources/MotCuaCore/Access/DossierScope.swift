

/// The units a dossier touches, for deciding who may see and act on it.
public struct DossierScope: Sendable {
    public var receivingUnit: String
    public var competentUnit: String
    public var provinceCode: String
    public var field: String
    /// A unit it is being transferred to, and the units of interconnected parts.
    public var otherUnits: [String]

    public init(receivingUnit: String, competentUnit: String, provinceCode: String, field: String, otherUnits: [String] = []) {
        self.receivingUnit = receivingUnit; self.competentUnit = competentUnit; self.provinceCode = provinceCode
        self.field = field; self.otherUnits = otherUnits
    }
}
