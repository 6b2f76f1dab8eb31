import Foundation

/// Who carries out a procedure on a given day: the catalogue's levels and agency as published, or those of the
/// latest change in force.
public struct Competence: Sendable, Equatable {
    public var levels: [ProcedureLevel]
    public var agency: String?
    /// The change these come from (nil: as the catalogue publishes them).
    public var change: CompetenceChange?
    /// The procedure is introduced from a later day and is not yet received.
    public var notYetInForce: CompetenceChange?
    /// The next change already decided, if any.
    public var upcoming: CompetenceChange?

    public init(levels: [ProcedureLevel], agency: String? = nil, change: CompetenceChange? = nil,
                notYetInForce: CompetenceChange? = nil, upcoming: CompetenceChange? = nil) {
        self.levels = levels; self.agency = agency; self.change = change; self.notYetInForce = notYetInForce; self.upcoming = upcoming
    }

    public var isLocal: Bool { levels.contains(.province) || levels.contains(.commune) }
}
