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

/// A dossier code: `<receiving unit>-<yyMMdd>-<sequence>`, e.g. `26734-260213-0042`, or with the unit's electronic
/// agency identifier in front where one is configured, e.g. `000.00.14.H56-200203-0118`.
public enum DossierCode {
    /// `unit` is what goes in front: the unit's code or its agency identifier.
    public static func make(unit: String, date: LocalDate, sequence: Int) -> String {
        let yy = date.year % 100
        let pad2 = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        let seq = sequence < 10_000 ? String(String(sequence + 10_000).dropFirst()) : "\(sequence)"
        return "\(unit)-\(pad2(yy))\(pad2(date.month))\(pad2(date.day))-\(seq)"
    }

    /// Whether `text` has the shape of a dossier code (used before any database lookup).
    public static func isWellFormed(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...20).contains(parts[0].utf8.count), parts[1].utf8.count == 6,
              (4...7).contains(parts[2].utf8.count) else { return false }
        let digits = { (s: Substring) in s.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }
        return parts[0].utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || $0 == 46 }
            && digits(parts[1]) && digits(parts[2])
    }
}

/// Electronic agency identifiers (mã định danh điện tử, Decision 20/2020/QĐ-TTg as amended): four groups read from the
/// right — level 1 a letter and two digits (H56), levels 2 and 3 two digits each, level 4 three digits —
/// `000.00.14.H56`. Assigned by the authorities, so a deployment supplies them as a list `unit code,identifier`.
public enum AgencyIdentifiers {
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public let line: Int
        public let message: String
        public var description: String { "line \(line): \(message)" }
    }

    public static func isWellFormed(_ id: String) -> Bool {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        let digits = { (s: Substring, n: Int) in s.utf8.count == n && s.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }
        guard parts.count == 4, digits(parts[0], 3), digits(parts[1], 2), digits(parts[2], 2), parts[3].utf8.count == 3,
              let letter = parts[3].utf8.first, letter >= 65 && letter <= 90 else { return false }
        return digits(parts[3].dropFirst(), 2)
    }

    /// Reads `unit code,identifier` lines (a header line, blank lines and `#` comments are skipped); refuses a
    /// malformed identifier, a unit listed twice, and an identifier given to two units.
    public static func parse(_ text: String) -> Result<[String: String], Problem> {
        var byUnit: [String: String] = [:], unitOf: [String: String] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if index == 0, fields.first?.lowercased().contains("unit") == true { continue }
            let n = index + 1
            guard fields.count == 2, !fields[0].isEmpty else { return .failure(Problem(line: n, message: "expected `unit code,identifier`")) }
            let (unit, id) = (fields[0], fields[1])
            guard isWellFormed(id) else {
                return .failure(Problem(line: n, message: "\(id) is not an agency identifier like 000.00.14.H56"))
            }
            if byUnit[unit] != nil { return .failure(Problem(line: n, message: "unit \(unit) is listed twice")) }
            if let other = unitOf[id] { return .failure(Problem(line: n, message: "\(id) is already the identifier of unit \(other)")) }
            byUnit[unit] = id
            unitOf[id] = unit
        }
        return .success(byUnit)
    }
}
