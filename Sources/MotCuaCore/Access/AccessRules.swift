

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
