

/// Which dossiers a list (inbox, search, export, warnings) may show a staff member: the same rule as opening one
/// (``AccessRules/covers(_:_:authorityOnly:)``), expressed as units with their fields and whole provinces.
public struct ListScope: Equatable, Sendable {
    /// One unit's dossiers, limited to some fields (empty: every field).
    public struct UnitReach: Equatable, Sendable {
        public var unit: String
        public var fields: [String]
        public init(unit: String, fields: [String]) { self.unit = unit; self.fields = fields }
    }

    /// Every dossier (an administrator with no unit chosen).
    public var everything = false
    public var provinces: [String] = []
    public var units: [UnitReach] = []

    public init(everything: Bool = false, provinces: [String] = [], units: [UnitReach] = []) {
        self.everything = everything; self.provinces = provinces; self.units = units
    }

    public var isEmpty: Bool { !everything && provinces.isEmpty && units.isEmpty }

    /// What `grants` reach, optionally within one unit (`unit`, of province `provinceOfUnit`, itself a province
    /// when `unitIsProvince`) and only through grants of the given roles.
    public static func of(_ grants: [RoleGrant], unit: String? = nil, provinceOfUnit: String? = nil, unitIsProvince: Bool = false,
                          roles: Set<Role>? = nil) -> ListScope {
        var scope = ListScope()
        var reach: [String: [String]?] = [:]   // unit → fields (nil: every field)
        func add(_ unit: String, _ fields: [String]?) {
            if let existing = reach[unit] {
                guard let current = existing, let fields else { reach[unit] = .some(nil); return }
                reach[unit] = .some(Array(Set(current + fields)).sorted())
            } else {
                reach[unit] = .some(fields)
            }
        }
        for g in grants where roles?.contains(g.role) ?? true {
            switch g.role {
            case .administrator:
                guard let unit else { scope.everything = true; continue }
                if unitIsProvince { scope.provinces.append(unit) } else { add(unit, nil) }
            case .supervisor:
                guard let unit else { scope.provinces.append(g.provinceCode); continue }
                guard provinceOfUnit == g.provinceCode else { continue }
                if unitIsProvince { scope.provinces.append(unit) } else { add(unit, nil) }
            case .citizen, .integration, .system:
                continue
            default:
                guard unit == nil || unit == g.unitCode else { continue }
                add(g.unitCode, g.fields.isEmpty || g.role == .counterOfficer ? nil : g.fields)
            }
        }
        scope.provinces = Array(Set(scope.provinces)).sorted()
        scope.units = reach.keys.sorted().map { UnitReach(unit: $0, fields: reach[$0]!.map { $0 } ?? []) }
        if scope.everything { scope.provinces = []; scope.units = [] }
        return scope
    }

    /// Whether a dossier with this scope is in the list (the same answer as ``AccessRules/canView(_:_:)`` for
    /// the grants the list was made from).
    public func contains(_ d: DossierScope) -> Bool {
        if everything || provinces.contains(d.provinceCode) { return true }
        let involved = [d.receivingUnit, d.competentUnit] + d.otherUnits
        return units.contains { r in involved.contains(r.unit) && (r.fields.isEmpty || r.fields.contains(d.field)) }
    }
}
