import Foundation
import Testing
@testable import MotCuaCore

@Suite("Service index running totals")
struct IndexTotalsTests {
    /// A small deterministic generator (the same dossiers every run).
    struct Random {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    @Test("Totals kept by day give, for any period and cutoff, the counts of dossier-by-dossier counting")
    func totalsEqualCounting() throws {
        var random = Random(state: 766)
        let calendar = WorkingCalendar()
        let start = LocalDate(year: 2026, month: 5, day: 1)
        func moment(_ day: LocalDate, _ hour: Int) -> LocalDateTime { LocalDateTime(date: day, hour: hour, minute: 0) }
        var clocks: [DossierClock] = []
        for _ in 0..<3000 {
            var c = DossierClock()
            if random.next(10) == 0 { clocks.append(c); continue }          // never received
            let received = start.adding(days: random.next(200))
            let at = moment(received, 7 + random.next(10))
            c.receive(at: at, appointment: moment(received.adding(days: random.next(25)), random.next(4) == 0 ? 0 : 8 + random.next(9)))
            for _ in 0..<random.next(3) where random.next(2) == 0 {
                let ask = moment(received.adding(days: 1 + random.next(10)), 9)
                c.pause(at: ask, calendar: calendar, countsAsSupplement: true)
                if random.next(4) > 0 { c.resume(at: moment(ask.date.adding(days: 1 + random.next(5)), 10), calendar: calendar) }
            }
            if random.next(3) > 0, !c.isPaused || random.next(2) == 0 {
                c.end(at: moment(received.adding(days: random.next(40)), 8 + random.next(9)))
            }
            clocks.append(c)
        }
        let periods = ["2026-05", "2026-06", "2026-Q2", "2026-Q3", "2026-08", "2026-Q4", "2026"].compactMap(IndexPeriod.init)
        let nows = [moment(LocalDate(year: 2027, month: 3, day: 1), 9), moment(LocalDate(year: 2026, month: 8, day: 17), 15),
                    moment(LocalDate(year: 2026, month: 7, day: 1), 0), moment(LocalDate(year: 2026, month: 11, day: 30), 23)]
        for period in periods {
            for now in nows {
                var totals = IndexTotals()
                var counted = 0, late = 0
                for c in clocks {
                    totals.add(IndexEntry(unit: "u", province: "p", procedure: "x", online: false, clock: c), period: period, cutoff: period.cutoff(now: now))
                    if let outcome = IndexProgress.count(c, in: period, now: now) {
                        counted += 1
                        if outcome == .late { late += 1 }
                    }
                }
                let progress = try #require(totals.facts(procedures: 1, offeredOnline: 0)[.progress])
                #expect(progress.denominator == counted && progress.numerator == counted - late, "\(period) at \(now)")
                // The drill-down lists the points lost: as many dossiers as each ratio lacks.
                var flags = Random(state: 1)
                let dossiers = clocks.enumerated().map { n, c in
                    IndexDrillDown.Dossier(code: String(format: "%05d", n), clock: c,
                                           entry: IndexEntry(unit: "u", province: "p", procedure: "x", online: flags.next(3) == 0, clock: c,
                                                             documents: flags.next(2) == 0, complaint: flags.next(10) == 0,
                                                             paid: c.receivedAt?.date, paidOnline: flags.next(2) == 0))
                }
                var flagged = IndexTotals()
                for d in dossiers { flagged.add(d.entry, period: period, cutoff: period.cutoff(now: now)) }
                let facts = flagged.facts(procedures: 1, offeredOnline: 0)
                let lost = IndexDrillDown.lost(dossiers, period: period, now: now)
                for m in [IndexMeasure.progress, .procedureSatisfaction, .onlineSubmission, .digitisedDossiers, .onlinePayment] {
                    let ratio = try #require(facts[m])
                    #expect((lost[m] ?? []).count == ratio.denominator - ratio.numerator, "\(m) \(period) at \(now)")
                }
            }
        }
    }

    @Test("An entry reads back from its stored line, and a damaged line is refused")
    func encoding() throws {
        var c = DossierClock()
        c.receive(at: try #require(LocalDateTime.parse("2026-07-01T09:00:00+07:00")), appointment: try #require(LocalDateTime.parse("2026-07-13T09:00:00+07:00")))
        c.end(at: try #require(LocalDateTime.parse("2026-07-15T09:00:00+07:00")))
        let e = IndexEntry(unit: "00004", province: "01", procedure: "1.012796", online: true, clock: c, documents: true, complaint: true,
                           paid: LocalDate(year: 2026, month: 7, day: 2), paidOnline: true)
        #expect(e.encoded == "00004|01|1.012796|oldcp|2026-07-01|2026-07-15|2026-07-13|2026-07-02")
        #expect(IndexEntry(encoded: e.encoded) == e)
        #expect(IndexEntry(encoded: "00004|01|x|o|2026-13-01||||") == nil && IndexEntry(encoded: "00004|01") == nil)
        // Its counts: received (online, digitised, complaint), ended late (complaint), late from the due day, paid online.
        #expect(e.counts.map(\.counter) == [.received, .receivedOnline, .receivedDigitised, .receivedComplaint, .ended, .endedLate,
                                            .endedComplaint, .lateFrom, .lateEnded, .paid, .paidOnline])
    }
}

@Suite("Week over week")
struct WeekTrendTests {
    @Test("A unit warns when its late rate, backlog or overdue backlog rises beyond a few dossiers; a small commune's noise does not")
    func rises() {
        typealias W = WeekTrend.Week
        #expect(WeekTrend.rises(last: W(ended: 20, endedLate: 1, open: 30, openLate: 2), this: W(ended: 20, endedLate: 3, open: 30, openLate: 2))
                == [.lateRate(from: 0.05, to: 0.15)])
        #expect(WeekTrend.rises(last: W(ended: 3, endedLate: 0), this: W(ended: 4, endedLate: 2)).isEmpty, "too few ended to compare")
        #expect(WeekTrend.rises(last: W(open: 10), this: W(open: 14)).isEmpty, "4 more is noise")
        #expect(WeekTrend.rises(last: W(open: 10), this: W(open: 16)) == [.backlog(from: 10, to: 16)])
        #expect(WeekTrend.rises(last: W(open: 100), this: W(open: 110)).isEmpty, "10 % more is not a fifth")
        #expect(WeekTrend.rises(last: W(openLate: 1), this: W(openLate: 4)) == [.overdue(from: 1, to: 4)])
        #expect(WeekTrend.rises(last: W(ended: 10, endedLate: 5, open: 20, openLate: 9), this: W(ended: 10, endedLate: 1, open: 12, openLate: 3)).isEmpty,
                "getting better")
    }
}
