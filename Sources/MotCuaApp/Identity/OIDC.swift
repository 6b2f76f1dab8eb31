import Crypto
import Foundation
import MotCuaCore
import SQLKit
import Vapor

/// Sign-in through an external OpenID Connect provider (the national e-ID VNeID works this way): authorisation
/// code flow with state and nonce, the code exchanged with the client credentials, the ID token checked
/// (signature, issuer, audience, expiry, nonce) and the person's account found or created by the provider's subject.
/// ID tokens signed with the client secret (HS256) are verified; other algorithms are refused.
struct OIDCController: RouteCollection {
    static let cookie = "motcua_oidc"

    func boot(routes: any RoutesBuilder) throws {
        let oidc = routes.grouped("auth", "oidc")
        oidc.get("start", use: start)
        oidc.get("callback", use: callback)
    }

    struct Discovery: Content {
        var issuer: String
        var authorization_endpoint: String
        var token_endpoint: String
    }

    static func config(_ req: Request) throws -> AppConfig.OIDCConfig {
        guard let c = req.application.motcuaConfig.oidc else {
            throw APIError.notFound("oidc_not_configured", vi: "Chưa cấu hình đăng nhập bằng định danh điện tử.", en: "OpenID Connect sign-in is not configured.")
        }
        return c
    }

    static func discover(_ req: Request, _ c: AppConfig.OIDCConfig) async throws -> Discovery {
        let issuer = c.issuer.hasSuffix("/") ? String(c.issuer.dropLast()) : c.issuer
        let res = try await req.client.get(URI(string: issuer + "/.well-known/openid-configuration"))
        guard res.status == .ok, let d = try? res.content.decode(Discovery.self) else { throw providerError }
        return d
    }

    static let providerError = APIError(status: .badGateway, code: "oidc_provider",
                                        vi: "Không kết nối được với hệ thống định danh; vui lòng thử lại.",
                                        en: "The identity provider could not be reached; try again.")
    static let rejected = APIError(status: .unauthorized, code: "oidc_rejected",
                                   vi: "Đăng nhập bằng định danh điện tử không hợp lệ hoặc đã hết hạn; vui lòng thử lại.",
                                   en: "The identity provider's sign-in is invalid or expired; try again.")

    func start(req: Request) async throws -> Response {
        let c = try Self.config(req)
        let d = try await Self.discover(req, c)
        let state = IdentityStore.randomToken(prefix: "")
        let nonce = IdentityStore.randomToken(prefix: "")
        var url = URLComponents(string: d.authorization_endpoint)!
        url.queryItems = (url.queryItems ?? []) + [
            .init(name: "response_type", value: "code"), .init(name: "client_id", value: c.clientId),
            .init(name: "redirect_uri", value: c.redirectURL), .init(name: "scope", value: "openid profile"),
            .init(name: "state", value: state), .init(name: "nonce", value: nonce),
        ]
        let response = req.redirect(to: url.string!, redirectType: .normal)
        response.cookies[Self.cookie] = HTTPCookies.Value(string: "\(state).\(nonce)", maxAge: 600, path: "/",
                                                           isSecure: req.application.motcuaConfig.secureCookies, isHTTPOnly: true, sameSite: .lax)
        return response
    }

    struct TokenResponse: Content { var id_token: String }

    func callback(req: Request) async throws -> Response {
        let c = try Self.config(req)
        try req.rateLimit(.signIn)
        guard let code = req.query[String.self, at: "code"], let state = req.query[String.self, at: "state"],
              let saved = req.cookies[Self.cookie]?.string, case let parts = saved.split(separator: "."), parts.count == 2,
              String(parts[0]) == state else { throw Self.rejected }
        let nonce = String(parts[1])
        let d = try await Self.discover(req, c)
        let res = try await req.client.post(URI(string: d.token_endpoint)) { r in
            try r.content.encode(["grant_type": "authorization_code", "code": code, "redirect_uri": c.redirectURL,
                                  "client_id": c.clientId, "client_secret": c.clientSecret], as: .urlEncodedForm)
        }
        guard res.status == .ok, let token = try? res.content.decode(TokenResponse.self) else { throw Self.rejected }
        let claims = try Self.verify(idToken: token.id_token, secret: c.clientSecret, issuer: d.issuer, audience: c.clientId,
                                     nonce: nonce, now: req.now)
        let store = IdentityStore(db: req.db)
        let subject = "\(d.issuer)|\(claims.sub)"
        var account = try await store.account(oidcSubject: subject)
        let now = req.now
        if account == nil {
            let name = (claims.name ?? "Công dân").trimmingCharacters(in: .whitespacesAndNewlines)
            let created = IdentityStore.Account(id: UUID().uuidString.lowercased(), kind: "citizen", login: "oidc:\(IdentityStore.sha256(subject).prefix(24))",
                                                fullName: String(name.prefix(120)), passwordHash: nil, phone: nil, email: nil, oidcSubject: subject,
                                                failedAttempts: 0, lockedUntil: nil, disabled: false, createdAt: LocalDateTime(now).description)
            try await req.writeTransaction { db in
                try await IdentityStore(db: db).insert(created)
                try await AuditChain.append(db, actor: "citizen:\(created.id)", action: "auth.register.oidc", subject: "account:\(created.id)", at: now)
            }
            account = created
        }
        guard let account, !account.disabled else { throw Self.rejected }
        let hours = req.application.motcuaConfig.sessionHours
        let session = try await req.writeTransaction { db in
            let s = try await IdentityStore(db: db).createSession(account: account.id, now: now, hours: hours)
            try await AuditChain.append(db, actor: "\(account.kind):\(account.id)", action: "auth.signIn.oidc", subject: "account:\(account.id)", at: now)
            return s
        }
        let response = req.redirect(to: "/", redirectType: .normal)
        AuthController.setCookie(response, token: session.token, req: req)
        response.cookies[Self.cookie] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/")
        return response
    }

    struct Claims: Decodable {
        var iss: String
        var sub: String
        var aud: Audience
        var exp: Double
        var nonce: String?
        var name: String?

        enum Audience: Decodable {
            case one(String), many([String])
            init(from decoder: Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let s = try? c.decode(String.self) { self = .one(s) } else { self = .many(try c.decode([String].self)) }
            }
            func contains(_ s: String) -> Bool {
                switch self { case .one(let a): return a == s; case .many(let all): return all.contains(s) }
            }
        }
    }

    static func base64URL(_ text: Substring) -> Data? {
        var s = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while s.count % 4 != 0 { s += "=" }
        return Data(base64Encoded: s)
    }

    /// Checks an HS256 ID token: signature with the client secret, issuer, audience, expiry and nonce.
    static func verify(idToken: String, secret: String, issuer: String, audience: String, nonce: String, now: Date) throws -> Claims {
        let parts = idToken.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let headerData = base64URL(parts[0]), let payload = base64URL(parts[1]), let signature = base64URL(parts[2]),
              let header = try? JSONSerialization.jsonObject(with: headerData) as? [String: Any], header["alg"] as? String == "HS256" else {
            throw rejected
        }
        let key = SymmetricKey(data: Data(secret.utf8))
        guard HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: Data("\(parts[0]).\(parts[1])".utf8), using: key),
              let claims = try? JSONDecoder().decode(Claims.self, from: payload),
              claims.iss == issuer, claims.aud.contains(audience), claims.exp > now.timeIntervalSince1970, claims.nonce == nonce,
              !claims.sub.isEmpty, claims.sub.count <= 255 else { throw rejected }
        return claims
    }
}
