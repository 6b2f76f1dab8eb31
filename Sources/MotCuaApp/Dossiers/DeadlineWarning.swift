import MotCuaCore

/// A deadline warning addressed to one person.
struct DeadlineWarning: Sendable, Equatable {
    var dossierCode: String
    var urgency: DossierClock.Urgency
    var due: LocalDateTime
    var raisedAt: LocalDateTime
}
