import Crypto
import _CryptoExtras
import Foundation
import MotCuaCore
import NIOConcurrencyHelpers
import Vapor

/// Sign-in through an external OpenID Connect provider (the national e-ID VNeID works this way): authorisation
/// code flow with state and nonce, the code exchanged with the client credentials, the ID token checked
/// (signature, issuer, audience, expiry, nonce) and the person's account found or created by the provider's subject.
/// ID tokens are verified with the provider's published keys (RS256 or ES256 from its JWKS, fetched from the
/// discovery document and refreshed when a new key id appears) or with the client secret (HS256); any other
/// algorithm, "none" included, is refused.
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
        var jwks_uri: String?
    }

    /// One public key of the provider's JSON Web Key Set.
    struct JWK: Codable, Sendable {
        var kty: String
        var kid: String?
        var use: String?
        var alg: String?
        var n: String?
        var e: String?
        var crv: String?
        var x: String?
        var y: String?
    }

    struct JWKS: Codable, Sendable { var keys: [JWK] }

    /// The provider's keys, fetched at most once a minute (a token with an unknown key id triggers a refresh).
    static func keys(_ req: Request, _ d: Discovery, kid: String?) async throws -> [JWK] {
        guard let uri = d.jwks_uri else { return [] }
        let cache = req.application.oidcKeys
        let cached = cache.withLockedValue { $0[uri] }
        let known = cached.map { c in kid == nil || c.keys.contains { $0.kid == kid } } ?? false
        if let cached, known || req.now.timeIntervalSince(cached.fetched) < 60 { return cached.keys }
        let res = try await req.client.get(URI(string: uri))
        guard res.status == .ok, let set = try? res.content.decode(JWKS.self) else { throw providerError }
        cache.withLockedValue { $0[uri] = (req.now, set.keys) }
        return set.keys
    }

    static func config(_ req: Request) throws -> AppConfig.OIDCConfig {
        guard let c = req.application.motcuaConfig.oidc else {
            throw APIError(.oidcNotConfigured)
        }
        return c
    }

    static func discover(_ req: Request, _ c: AppConfig.OIDCConfig) async throws -> Discovery {
        let issuer = c.issuer.hasSuffix("/") ? String(c.issuer.dropLast()) : c.issuer
        let res = try await req.client.get(URI(string: issuer + "/.well-known/openid-configuration"))
        guard res.status == .ok, let d = try? res.content.decode(Discovery.self) else { throw providerError }
        return d
    }

    static let providerError = APIError(.oidcProvider)
    static let rejected = APIError(.oidcRejected)

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
        let header = Self.header(of: token.id_token)
        let keys = header?.alg == "HS256" ? [] : try await Self.keys(req, d, kid: header?.kid)
        let claims = try Self.verify(idToken: token.id_token, secret: c.clientSecret, keys: keys, issuer: d.issuer, audience: c.clientId,
                                     nonce: nonce, now: req.now)
        guard let session = try await Authentication(app: req.application, now: req.now)
            .signIn(oidcSubject: "\(d.issuer)|\(claims.sub)", name: claims.name,
                    vouched: .init(phone: claims.phone_number, email: claims.email,
                                   facts: IdentityFacts(citizenID: claims.citizen_id, dateOfBirth: claims.birthdate, residence: claims.address?.formatted,
                                                        today: LocalDateTime(req.now).date))) else { throw Self.rejected }
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
        /// What the provider may say beyond the name (standard claims, and the personal ID number as `citizen_id`).
        var phone_number: String?
        var email: String?
        var birthdate: String?
        var address: Address?
        var citizen_id: String?

        struct Address: Decodable { var formatted: String? }

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

    struct Header: Decodable { var alg: String; var kid: String? }

    static func header(of token: String) -> Header? {
        token.split(separator: ".", omittingEmptySubsequences: false).first.flatMap(base64URL).flatMap { try? JSONDecoder().decode(Header.self, from: $0) }
    }

    /// Whether `signature` over `input` is valid for the algorithm: HS256 with the client secret, RS256 or ES256 with
    /// one of the provider's keys (the one named by `kid` when given).
    static func validSignature(alg: String, kid: String?, input: Data, signature: Data, secret: String, keys: [JWK]) -> Bool {
        let candidates = keys.filter { ($0.use == nil || $0.use == "sig") && (kid == nil || $0.kid == kid) && ($0.alg == nil || $0.alg == alg) }
        switch alg {
        case "HS256":
            return HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: input, using: SymmetricKey(data: Data(secret.utf8)))
        case "RS256":
            return candidates.contains { k in
                guard k.kty == "RSA", let n = k.n.flatMap({ base64URL($0[...]) }), let e = k.e.flatMap({ base64URL($0[...]) }),
                      let key = try? _RSA.Signing.PublicKey(n: n, e: e) else { return false }
                return key.isValidSignature(_RSA.Signing.RSASignature(rawRepresentation: signature), for: input, padding: .insecurePKCS1v1_5)
            }
        case "ES256":
            return candidates.contains { k in
                guard k.kty == "EC", k.crv == "P-256", let x = k.x.flatMap({ base64URL($0[...]) }), let y = k.y.flatMap({ base64URL($0[...]) }),
                      x.count == 32, y.count == 32, let key = try? P256.Signing.PublicKey(x963Representation: [0x04] + x + y),
                      let sig = try? P256.Signing.ECDSASignature(rawRepresentation: signature) else { return false }
                return key.isValidSignature(sig, for: input)
            }
        default:
            return false
        }
    }

    /// Checks an ID token: the signature (see ``validSignature``), issuer, audience, expiry and nonce.
    static func verify(idToken: String, secret: String, keys: [JWK] = [], issuer: String, audience: String, nonce: String, now: Date) throws -> Claims {
        let parts = idToken.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let payload = base64URL(parts[1]), let signature = base64URL(parts[2]), let header = header(of: idToken) else {
            throw rejected
        }
        guard validSignature(alg: header.alg, kid: header.kid, input: Data("\(parts[0]).\(parts[1])".utf8), signature: signature,
                             secret: secret, keys: keys),
              let claims = try? JSONDecoder().decode(Claims.self, from: payload),
              claims.iss == issuer, claims.aud.contains(audience), claims.exp > now.timeIntervalSince1970, claims.nonce == nonce,
              !claims.sub.isEmpty, claims.sub.count <= 255 else { throw rejected }
        return claims
    }
}

extension Application {
    private struct OIDCKeysKey: StorageKey { typealias Value = NIOLockedValueBox<[String: (fetched: Date, keys: [OIDCController.JWK])]> }

    /// The OpenID Connect providers' public keys, by JWKS address.
    var oidcKeys: NIOLockedValueBox<[String: (fetched: Date, keys: [OIDCController.JWK])]> {
        if let k = storage[OIDCKeysKey.self] { return k }
        let k = NIOLockedValueBox<[String: (fetched: Date, keys: [OIDCController.JWK])]>([:])
        storage[OIDCKeysKey.self] = k
        return k
    }
}
