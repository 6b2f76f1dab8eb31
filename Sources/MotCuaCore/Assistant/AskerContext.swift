import Foundation

/// Where the asker stands: their commune (when known), its province, and whether they are an officer.
public struct AskerContext: Sendable {
    public var commune: AdministrativeUnit?
    public var province: AdministrativeUnit?
    /// Officers' mode: answers say which level and unit handles a procedure and on what basis.
    public var officer: Bool

    public init(commune: AdministrativeUnit? = nil, province: AdministrativeUnit? = nil, officer: Bool = false) {
        self.commune = commune; self.province = province; self.officer = officer
    }
}
