import Foundation
import MotCuaCore
import NIOConcurrencyHelpers
import Vapor

/// `motcua bench-dossiers`: online submissions (metadata only) and public lookups by code, over real HTTP
/// against this process's own server, with N concurrent clients. Use a throw-away database
/// (`MOTCUA_SQLITE=/tmp/bench.sqlite`) and a release build.
struct DossierBenchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "submissions", help: "number of submissions (default 5000)") var submissions: Int?
        @Option(name: "lookups", help: "number of lookups (default 50000)") var lookups: Int?
        @Option(name: "concurrency", help: "concurrent clients (default 32)") var concurrency: Int?
        @Option(name: "port", help: "port for the bench server (default 8765)") var port: Int?
        @Flag(name: "json", help: "print JSON") var json: Bool
    }
    var help: String { "Measures dossier intake and public lookup throughput and latency over HTTP." }

    struct Figures: Codable {
        let name: String
        let requests: Int
        let errors: Int
        let seconds: Double
        let perSecond: Double
        let p50Ms: Double
        let p99Ms: Double
        let maxMs: Double
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        app.motcuaConfig.rateLimits = false
        try await prepareReferenceData(app)
        let port = signature.port ?? 8765
        let concurrency = max(1, signature.concurrency ?? 32)
        app.http.server.configuration.port = port
        app.http.server.configuration.hostname = "127.0.0.1"
        try await app.server.start(address: .hostname("127.0.0.1", port: port))
        do {
            try await measure(app: app, port: port, concurrency: concurrency, signature: signature)
        } catch {
            await app.server.shutdown()
            throw error
        }
    }

    func measure(app: Application, port: Int, concurrency: Int, signature: Signature) async throws {
        let client = app.client
        let base = "http://127.0.0.1:\(port)"
        let day = Int(Date().timeIntervalSince1970) % 100_000

        let submissions = max(1, signature.submissions ?? 5000)
        let codes = NIOLockedValueBox<[(String, String)]>([])
        let submit = try await Self.load(name: "online submission (POST /api/v1/dossiers)", total: submissions, concurrency: concurrency) { i in
            let phone = String(format: "09%08d", (day * 7 + i) % 100_000_000)
            let body = """
            {"procedureCode":"1.001193","unitCode":"00004","channel":"online","applicant":{"fullName":"Nguyễn Văn Thử","idNumber":"001203012345","phone":"\(phone)","communeCode":"00004"}}
            """
            let res = try await client.post(URI(string: "\(base)/api/v1/dossiers")) { req in
                req.headers.contentType = .json
                req.body = ByteBuffer(string: body)
            }
            guard res.status == .created, let data = res.body else { return false }
            if let object = try? JSONSerialization.jsonObject(with: Data(buffer: data)) as? [String: Any], let code = object["code"] as? String {
                codes.withLockedValue { $0.append((code, phone)) }
            }
            return true
        }
        let known = codes.withLockedValue { $0 }
        guard !known.isEmpty else { throw CLIError("no submission succeeded") }
        let lookups = max(1, signature.lookups ?? 50_000)
        let lookup = try await Self.load(name: "public lookup by code (GET /api/v1/dossiers/{code}?phone=)", total: lookups, concurrency: concurrency) { i in
            let (code, phone) = known[i % known.count]
            let res = try await client.get(URI(string: "\(base)/api/v1/dossiers/\(code)?phone=\(phone)"))
            return res.status == .ok
        }
        await app.server.shutdown()
        if signature.json {
            try printJSON([submit, lookup])
        } else {
            for f in [submit, lookup] {
                print(f.name)
                print(String(format: "  %d requests, %d errors, %.2f s: %.0f per second; latency p50 %.2f ms, p99 %.2f ms, max %.2f ms",
                             f.requests, f.errors, f.seconds, f.perSecond, f.p50Ms, f.p99Ms, f.maxMs))
            }
        }
    }

    /// Runs `total` requests with `concurrency` workers; each worker takes the next index.
    static func load(name: String, total: Int, concurrency: Int, _ one: @escaping @Sendable (Int) async throws -> Bool) async throws -> Figures {
        let next = NIOLockedValueBox(0)
        let start = ContinuousClock.now
        let results = try await withThrowingTaskGroup(of: ([Double], Int).self) { group in
            for _ in 0..<concurrency {
                group.addTask {
                    var latencies: [Double] = []
                    var errors = 0
                    while true {
                        let i = next.withLockedValue { n -> Int in n += 1; return n - 1 }
                        if i >= total { break }
                        let t0 = ContinuousClock.now
                        let ok = (try? await one(i)) ?? false
                        let d = ContinuousClock.now - t0
                        latencies.append(Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15)
                        if !ok { errors += 1 }
                    }
                    return (latencies, errors)
                }
            }
            var all: [Double] = []
            var errors = 0
            for try await (l, e) in group { all += l; errors += e }
            return (all, errors)
        }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let sorted = results.0.sorted()
        func pct(_ p: Double) -> Double { sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
        return Figures(name: name, requests: total, errors: results.1, seconds: seconds, perSecond: Double(total) / seconds,
                       p50Ms: pct(0.5), p99Ms: pct(0.99), maxMs: sorted.last ?? 0)
    }
}
