import Foundation

/// A unit's running totals read for a period: the counters summed over the period's days before the cutoff, and over
/// every day before the cutoff (what is open at the cutoff is what was received before it and not ended before it).
public struct IndexTotals: Sendable, Equatable {
    public var inPeriod: [IndexCounter: Int]
    public var beforeCutoff: [IndexCounter: Int]
    /// Procedures offered online with at least one online dossier received in the period.
    public var onlineProceduresUsed: Int

    public init(inPeriod: [IndexCounter: Int] = [:], beforeCutoff: [IndexCounter: Int] = [:], onlineProceduresUsed: Int = 0) {
        self.inPeriod = inPeriod
        self.beforeCutoff = beforeCutoff
        self.onlineProceduresUsed = onlineProceduresUsed
    }

    /// The measures held, given the unit's catalogue: how many procedures it has, and how many of them are offered online.
    public func facts(procedures: Int, offeredOnline: Int) -> IndexFacts {
        func p(_ c: IndexCounter) -> Int { inPeriod[c] ?? 0 }
        func b(_ c: IndexCounter) -> Int { beforeCutoff[c] ?? 0 }
        let open = b(.received) - b(.ended)
        let openLate = b(.lateFrom) - b(.lateEnded)
        let openComplaints = b(.receivedComplaint) - b(.endedComplaint)
        let counted = p(.ended) + open
        let late = p(.endedLate) + openLate
        var facts = IndexFacts()
        facts[.progress] = .init(counted - late, counted)
        facts[.procedureSatisfaction] = .init(max(0, counted - late - p(.endedComplaint) - openComplaints), counted)
        facts[.onlineSubmission] = .init(p(.receivedOnline), p(.received))
        facts[.digitisedDossiers] = .init(p(.receivedDigitised), p(.received))
        facts[.proceduresOnline] = .init(offeredOnline, procedures)
        facts[.onlineProceduresUsed] = .init(onlineProceduresUsed, offeredOnline)
        facts[.onlinePayment] = .init(p(.paidOnline), p(.paid))
        return facts
    }

    /// Adds an entry's counts to the totals for a period cut at `cutoff` (what a store's sums give; used to check them).
    public mutating func add(_ entry: IndexEntry, period: IndexPeriod, cutoff: LocalDate) {
        add(entry, from: period.start, cutoff: cutoff)
    }

    /// Adds an entry's counts to the totals of the days [from, cutoff) and of every day before the cutoff.
    public mutating func add(_ entry: IndexEntry, from: LocalDate, cutoff: LocalDate) {
        for (day, counter) in entry.counts where day < cutoff {
            beforeCutoff[counter, default: 0] += 1
            if day >= from { inPeriod[counter, default: 0] += 1 }
        }
    }
}
