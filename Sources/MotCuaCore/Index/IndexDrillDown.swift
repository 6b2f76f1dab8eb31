import Foundation

/// Why each point a unit lost was lost, dossier by dossier: for each measure computed from dossiers, the dossiers in
/// its denominator and not in its numerator — judged from the same entries as the running totals, so that the lists add
/// up to the figures shown.
public enum IndexDrillDown {
    public enum Why: Sendable, Equatable {
        /// Counted late for progress (and so for satisfaction with procedures).
        case late(IndexProgress.LateReason)
        /// Rated dissatisfied (a complaint), counted against satisfaction with procedures.
        case complaint
        /// Received in the period at the counter or by post, not online.
        case notOnline
        /// Received in the period without any document held electronically.
        case noDocument
        /// Its fee paid in the period, not online.
        case paidOffline
    }

    public struct Dossier: Sendable {
        public var code: String
        public var clock: DossierClock
        public var entry: IndexEntry
        public init(code: String, clock: DossierClock, entry: IndexEntry) { self.code = code; self.clock = clock; self.entry = entry }
    }

    /// The points lost, by measure, each list in code order.
    public static func lost(_ dossiers: [Dossier], period: IndexPeriod, now: LocalDateTime) -> [IndexMeasure: [(code: String, why: Why)]] {
        let cutoff = period.cutoff(now: now)
        func inPeriod(_ d: LocalDate?) -> Bool { d.map { $0 >= period.start && $0 < cutoff } ?? false }
        var out: [IndexMeasure: [(code: String, why: Why)]] = [:]
        for d in dossiers.sorted(by: { $0.code < $1.code }) {
            if IndexProgress.count(d.clock, in: period, now: now) != nil {
                let late = IndexProgress.lateReason(d.clock, in: period, now: now)
                if let late { out[.progress, default: []].append((d.code, .late(late))) }
                if let late { out[.procedureSatisfaction, default: []].append((d.code, .late(late))) }
                if d.entry.complaint { out[.procedureSatisfaction, default: []].append((d.code, .complaint)) }
            }
            if inPeriod(d.entry.received) {
                if !d.entry.online { out[.onlineSubmission, default: []].append((d.code, .notOnline)) }
                if !d.entry.documents { out[.digitisedDossiers, default: []].append((d.code, .noDocument)) }
            }
            if inPeriod(d.entry.paid), !d.entry.paidOnline { out[.onlinePayment, default: []].append((d.code, .paidOffline)) }
        }
        return out
    }
}
