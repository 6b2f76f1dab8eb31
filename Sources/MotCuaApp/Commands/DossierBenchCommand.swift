import Foundation
import MotCuaCore
import NIOConcurrencyHelpers
import Vapor

/// `motcua bench-dossiers`: online submissions (metadata only) and public lookups by code, over real HTTP with N
/// keep-alive connections from a lean load generator (``LoadGenerator``). By default against this process's own
/// server (use a throw-away database, `MOTCUA_SQLITE=/tmp/bench.sqlite`, and a release build); with `--target` against
/// a server elsewhere (started with `MOTCUA_RATE_LIMITS=0`), so that the load can come from another machine.
struct DossierBenchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "submissions", help: "number of submissions (default 5000)") var submissions: Int?
        @Option(name: "lookups", help: "number of lookups (default 50000)") var lookups: Int?
        @Option(name: "concurrency", help: "concurrent connections (default 32)") var concurrency: Int?
        @Option(name: "port", help: "port for the bench server (default 8765)") var port: Int?
        @Option(name: "target", help: "a running server to load instead (http://host:port)") var target: String?
        @Option(name: "unit", help: "receiving unit of the submissions (default 00004)") var unit: String?
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
        if let target = signature.target {
            guard let url = URL(string: target), url.scheme == "http", let host = url.host else {
                throw CLIError("--target must be an http://host:port address")
            }
            try await measure(LoadGenerator(host: host, port: url.port ?? 80), signature: signature)
            return
        }
        app.motcuaConfig.rateLimits = false
        try await prepareReferenceData(app)
        let port = signature.port ?? 8765
        app.http.server.configuration.port = port
        app.http.server.configuration.hostname = "127.0.0.1"
        try await app.server.start(address: .hostname("127.0.0.1", port: port))
        do {
            try await measure(LoadGenerator(host: "127.0.0.1", port: port), signature: signature)
            await app.server.shutdown()
        } catch {
            await app.server.shutdown()
            throw error
        }
    }

    /// A birth registration's e-form and its birth certificate (a small PDF), as an online applicant sends them.
    static func birthDeclaration(phone: String) -> String {
        let pdf = Data("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".utf8).base64EncodedString()
        return """
            "form":{"applicant":{"fullName":"Nguyễn Văn Thử","citizenID":"001203012345","phone":"\(phone)","relationship":"father"},\
            "child":{"fullName":"Nguyễn Minh An","sex":"male","dateOfBirth":"2026-01-20","birthPlaceKind":"healthFacility","placeOfBirth":"Bệnh viện Phụ sản Hà Nội",\
            "ethnicity":"Kinh","nationality":"Việt Nam"},"mother":{"fullName":"Lê Thị Hoa","dateOfBirth":"2001-04-02","ethnicity":"Kinh",\
            "nationality":"Việt Nam","citizenID":"001301012345","residence":"Hà Nội"}},\
            "documents":[{"fileName":"giay-chung-sinh.pdf","slot":"birthCertificate","contentBase64":"\(pdf)"}]
            """
    }

    func measure(_ load: LoadGenerator, signature: Signature) async throws {
        let concurrency = max(1, signature.concurrency ?? 32)
        let day = Int(Date().timeIntervalSince1970) % 100_000
        let unit = signature.unit ?? "00004"
        let authority = load.authority

        let submissions = max(1, signature.submissions ?? 5000)
        let phones = (0..<submissions).map { String(format: "09%08d", (day * 7 + $0) % 100_000_000) }
        let codes = NIOLockedValueBox<[(String, String)]>([])
        let submit = try await Self.measure(name: "online submission (POST /api/v1/dossiers)", total: submissions) {
            try await load.run(total: submissions, connections: concurrency, make: { i in
                LoadGenerator.request(method: "POST", path: "/api/v1/dossiers", authority: authority, json: """
                    {"procedureCode":"1.001193","unitCode":"\(unit)","channel":"online","applicant":{"fullName":"Nguyễn Văn Thử","idNumber":"001203012345","phone":"\(phones[i])","communeCode":"\(unit)"},\(Self.birthDeclaration(phone: phones[i]))}
                    """)
            }, check: { i, answer in
                guard answer.status == 201,
                      let object = try? JSONSerialization.jsonObject(with: Data(buffer: answer.body)) as? [String: Any],
                      let code = object["code"] as? String else { return false }
                codes.withLockedValue { $0.append((code, phones[i])) }
                return true
            })
        }
        let known = codes.withLockedValue { $0 }
        guard !known.isEmpty else { throw CLIError("no submission succeeded (is the server's rate limit off?)") }
        let lookups = max(1, signature.lookups ?? 50_000)
        let requests = known.map { code, phone in
            LoadGenerator.request(method: "GET", path: "/api/v1/dossiers/\(code)?phone=\(phone)", authority: authority)
        }
        // Each dossier once (read from the database), then again and again (from the lookup cache).
        let firstLookup = try await Self.measure(name: "first lookup of each dossier (GET /api/v1/dossiers/{code}?phone=)", total: requests.count) {
            try await load.run(total: requests.count, connections: concurrency, make: { i in requests[i] },
                               check: { _, answer in answer.status == 200 })
        }
        let lookup = try await Self.measure(name: "public lookup by code (GET /api/v1/dossiers/{code}?phone=)", total: lookups) {
            try await load.run(total: lookups, connections: concurrency, make: { i in requests[i % requests.count] },
                               check: { _, answer in answer.status == 200 })
        }
        if signature.json {
            try printJSON([submit, firstLookup, lookup])
        } else {
            for f in [submit, firstLookup, lookup] {
                print(f.name)
                print(String(format: "  %d requests, %d errors, %.2f s: %.0f per second; latency p50 %.2f ms, p99 %.2f ms, max %.2f ms",
                             f.requests, f.errors, f.seconds, f.perSecond, f.p50Ms, f.p99Ms, f.maxMs))
            }
        }
    }

    static func measure(name: String, total: Int, _ body: () async throws -> (latencies: [Double], errors: Int)) async throws -> Figures {
        let start = ContinuousClock.now
        let (latencies, errors) = try await body()
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let sorted = latencies.sorted()
        func pct(_ p: Double) -> Double { sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
        return Figures(name: name, requests: total, errors: errors, seconds: seconds, perSecond: Double(total) / seconds,
                       p50Ms: pct(0.5), p99Ms: pct(0.99), maxMs: sorted.last ?? 0)
    }
}
