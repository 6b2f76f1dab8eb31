import Crypto
import _CryptoExtras
import NIOConcurrencyHelpers
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
                                         "exp": Date().timeIntervalSince1970 + 300, "nonce": code.hasPrefix("forged") ? String(code.dropFirst(6)) : code,
                                         // What the identity says beyond the name prefills forms; a value that is not what it claims is dropped.
                                         "citizen_id": "001303012345", "birthdate": "2003-05-14", "phone_number": "0987 654 321",
                                         "email": "khong-phai-thu", "address": ["formatted": "Số 5 phố Đội Cấn, phường Ba Đình, Hà Nội"]]
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

                // Applying: step 1 has the personal ID the identity gave, the e-form its date of birth and residence.
                let pageCookie = [("Cookie", "motcua_session=\(session2 ?? "")")]
                let applying = try await api.call(.GET, "ca-nhan/nop-ho-so?thu-tuc=1.004873", headers: pageCookie)
                #expect(applying.status == .ok && applying.text.contains("value=\"001303012345\"") && applying.text.contains("value=\"0987654321\""),
                        "\(applying.text.prefix(400))")
                let token = session2.map(String.init)
                let draft = try await api.call(.POST, "api/v1/me/drafts", token: token, json: ["procedureCode": "1.004873"])
                let id = try #require(draft.object["id"] as? String)
                let put = try await api.call(.PUT, "api/v1/me/drafts/\(id)", token: token, json: [
                    "procedureCode": "1.004873", "unitCode": "00004", "step": "to-khai",
                    "applicant": ["fullName": "Trần Thị Vân", "idNumber": "001303012345", "phone": "0987654321"]])
                #expect(put.status == .ok, "\(put.text)")
                let form = try await api.call(.GET, "ca-nhan/nop-ho-so/\(id)/to-khai", headers: pageCookie)
                #expect(form.status == .ok && form.text.contains("value=\"2003-05-14\"") && form.text.contains("Số 5 phố Đội Cấn"), "\(form.text.prefix(300))")
                let account = try #require(try await IdentityStore(db: app.db).account(id: me.object["id"] as? String ?? ""))
                #expect(account.phone == "0987654321" && account.email == nil, "a phone is kept; an e-mail that is not one is not")
            }
        } catch {
            await provider.server.shutdown()
            try? await provider.asyncShutdown()
            throw error
        }
        await provider.server.shutdown()
        try await provider.asyncShutdown()
    }

    static func signed(header: [String: String], claims: [String: Any], sign: (Data) throws -> Data) rethrows -> String {
        let head = b64(try! JSONSerialization.data(withJSONObject: header))
        let body = b64(try! JSONSerialization.data(withJSONObject: claims))
        return "\(head).\(body).\(b64(try sign(Data("\(head).\(body)".utf8))))"
    }

    static func rsaJWK(_ key: _RSA.Signing.PublicKey, kid: String) throws -> [String: String] {
        let p = try key.getKeyPrimitives()
        return ["kty": "RSA", "kid": kid, "use": "sig", "alg": "RS256", "n": b64(p.modulus), "e": b64(p.publicExponent)]
    }

    @Test("ID tokens signed with the provider's published keys (RS256, ES256) are accepted; other keys, 'none' and unknown key ids are refused; a rotated key is fetched")
    func publishedKeys() async throws {
        let rsa = try _RSA.Signing.PrivateKey(keySize: .bits2048)
        let rotated = try _RSA.Signing.PrivateKey(keySize: .bits2048)
        let stranger = try _RSA.Signing.PrivateKey(keySize: .bits2048)
        let ec = P256.Signing.PrivateKey()
        let raw = ec.publicKey.x963Representation.dropFirst()
        let ecJWK = ["kty": "EC", "kid": "ec-1", "crv": "P-256", "x": Self.b64(Data(raw.prefix(32))), "y": Self.b64(Data(raw.suffix(32)))]
        let published = NIOLockedValueBox<[[String: String]]>([try Self.rsaJWK(rsa.publicKey, kid: "rsa-1"), ecJWK])
        let provider = try await Application.make(.testing)
        let port = Int.random(in: 40_000..<60_000)
        let issuer = "http://127.0.0.1:\(port)"
        provider.get(".well-known", "openid-configuration") { _ in
            ["issuer": issuer, "authorization_endpoint": "\(issuer)/authorize", "token_endpoint": "\(issuer)/token", "jwks_uri": "\(issuer)/jwks"]
        }
        provider.get("jwks") { _ -> Response in
            let body = try JSONSerialization.data(withJSONObject: ["keys": published.withLockedValue { $0 }])
            return Response(status: .ok, headers: ["Content-Type": "application/json"], body: .init(data: body))
        }
        // The code names how to sign: "<how>:<nonce>".
        provider.post("token") { req async throws -> [String: String] in
            let form = try req.content.decode([String: String].self)
            let parts = (form["code"] ?? "").split(separator: ":", maxSplits: 1).map(String.init)
            let claims: [String: Any] = ["iss": issuer, "sub": "vneid-079203000111", "aud": "motcua", "name": "Lê Văn Hùng",
                                         "exp": Date().timeIntervalSince1970 + 300, "nonce": parts.last ?? ""]
            let token: String
            switch parts.first {
            case "rs": token = try Self.signed(header: ["alg": "RS256", "kid": "rsa-1"], claims: claims) { try rsa.signature(for: $0, padding: .insecurePKCS1v1_5).rawRepresentation }
            case "es": token = try Self.signed(header: ["alg": "ES256", "kid": "ec-1"], claims: claims) { try ec.signature(for: $0).rawRepresentation }
            case "stranger": token = try Self.signed(header: ["alg": "RS256", "kid": "rsa-1"], claims: claims) { try stranger.signature(for: $0, padding: .insecurePKCS1v1_5).rawRepresentation }
            case "rotated": token = try Self.signed(header: ["alg": "RS256", "kid": "rsa-2"], claims: claims) { try rotated.signature(for: $0, padding: .insecurePKCS1v1_5).rawRepresentation }
            default: token = Self.signed(header: ["alg": "none"], claims: claims) { _ in Data() }
            }
            return ["id_token": token, "token_type": "Bearer"]
        }
        try await provider.server.start(address: .hostname("127.0.0.1", port: port))
        do {
            try await withApp(.sqlite) { app in
                app.motcuaConfig.oidc = .init(issuer: issuer, clientId: "motcua", clientSecret: "khong-dung-cho-RS256",
                                              redirectURL: "http://localhost:8080/api/v1/auth/oidc/callback")
                let api = APIClient(app)
                api.setNow("2026-03-02T09:00:00+07:00")
                func callback(_ how: String) async throws -> HTTPStatus {
                    let start = try await api.call(.GET, "api/v1/auth/oidc/start")
                    let q = Dictionary(uniqueKeysWithValues: (URLComponents(string: start.headers.first(name: .location) ?? "")?.queryItems ?? []).map { ($0.name, $0.value ?? "") })
                    let (state, nonce) = (q["state"] ?? "", q["nonce"] ?? "")
                    return try await api.call(.GET, "api/v1/auth/oidc/callback?code=\(how):\(nonce)&state=\(state)", headers: [("Cookie", "\(OIDCController.cookie)=\(state).\(nonce)")]).status
                }
                var statuses: [HTTPStatus] = []
                for how in ["rs", "es", "stranger", "none"] { statuses.append(try await callback(how)) }
                #expect(statuses == [.seeOther, .seeOther, .unauthorized, .unauthorized])
                // The provider rotates its key: an unknown key id is refused until the key set is fetched again.
                published.withLockedValue { $0.append(try! Self.rsaJWK(rotated.publicKey, kid: "rsa-2")) }
                let soon = try await callback("rotated")
                #expect(soon == .unauthorized, "keys are not refetched within a minute")
                api.setNow("2026-03-02T09:02:00+07:00")
                let later = try await callback("rotated")
                #expect(later == .seeOther)
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
