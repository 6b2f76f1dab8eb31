import Foundation
import SQLKit
import Testing
import VaporTesting
@testable import MotCuaApp
@testable import MotCuaCore

@Suite("Generated dossiers", .serialized)
struct DossierGeneratorTests {
    @Test("Generated dossiers have whole histories and the running totals of a recount; the same seed gives the same dossiers", arguments: Engine.available)
    func generated(engine: Engine) async throws {
        var first: [String] = []
        for round in 0..<2 {
            try await withApp(engine) { app in
                let now = try #require(LocalDateTime.parse("2026-10-20T10:00:00+07:00")).instant
                let context = ServiceContext(app: app, db: app.db, snapshot: try #require(app.reference.current), now: now)
                let input = DossierGenerator.Input(count: 1200, from: try #require(LocalDate(iso: "2026-07-01")),
                                                   to: try #require(LocalDate(iso: "2026-10-19")), seed: 42)
                let figures = try await DossierGenerator(context: context).run(input) { _, _ in }
                #expect(figures.dossiers == 1200 && figures.open > 0 && figures.late > 0 && figures.ratings > 0 && figures.documents > 0, "\(figures)")
                let store = DossierStore(app.db)
                let exported = try await store.exportPage(scope: ListScope(everything: true), competentUnit: nil, province: nil, before: nil, after: nil, limit: 5000)
                #expect(exported.count == 1200)
                // Each history starts with the submission or receipt, ends in the dossier's state, and its clock agrees.
                for d in exported.prefix(300) {
                    let events = try await store.events(code: d.code)
                    #expect([.submit, .receive].contains(events.first?.action) && events.last?.toState == d.state, "\(d.code)")
                    #expect((d.clock.endedAt != nil) == [.completed, .returned].contains(d.state), "\(d.code) \(d.state)")
                    if d.clock.supplementRequests > 0 { #expect(events.contains { $0.action == .requestSupplement }) }
                    #expect(d.clock.receivedAt.map { $0 < LocalDateTime(now) } == true)
                }
                // The totals written with them equal a recount from the dossiers.
                let totals = IndexTotalsStore(app.db)
                let offered = context.snapshot.catalogue.procedures.filter(\.online).map(\.code)
                let q3 = try #require(IndexPeriod("2026-Q3"))
                let cut = try #require(LocalDate(iso: "2026-10-20"))
                let kept = try await totals.totals(period: q3, cutoff: q3.end, grouping: .unit, offered: offered)
                let keptNow = try await totals.totals(period: try #require(IndexPeriod("2026-Q4")), cutoff: cut, grouping: .province, offered: offered)
                try await totals.rebuild()
                #expect(try await totals.totals(period: q3, cutoff: q3.end, grouping: .unit, offered: offered) == kept && kept.count > 100)
                #expect(try await totals.totals(period: try #require(IndexPeriod("2026-Q4")), cutoff: cut, grouping: .province, offered: offered) == keptNow)
                let codes = exported.map { "\($0.code) \($0.procedureCode) \($0.clock.endedAt?.description ?? "open")" }
                if round == 0 { first = codes } else { #expect(codes == first, "the same seed, the same dossiers") }
            }
        }
    }
}
