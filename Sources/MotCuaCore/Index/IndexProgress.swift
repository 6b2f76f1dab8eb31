import Foundation

/// How a dossier counts for the index's progress indicator in a period (Decision 766, as the national portal scores it):
/// the dossiers ended in the period and those still open at its end; an ended one by its outcome (late past its due
/// moment, or with more than one supplement request); an open one late when its due moment passed before the period
/// ended or it was asked for a supplement more than once, on time otherwise.
public enum IndexProgress {
    /// The dossier's count in the period as of `now` (a period not over yet is counted up to the end of yesterday, as the
    /// running totals are kept by day), or nil when it does not count there (never received, received after the period,
    /// or ended before it).
    public static func count(_ clock: DossierClock, in period: IndexPeriod, now: LocalDateTime) -> DossierClock.Outcome? {
        let cutoff = period.cutoffMoment(now: now)
        guard let received = clock.receivedAt, received < cutoff else { return nil }
        if let ended = clock.endedAt, ended < cutoff {
            return ended >= period.startMoment ? clock.outcome : nil
        }
        // Open at the period's end, or now (still open, or ended later).
        if clock.supplementRequests > 1 { return .late }
        if let due = clock.due, due < cutoff, !(clock.isPaused && (clock.pausedAt ?? due) <= due) { return .late }
        return .onTime
    }

    /// Why a dossier counts as late in the period (the point lost, explained).
    public enum LateReason: Sendable, Equatable {
        /// Asked for a supplement this many times (more than once).
        case supplements(Int)
        /// Ended after its due moment.
        case endedLate(ended: LocalDateTime, due: LocalDateTime)
        /// Still open at the period's end, its due moment passed.
        case openPastDue(due: LocalDateTime)
    }

    /// Why the dossier is late in the period, when it is.
    public static func lateReason(_ clock: DossierClock, in period: IndexPeriod, now: LocalDateTime) -> LateReason? {
        guard count(clock, in: period, now: now) == .late else { return nil }
        if clock.supplementRequests > 1 { return .supplements(clock.supplementRequests) }
        if let ended = clock.endedAt, ended < period.cutoffMoment(now: now), let due = clock.due { return .endedLate(ended: ended, due: due) }
        return clock.due.map { .openPastDue(due: $0) } ?? .supplements(clock.supplementRequests)
    }
}
