import Foundation
import NIOConcurrencyHelpers
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import MotCuaApp
@testable import MotCuaCore

@Suite("Notification outbox")
struct OutboxTests {
    @Test("Messages reach the gateway; a failed delivery is retried after the backoff with the same Idempotency-Key", arguments: Engine.available)
    func delivery(engine: Engine) async throws {
        // A fake SMS/e-mail gateway on a real port: it fails its first request.
        let gateway = try await Application.make(.testing)
        let received = NIOLockedValueBox<[(key: String, channel: String, body: String)]>([])
        let calls = NIOLockedValueBox(0)
        gateway.post("send") { req async throws -> HTTPStatus in
            let n = calls.withLockedValue { $0 += 1; return $0 }
            if n == 1 { return .serviceUnavailable }
            let d = try req.content.decode(Outbox.Delivery.self)
            received.withLockedValue { $0.append((req.headers.first(name: "Idempotency-Key") ?? "", d.channel, d.body)) }
            return .accepted
        }
        let port = Int.random(in: 20_000..<40_000)
        try await gateway.server.start(address: .hostname("127.0.0.1", port: port))
        do {
            try await withApp(engine) { app in
                app.motcuaConfig.webhookURL = "http://127.0.0.1:\(port)/send"
                let api = try await APIClient.seeded(app)
                api.setNow("2026-03-02T09:00:00+07:00")
                let code = (try await api.counter("1.004194")).object["code"] as! String
                let now = app.clock.now()
                let first = try await Outbox.deliverDue(app: app, now: now)
                #expect(first.delivered == 1 && first.failed == 1)     // sms failed once, e-mail went
                let tooSoon = try await Outbox.deliverDue(app: app, now: now.addingTimeInterval(10))
                #expect(tooSoon.delivered == 0 && tooSoon.failed == 0, "waits for the backoff")
                let retry = try await Outbox.deliverDue(app: app, now: now.addingTimeInterval(31))
                #expect(retry.delivered == 1)
                let nothing = try await Outbox.deliverDue(app: app, now: now.addingTimeInterval(3600))
                #expect(nothing.delivered == 0, "nothing is sent twice")
                let messages = received.withLockedValue { $0 }
                #expect(messages.count == 2 && Set(messages.map(\.key)).count == 2)
                #expect(messages.allSatisfy { $0.body.contains(code) && $0.body.contains("Hẹn trả kết quả") })
                let view = try await api.call(.GET, "api/v1/dossiers/\(code)", as: "motcua.badinh")
                let notes = view.object["notifications"] as? [[String: Any]] ?? []
                #expect(notes.count == 2 && notes.allSatisfy { $0["status"] as? String == "delivered" })
                #expect(notes.contains { $0["attempts"] as? Int == 2 })
            }
        } catch {
            await gateway.server.shutdown()
            try? await gateway.asyncShutdown()
            throw error
        }
        await gateway.server.shutdown()
        try await gateway.asyncShutdown()
    }
}
