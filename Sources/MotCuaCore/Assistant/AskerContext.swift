import Foundation

/// Where the asker stands: their commune (when known), its province, and whether they are an officer.
public struct AskerContext: Sendable {
    public var commune: AdministrativeUnit?
    public var province: AdministrativeUnit?
    /// Officers' mode: answers say which level and unit handles a procedure and on what basis.
    public var officer: Bool
    /// The day the answer is for (officers may ask "from 1 January, is this ours?"); today otherwise.
    public var asOf: LocalDate?
    /// Who carries out each candidate procedure on `asOf` (decentralisation records), by code; the catalogue's levels
    /// where a code is missing.
    public var competence: [String: Competence]
    /// Candidate procedures abolished on `asOf`, by code.
    public var abolished: [String: ProcedureAbolition]

    public init(commune: AdministrativeUnit? = nil, province: AdministrativeUnit? = nil, officer: Bool = false, asOf: LocalDate? = nil,
                competence: [String: Competence] = [:], abolished: [String: ProcedureAbolition] = [:]) {
        self.commune = commune; self.province = province; self.officer = officer; self.asOf = asOf
        self.competence = competence; self.abolished = abolished
    }

    /// The levels of `s` on the day asked about.
    public func levels(_ s: ProcedureSummary) -> [ProcedureLevel] { competence[s.code]?.levels ?? s.levels }
}
