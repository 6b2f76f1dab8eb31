import Foundation
import NIOConcurrencyHelpers
import Testing
import VaporTesting
@testable import MotCuaApp
@testable import MotCuaCore

/// A small JSON client over the in-process test server, with the demo accounts signed in on demand.
final class APIClient: Sendable {
    let app: Application
    private let tokens = NIOLockedValueBox<[String: String]>([:])

    struct Reply: @unchecked Sendable {
        var status: HTTPStatus
        var object: [String: Any]
        var text: String
        var headers: HTTPHeaders
        var code: String? { object["code"] as? String }
    }

    init(_ app: Application) { self.app = app }

    /// Seeds the demo province (Hà Nội), its officers and a citizen.
    static func seeded(_ app: Application) async throws -> APIClient {
        _ = try await DemoSeed.run(app: app)
        return APIClient(app)
    }

    func token(_ login: String) async throws -> String {
        if let t = tokens.withLockedValue({ $0[login] }) { return t }
        let r = try await call(.POST, "api/v1/auth/sign-in", json: ["login": login, "password": DemoSeed.password])
        guard let t = r.object["token"] as? String else { throw CLIError("sign-in failed for \(login): \(r.text)") }
        tokens.withLockedValue { $0[login] = t }
        return t
    }

    /// Signs in an account that is not a demo one (its token is then used for `as: login`).
    func signIn(_ login: String, password: String) async throws {
        let r = try await call(.POST, "api/v1/auth/sign-in", json: ["login": login, "password": password])
        guard let t = r.object["token"] as? String else { throw CLIError("sign-in failed for \(login): \(r.text)") }
        tokens.withLockedValue { $0[login] = t }
    }

    func call(_ method: HTTPMethod, _ path: String, as login: String? = nil, token: String? = nil, json: [String: Any]? = nil,
              body: Data? = nil, headers extra: [(String, String)] = []) async throws -> Reply {
        var headers = HTTPHeaders()
        if let login { headers.bearerAuthorization = .init(token: try await self.token(login)) }
        if let token { headers.bearerAuthorization = .init(token: token) }
        for (k, v) in extra { headers.add(name: k, value: v) }
        var buffer: ByteBuffer?
        if let json {
            headers.contentType = .json
            buffer = ByteBuffer(data: try JSONSerialization.data(withJSONObject: json))
        } else if let body {
            buffer = ByteBuffer(data: body)
        }
        var reply: Reply?
        try await app.testing().test(method, path, headers: headers, body: buffer) { res in
            let data = Data(buffer: res.body)
            reply = Reply(status: res.status, object: ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any]) ?? [:],
                          text: String(decoding: data, as: UTF8.self), headers: res.headers)
        }
        return reply!
    }

    /// Moves the server's clock (sessions expire after eight hours of it, so the client signs in again).
    func setNow(_ iso: String) {
        app.clock.set(LocalDateTime.parse(iso)!.instant)
        tokens.withLockedValue { $0.removeAll() }
    }

    static func applicant(commune: String = "00004", phone: String = "0987654321", id: String = "001203012345") -> [String: Any] {
        ["fullName": "Nguyễn Thị Bình", "idNumber": id, "phone": phone, "email": "binh@example.vn", "communeCode": commune]
    }

    /// Submits at a counter as the given officer; returns the reply.
    func counter(_ procedure: String, unit: String = "00004", as login: String = "motcua.badinh", applicant: [String: Any] = APIClient.applicant(),
                 extra: [String: Any] = [:]) async throws -> Reply {
        var body: [String: Any] = ["procedureCode": procedure, "unitCode": unit, "channel": "counter", "applicant": applicant]
        for (k, v) in extra { body[k] = v }
        return try await call(.POST, "api/v1/dossiers", as: login, json: body)
    }

    func act(_ code: String, _ action: String, as login: String?, _ body: [String: Any] = [:]) async throws -> Reply {
        try await call(.POST, "api/v1/dossiers/\(code)/actions/\(action)", as: login, json: body)
    }

    func accountId(_ login: String) async throws -> String {
        try await IdentityStore(db: app.db).account(login: login)!.id
    }
}
