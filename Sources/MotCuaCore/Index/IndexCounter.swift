import Foundation

/// A running total the service index keeps per unit and day (and month), so that a period's index is a sum of a few
/// rows instead of a pass over every dossier. Each dossier adds one to some of them on given days (`IndexEntry`).
public enum IndexCounter: String, CaseIterable, Sendable, Codable {
    /// Received that day; of those, submitted online, holding a document, rated dissatisfied.
    case received, receivedOnline, receivedDigitised, receivedComplaint
    /// Ended that day; of those, late, rated dissatisfied.
    case ended, endedLate, endedComplaint
    /// From that day on, an open dossier counts as late (its due day passed, or the day it was received when it was asked
    /// for a supplement more than once).
    case lateFrom
    /// The later of `lateFrom` and the day it ended: from then on it is no longer open and late.
    case lateEnded
    /// Its fee confirmed paid that day; of those, paid online.
    case paid, paidOnline

    /// The column it is kept in.
    public var column: String {
        switch self {
        case .received: "received"
        case .receivedOnline: "received_online"
        case .receivedDigitised: "received_digitised"
        case .receivedComplaint: "received_complaint"
        case .ended: "ended"
        case .endedLate: "ended_late"
        case .endedComplaint: "ended_complaint"
        case .lateFrom: "late_from"
        case .lateEnded: "late_ended"
        case .paid: "paid"
        case .paidOnline: "paid_online"
        }
    }
}
