/// An administrator's correction of the processing times the import could not read.
extension Procedure {
    /// Flags about the time that a corrected time answers.
    static let timeFlags: Set<ReviewFlag> = [.timeUnitMissing, .timeUnitInferred, .timeMissing, .timeNotPrescribed, .timeAndFeeMerged]

    /// The procedure with the given channels' times set (a channel it does not have is left out); the time flags go once
    /// every channel has a time.
    public func correctingTimes(_ times: [Channel: ProcessingTime]) -> Procedure {
        guard !times.isEmpty else { return self }
        var p = self
        p.channels = channels.map { c in
            guard let t = times[c.channel] else { return c }
            var corrected = c
            corrected.time = t
            corrected.timeText = t.vietnamese
            return corrected
        }
        if p.channels.allSatisfy({ $0.time != nil }) { p.flags = p.flags.filter { !Self.timeFlags.contains($0) } }
        return p
    }
}
