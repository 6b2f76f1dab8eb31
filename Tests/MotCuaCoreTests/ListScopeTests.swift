import Testing
@testable import MotCuaCore

/// Lists (inbox, search, export, warnings) must show exactly what opening one dossier would allow.
@Suite("List scope")
struct ListScopeTests {
    static let units = ["00004", "00008", "01"]
    static let fieldSets: [[String]] = [[], ["Chứng thực"], ["Hộ tịch"], ["Chứng thực", "Đất đai"]]

    static var grants: [RoleGrant] {
        var all: [RoleGrant] = []
        for role in [Role.counterOfficer, .specialist, .divisionHead, .leader, .director, .supervisor, .administrator] {
            for unit in units {
                for fields in fieldSets {
                    all.append(RoleGrant(role: role, unitCode: unit, provinceCode: "01", fields: fields))
                }
            }
        }
        all.append(RoleGrant(role: .supervisor, unitCode: "79", provinceCode: "79"))
        return all
    }

    static var scopes: [DossierScope] {
        var all: [DossierScope] = []
        for receiving in units {
            for competent in units {
                for field in ["Chứng thực", "Hộ tịch", "Đất đai"] {
                    for others in [[], ["00008"], ["01", "00004"]] {
                        all.append(DossierScope(receivingUnit: receiving, competentUnit: competent, provinceCode: "01", field: field, otherUnits: others))
                    }
                }
            }
        }
        all.append(DossierScope(receivingUnit: "26734", competentUnit: "26734", provinceCode: "79", field: "Hộ tịch"))
        return all
    }

    @Test("One grant or two: the list shows a dossier exactly when its page may be opened")
    func listEqualsView() {
        let grants = Self.grants
        let scopes = Self.scopes
        var checked = 0
        for (i, a) in grants.enumerated() {
            for b in grants[i...] where b.role != .administrator || a.role != .administrator {
                let held = a == b ? [a] : [a, b]
                let list = ListScope.of(held)
                for s in scopes {
                    #expect(list.contains(s) == AccessRules.canView(held, s), "\(held) \(s)")
                    checked += 1
                }
            }
        }
        #expect(checked > 100_000)
    }

    @Test("A list of one unit: the dossiers that unit involves, within the grant's fields")
    func oneUnit() {
        let specialist = RoleGrant(role: .specialist, unitCode: "00004", provinceCode: "01", fields: ["Chứng thực"])
        let scope = ListScope.of([specialist], unit: "00004", provinceOfUnit: "01")
        #expect(scope == ListScope(units: [.init(unit: "00004", fields: ["Chứng thực"])]))
        for s in Self.scopes {
            let involves = [s.receivingUnit, s.competentUnit] + s.otherUnits
            #expect(scope.contains(s) == (involves.contains("00004") && s.field == "Chứng thực"))
        }
        // A counter officer receives every field; a grant elsewhere reaches nothing here.
        let counter = RoleGrant(role: .counterOfficer, unitCode: "00004", provinceCode: "01", fields: ["Chứng thực"])
        #expect(ListScope.of([counter], unit: "00004", provinceOfUnit: "01").units == [.init(unit: "00004", fields: [])])
        #expect(ListScope.of([specialist], unit: "00008", provinceOfUnit: "01").isEmpty)
        // Two grants in one unit widen each other; an all-fields grant wins.
        let other = RoleGrant(role: .leader, unitCode: "00004", provinceCode: "01", fields: ["Hộ tịch"])
        #expect(ListScope.of([specialist, other]).units == [.init(unit: "00004", fields: ["Chứng thực", "Hộ tịch"])])
        let wide = RoleGrant(role: .leader, unitCode: "00004", provinceCode: "01")
        #expect(ListScope.of([specialist, wide]).units == [.init(unit: "00004", fields: [])])
        // Export: only through the roles that may export.
        #expect(ListScope.of([specialist, wide], roles: [.leader, .director]).units == [.init(unit: "00004", fields: [])])
        #expect(ListScope.of([specialist], roles: [.leader, .director]).isEmpty)
    }
}
