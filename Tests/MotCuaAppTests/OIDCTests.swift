import Crypto
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import MotCuaApp
@testable import MotCuaCore

@Suite("OpenID Connect sign-in")
struct OIDCTests {
    static func b64(_ d: Data) -> String {
        d.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func idToken(claims: [String: Any], secret: String) -> String {
        let head = b64(Data(#"{"alg":"HS256","typ":"JWT"}"#.utf8))
        let body = b64(try! JSONSerialization.data(withJSONObject: claims))
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(head).\(body)".utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return "\(head).\(body).\(b64(Data(mac)))"
    }

    @Test("Sign-in through a local test provider creates the citizen's account and a session; forged tokens are refused")
    func signIn() async throws {
        let provider = try await Application.make(.testing)
        let port = Int.random(in: 40_000..<60_000)
        let issuer = "http://127.0.0.1:\(port)"
        let secret = "bi-mat-cua-ung-dung-motcua"
        provider.get(".well-known", "openid-configuration") { _ in
            ["issuer": issuer, "authorization_endpoint": "\(issuer)/authorize", "token_endpoint": "\(issuer)/token"]
        }
        provider.post("token") { req async throws -> [String: String] in
            let form = try req.content.decode([String: String].self)
            guard form["client_id"] == "motcua", form["client_secret"] == secret, let code = form["code"] else { throw Abort(.unauthorized) }
            // The test passes the nonce it saw as the code; "forged" gets a token signed with another key.
            let claims: [String: Any] = ["iss": issuer, "sub": "vneid-001203012345", "aud": "motcua", "name": "Trần Thị Vân",
                                         "exp": Date().timeIntervalSince1970 + 300, "nonce": code.hasPrefix("forged") ? String(code.dropFirst(6)) : code]
            return ["id_token": Self.idToken(claims: claims, secret: code.hasPrefix("forged") ? "khoa-khac" : secret), "token_type": "Bearer"]
        }
        try await provider.server.start(address: .hostname("127.0.0.1", port: port))
        do {
            try await withApp(.sqlite) { app in
                app.motcuaConfig.oidc = .init(issuer: issuer, clientId: "motcua", clientSecret: secret,
                                              redirectURL: "http://localhost:8080/api/v1/auth/oidc/callback")
                let api = APIClient(app)
                let start = try await api.call(.GET, "api/v1/auth/oidc/start")
                #expect(start.status == .seeOther)
                let location = URLComponents(string: start.headers.first(name: .location) ?? "")!
                #expect(location.path == "/authorize")
                let q = Dictionary(uniqueKeysWithValues: (location.queryItems ?? []).map { ($0.name, $0.value ?? "") })
                let state = q["state"]!, nonce = q["nonce"]!
                let cookie = "\(OIDCController.cookie)=\(state).\(nonce)"

                let forged = try await api.call(.GET, "api/v1/auth/oidc/callback?code=forged\(nonce)&state=\(state)", headers: [("Cookie", cookie)])
                #expect(forged.status == .unauthorized && forged.code == "oidc_rejected")
                let wrongState = try await api.call(.GET, "api/v1/auth/oidc/callback?code=\(nonce)&state=khac", headers: [("Cookie", cookie)])
                #expect(wrongState.status == .unauthorized)

                let done = try await api.call(.GET, "api/v1/auth/oidc/callback?code=\(nonce)&state=\(state)", headers: [("Cookie", cookie)])
                #expect(done.status == .seeOther, "\(done.text)")
                let session = done.headers[.setCookie].first { $0.hasPrefix("motcua_session=") }?.split(separator: ";").first?.dropFirst("motcua_session=".count)
                let me = try await api.call(.GET, "api/v1/auth/me", token: session.map(String.init))
                #expect(me.object["kind"] as? String == "citizen" && me.object["fullName"] as? String == "Trần Thị Vân")
                // Signing in again finds the same account.
                let again = try await api.call(.GET, "api/v1/auth/oidc/callback?code=\(nonce)&state=\(state)", headers: [("Cookie", cookie)])
                let session2 = again.headers[.setCookie].first { $0.hasPrefix("motcua_session=") }?.split(separator: ";").first?.dropFirst("motcua_session=".count)
                let me2 = try await api.call(.GET, "api/v1/auth/me", token: session2.map(String.init))
                #expect(me2.object["id"] as? String == me.object["id"] as? String)
            }
        } catch {
            await provider.server.shutdown()
            try? await provider.asyncShutdown()
            throw error
        }
        await provider.server.shutdown()
        try await provider.asyncShutdown()
    }
}
