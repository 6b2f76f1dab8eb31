

/// Why a transition is refused.
public enum TransitionError: Error, Equatable, Sendable {
    case illegal(from: DossierState, action: DossierAction)
    case roleNotAllowed(role: Role, action: DossierAction)
    case alreadyApologised
    case newAppointmentNotLater
    case partsOutstanding(Int)
}
