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

/// What an integration token may do.
public enum TokenScope: String, Codable, Sendable, CaseIterable {
    /// Submit dossiers and supplements on an applicant's behalf (a portal).
    case submit = "dossiers:submit"
    /// Read dossier status (a portal).
    case read = "dossiers:read"
    /// Confirm payments (a payment gateway).
    case confirmPayment = "payments:confirm"
    /// Report a participating agency's reply or part (another agency's system).
    case agencyReply = "agency:reply"

    /// The dossier actions an integration holding this scope may take.
    public var actions: Set<DossierAction> {
        switch self {
        case .submit: return [.submit, .supplement]
        case .read: return []
        case .confirmPayment: return [.confirmPayment]
        case .agencyReply: return [.agencyReplied, .completePart]
        }
    }
}

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

/// The permission matrix: a staff member sees and acts on the dossiers their unit receives or is competent
/// for (within their fields); a provincial supervisor sees the whole province; an administrator everything.
public enum AccessRules {
    /// Whether a grant reaches a dossier. With `authorityOnly`, the receiving unit does not count: deciding on a
    /// dossier (assigning, approving, stopping, apologising…) belongs to the unit with authority.
    public static func covers(_ grant: RoleGrant, _ scope: DossierScope, authorityOnly: Bool = false) -> Bool {
        switch grant.role {
        case .administrator: return true
        case .supervisor: return grant.provinceCode == scope.provinceCode
        case .citizen, .integration, .system: return false
        default:
            let unitMatches = (!authorityOnly && grant.unitCode == scope.receivingUnit) || grant.unitCode == scope.competentUnit
                || scope.otherUnits.contains(grant.unitCode)
            let fieldMatches = grant.fields.isEmpty || grant.role == .counterOfficer || grant.fields.contains(scope.field)
            return unitMatches && fieldMatches
        }
    }

    public static func canView(_ grants: [RoleGrant], _ scope: DossierScope) -> Bool {
        grants.contains { covers($0, scope) }
    }

    /// The role under which a staff member may take `action` on the dossier, if any.
    public static func role(for action: DossierAction, grants: [RoleGrant], scope: DossierScope) -> Role? {
        let allowed = DossierLifecycle.roles(for: action)
        return grants.first { allowed.contains($0.role) && covers($0, scope, authorityOnly: action.isAuthorityDecision) }?.role
    }

    /// Whether a grant lets its holder list a unit's dossiers.
    public static func canList(unit: String, provinceOfUnit: String, grants: [RoleGrant]) -> Bool {
        grants.contains { g in
            switch g.role {
            case .administrator: return true
            case .supervisor: return g.provinceCode == provinceOfUnit
            default: return g.unitCode == unit
            }
        }
    }

    /// Managing staff and roles: administrators everywhere; centre directors within their own unit.
    public static func canManageStaff(of unit: String, grants: [RoleGrant]) -> Bool {
        grants.contains { $0.role == .administrator || ($0.role == .director && $0.unitCode == unit) }
    }
}

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
