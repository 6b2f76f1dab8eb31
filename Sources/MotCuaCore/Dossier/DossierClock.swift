

/// The statutory clock of one dossier: when it started, when it is due, the pauses while the citizen acts,
/// the one apology, and how the dossier counts for the service index when it ends.
public struct DossierClock: Hashable, Codable, Sendable {
    /// When the complete dossier was received (the clock starts at the next working moment).
    public var receivedAt: LocalDateTime?
    /// The appointment printed on the receipt slip.
    public var appointment: LocalDateTime?
    /// The appointment moved back by the working time spent waiting for the citizen.
    public var due: LocalDateTime?
    /// The new appointment of the apology letter, when one was issued.
    public var apologyAppointment: LocalDateTime?
    /// While paused: when, and the working seconds that were left then.
    public var pausedAt: LocalDateTime?
    public var secondsLeftAtPause: Int?
    /// Supplement requests made after receipt (more than one makes the dossier late for the index).
    public var supplementRequests: Int
    public var endedAt: LocalDateTime?

    public init() { supplementRequests = 0 }

    /// The moment the dossier must be ready: the apology's date when there is one.
    public var effectiveDue: LocalDateTime? { apologyAppointment ?? due }

    public var isPaused: Bool { pausedAt != nil }

    /// Starts the clock for a complete dossier.
    public mutating func receive(at t: LocalDateTime, time: ProcessingTime, calendar: WorkingCalendar) {
        receivedAt = t
        let a = calendar.appointment(received: t, time: time)
        appointment = a
        due = a
    }

    /// Sets the appointment directly (interconnected procedures: the last part's due).
    public mutating func receive(at t: LocalDateTime, appointment a: LocalDateTime) {
        receivedAt = t; appointment = a; due = a
    }

    /// Stops the clock (the citizen is asked to supplement or to pay).
    public mutating func pause(at t: LocalDateTime, calendar: WorkingCalendar, countsAsSupplement: Bool) {
        guard let due, pausedAt == nil else { return }
        if countsAsSupplement { supplementRequests += 1 }
        pausedAt = t
        secondsLeftAtPause = calendar.workingSeconds(from: t, to: due)
    }

    /// Restarts the clock: the working time left at the pause is counted again from now.
    public mutating func resume(at t: LocalDateTime, calendar: WorkingCalendar) {
        guard let pausedAt, let left = secondsLeftAtPause, let oldDue = due else { return }
        if left > 0 {
            let newDue = calendar.addingWorkingTime(seconds: left, to: t)
            if let apology = apologyAppointment {
                let apologyLeft = calendar.workingSeconds(from: pausedAt, to: apology)
                apologyAppointment = calendar.addingWorkingTime(seconds: max(apologyLeft, left), to: t)
            }
            due = max(newDue, oldDue)
        }
        self.pausedAt = nil
        secondsLeftAtPause = nil
    }

    /// Records the apology's new appointment: at most once, and later than the current due moment.
    public mutating func apologise(newAppointment: LocalDateTime) -> Result<Void, TransitionError> {
        guard apologyAppointment == nil else { return .failure(.alreadyApologised) }
        guard let due, newAppointment > due else { return .failure(.newAppointmentNotLater) }
        apologyAppointment = newAppointment
        return .success(())
    }

    public mutating func end(at t: LocalDateTime) { endedAt = t }

    /// How an ended dossier counts: by the statutory due moment (an apology does not make a late dossier on time),
    /// and late whatever the dates when the citizen was asked to supplement more than once.
    public var outcome: Outcome? {
        guard let endedAt else { return nil }
        guard let due else { return .onTime }   // refused at receipt: the clock never started
        if supplementRequests > 1 || endedAt > due { return .late }
        return endedAt.date < due.date ? .early : .onTime
    }

    public enum Outcome: String, Codable, Sendable {
        case early, onTime, late

        public var vietnamese: String {
            switch self {
            case .early: return "Trước hạn"
            case .onTime: return "Đúng hạn"
            case .late: return "Trễ hạn"
            }
        }
    }

    /// Where an open dossier stands against its deadline.
    public enum Urgency: String, Codable, Sendable {
        case notStarted, paused, onTrack, nearDue, overdue
    }

    /// `nearDue` when at most one working day is left.
    public func urgency(at now: LocalDateTime, calendar: WorkingCalendar) -> (Urgency, secondsLeft: Int?) {
        guard let due = effectiveDue else { return (.notStarted, nil) }
        if let left = secondsLeftAtPause, isPaused { return (.paused, left) }
        let left = calendar.timeLeft(until: due, at: now)
        if now > due { return (.overdue, left) }
        return (left <= calendar.officeHours.secondsPerDay ? .nearDue : .onTrack, left)
    }
}
