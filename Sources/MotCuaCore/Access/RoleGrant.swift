

/// A staff role held in one unit (a commune or a province), optionally limited to some fields.
/// A seconded officer holds grants in several units.
public struct RoleGrant: Hashable, Codable, Sendable {
    public var role: Role
    public var unitCode: String
    /// The province of the unit (the unit itself for a province).
    public var provinceCode: String
    /// Fields (lĩnh vực) the grant is limited to; empty means all.
    public var fields: [String]

    public init(role: Role, unitCode: String, provinceCode: String, fields: [String] = []) {
        self.role = role; self.unitCode = unitCode; self.provinceCode = provinceCode; self.fields = fields
    }
}
