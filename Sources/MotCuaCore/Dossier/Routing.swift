

/// Which unit has authority over a dossier, given where it was received. Since July 2025 any centre in a
/// province receives dossiers regardless of administrative boundary and routes them to the competent unit.
public enum Routing {
    public enum Problem: Error, Equatable, Sendable {
        /// The procedure is carried out by a central agency (or one outside the hierarchy), not by a province or commune.
        case noLocalAuthority
        /// The receiving and competent units are in different provinces.
        case outsideProvince
        /// A commune-level procedure received by a provincial centre needs the commune that has authority.
        case communeRequired
        /// The unit asked for does not have authority at the procedure's level.
        case unitWithoutAuthority
    }

    public static func province(of unit: AdministrativeUnit) -> String {
        unit.level == .province ? unit.code : (unit.provinceCode ?? unit.code)
    }

    /// The competent unit: for commune-level procedures the commune asked for, else the applicant's commune,
    /// else the receiving commune; for province-level procedures the province.
    public static func competentUnit(levels: [ProcedureLevel], receiving: AdministrativeUnit,
                                     applicantCommune: AdministrativeUnit?, requested: AdministrativeUnit?,
                                     province provinceUnit: AdministrativeUnit) -> Result<AdministrativeUnit, Problem> {
        let provinceCode = province(of: receiving)
        if let requested, province(of: requested) != provinceCode { return .failure(.outsideProvince) }
        if levels.contains(.commune) {
            if let requested {
                return requested.level == .commune ? .success(requested)
                    : levels.contains(.province) ? .success(provinceUnit) : .failure(.unitWithoutAuthority)
            }
            if let applicantCommune, province(of: applicantCommune) == provinceCode { return .success(applicantCommune) }
            if receiving.level == .commune { return .success(receiving) }
            return levels.contains(.province) ? .success(provinceUnit) : .failure(.communeRequired)
        }
        if levels.contains(.province) {
            if let requested, requested.level != .province { return .failure(.unitWithoutAuthority) }
            return .success(provinceUnit)
        }
        return .failure(.noLocalAuthority)
    }
}
