import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting
@testable import MotCuaApp
@testable import MotCuaCore

@Suite("Group commit and the lookup cache")
struct FastPathTests {
    @Test("A batch that fails is written one by one: only the bad submission fails, numbers stay consecutive", arguments: Engine.available)
    func failedBatch(engine: Engine) async throws {
        try await withApp(engine) { app in
            let api = APIClient(app)
            api.setNow("2026-03-02T09:00:00+07:00")
            let first = try await api.call(.POST, "api/v1/dossiers", json: ["procedureCode": "1.001193", "unitCode": "00004",
                                                                              "applicant": APIClient.applicant()])
            let template = try #require(try await DossierStore(app.db).dossier(code: first.object["code"] as! String))
            func item(key: String) -> NewDossier {
                NewDossier(unit: "00004", day: "260302") { seq in
                    var row = template
                    row.code = DossierCode.make(unit: "00004", date: LocalDate(year: 2026, month: 3, day: 2), sequence: seq)
                    row.idempotencyKey = key
                    return NewDossier.Records(row: row)
                }
            }
            // The second repeats the first one's idempotency key: the batch cannot be written as a whole.
            let results = await SubmissionBatcher.write([item(key: "a"), item(key: "a"), item(key: "b")], app: app)
            let codes = results.map { try? $0.get().code }
            #expect(codes == ["00004-260302-0002", nil, "00004-260302-0003"])
            if case .failure(let error) = results[1] { #expect((error as? any DatabaseError)?.isConstraintFailure == true) }
            #expect(try await DossierStore(app.db).list(.init(limit: 10)).total == 3)
            // The next submission continues the day's numbers without a gap.
            let next = try await api.call(.POST, "api/v1/dossiers", json: ["procedureCode": "1.001193", "unitCode": "00004",
                                                                             "applicant": APIClient.applicant()])
            #expect(next.object["code"] as? String == "00004-260302-0004")
        }
    }

    @Test("The lookup cache: a read that began before a change never stores, a dropped entry is gone, a full cache forgets half")
    func cacheRules() async throws {
        try await withApp(.sqlite) { app in
            let api = APIClient(app)
            let code = (try await api.call(.POST, "api/v1/dossiers", json: ["procedureCode": "1.001193", "unitCode": "00004",
                                                                              "applicant": APIClient.applicant()])).object["code"] as! String
            let row = try #require(try await DossierStore(app.db).dossier(code: code))
            let entry = DossierReadCache.Entry(row: row, events: [], feedback: nil)
            let cache = DossierReadCache(capacity: 4)

            let began = cache.beginRead()
            cache.drop([code])
            cache.store(code, entry, readBegan: began)
            #expect(cache.entry(code) == nil, "read before the change: not kept")

            cache.store(code, entry, readBegan: cache.beginRead())
            #expect(cache.entry(code)?.0.row.code == code)
            cache.keep(.init(minute: 1, body: ByteBuffer(string: "{}")), for: code, of: entry)
            #expect(cache.entry(code)?.1?.minute == 1)
            let other = DossierReadCache.Entry(row: row, events: [], feedback: nil)
            cache.keep(.init(minute: 2, body: ByteBuffer(string: "{}")), for: code, of: other)
            #expect(cache.entry(code)?.1?.minute == 1, "a view rendered from another read is not kept")
            cache.drop([code])
            #expect(cache.entry(code) == nil)

            let small = DossierReadCache(capacity: 4)
            for i in 0..<4 { small.store("k\(i)", entry, readBegan: small.beginRead()) }
            #expect(small.count == 4)
            let late = small.beginRead()
            small.store("k4", entry, readBegan: small.beginRead())
            #expect(small.count < 4, "full: half forgotten")
            small.store("k5", entry, readBegan: late)
            #expect(small.entry("k5") == nil, "reads begun before the trim are refused")
            small.store("k6", entry, readBegan: small.beginRead())
            #expect(small.entry("k6") != nil)
        }
    }

    @Test("The bench's load generator reads answers whole: split across reads, two in one read, any header case, a malformed head refused")
    func loadGeneratorAnswers() throws {
        let first = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nContent-Length: 11\r\n\r\n{\"a\":\"ồ\"}"
        let second = "HTTP/1.1 404 Not Found\r\nCONTENT-LENGTH:2\r\nx-content-length-note: 99\r\n\r\n{}"
        let whole = Array((first + second).utf8)
        let firstLength = first.utf8.count
        // Every split of the first answer: nothing until it is whole, then exactly it.
        for cut in [1, 20, firstLength - 1] {
            var buffer = ByteBuffer(bytes: whole[..<cut])
            #expect(try LoadGenerator.parseAnswer(&buffer) == nil)
            buffer.writeBytes(whole[cut...])
            let a = try #require(try LoadGenerator.parseAnswer(&buffer))
            #expect(a.status == 200 && String(buffer: a.body) == "{\"a\":\"ồ\"}")
            let b = try #require(try LoadGenerator.parseAnswer(&buffer))
            #expect(b.status == 404 && String(buffer: b.body) == "{}")
            #expect(try LoadGenerator.parseAnswer(&buffer) == nil && buffer.readableBytes == 0)
        }
        var bad = ByteBuffer(string: "HTTP/1.0 200 OK\r\n\r\n")
        #expect(throws: LoadGenerator.LoadError.self) { try LoadGenerator.parseAnswer(&bad) }
        var noLength = ByteBuffer(string: "HTTP/1.1 204 No Content\r\nServer: x\r\n\r\n")
        #expect(try LoadGenerator.parseAnswer(&noLength)?.status == 204)
    }

    @Test("On PostgreSQL, instances share the database: a change made through one reaches the other's cached lookup; the cache is off while not listening")
    func sharedCacheOnPostgres() async throws {
        guard Engine.available.contains(.postgres) else { return }
        let fresh = try await TestDatabases.shared.fresh(.postgres, withData: true)
        let snapshot = try await TestDatabases.shared.template(.postgres)
        let a = try await makeApp(fresh.config), b = try await makeApp(fresh.config)
        do {
            for app in [a, b] { app.reference.replace(snapshot); try await app.asyncBoot() }
            let cacheA = try #require(a.dossierReadCache), cacheB = try #require(b.dossierReadCache)
            try await eventually("both instances listen") { cacheA.isAvailable && cacheB.isAvailable }

            let apiA = try await APIClient.seeded(a), apiB = APIClient(b)
            let code = try #require(try await apiA.call(.POST, "api/v1/dossiers", json: ["procedureCode": "1.001193", "unitCode": "00004",
                                                                                        "applicant": APIClient.applicant()]).code)
            let lookup = "api/v1/dossiers/\(code)?phone=0987654321"
            #expect(try await apiB.call(.GET, lookup).object["state"] as? String == "submitted")
            #expect(cacheB.entry(code) != nil, "held in B's memory")

            #expect(try await apiA.act(code, "receive", as: "motcua.badinh").status == .ok)
            try await eventually("B sees the change made through A") {
                try await apiB.call(.GET, lookup).object["state"] as? String == "received"
            }

            // The listening connection is lost: B's cache is emptied and off until it listens again.
            guard case .postgres(let url) = fresh.config, let name = URLComponents(string: url)?.path.dropFirst() else { return }
            try await TestDatabases.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(name)' AND query LIKE 'LISTEN%'")
            try await eventually("B notices") { !cacheB.isAvailable }
            #expect(cacheB.count == 0)
            try await eventually("B listens again") { cacheB.isAvailable }
            #expect(try await apiB.call(.GET, lookup).object["state"] as? String == "received")
        } catch {
            try? await a.asyncShutdown(); try? await b.asyncShutdown(); await fresh.drop()
            throw error
        }
        try await a.asyncShutdown(); try await b.asyncShutdown(); await fresh.drop()
    }

    /// Waits (up to 15 s) for `condition`, checking every 20 ms.
    func eventually(_ what: String, _ condition: () async throws -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(15)
        while ContinuousClock.now < deadline {
            if try await condition() { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("not within 15 s: \(what)")
    }
}
