import Fluent
import Foundation
import MotCuaCore
import Vapor

/// Sign-in with a password (slow hash, lock-out after repeated failures), registration of citizen accounts, sign-out.
struct AuthController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let auth = routes.grouped("auth")
        auth.post("sign-in", use: signIn)
        auth.post("sign-out", use: signOut)
        auth.post("register", use: register)
        auth.get("me", use: me)
    }

    func signIn(req: Request) async throws -> Response {
        let input = try req.content.decode(SignInInput.self)
        try req.rateLimit(.signIn)
        let session = try await Authentication(app: req.application, now: req.now)
            .signIn(login: Authentication.normaliseLogin(input.login), password: input.password)
        let response = Response(status: .ok)
        try response.content.encode(session)
        Self.setCookie(response, token: session.token, req: req)
        return response
    }

    static func setCookie(_ response: Response, token: String, req: Request) {
        response.cookies[AuthenticationMiddleware.cookieName] = HTTPCookies.Value(
            string: token, maxAge: req.application.motcuaConfig.sessionHours * 3600, path: "/",
            isSecure: req.application.motcuaConfig.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }

    func signOut(req: Request) async throws -> HTTPStatus {
        let token = req.headers.bearerAuthorization?.token ?? req.cookies[AuthenticationMiddleware.cookieName]?.string
        if let token, let p = req.principal {
            try await Authentication(app: req.application, now: req.now).signOut(p, token: token)
        }
        return .noContent
    }

    func register(req: Request) async throws -> Response {
        try req.rateLimit(.register)
        let input = try req.content.decode(RegisterInput.self)
        let account = try await Authentication(app: req.application, now: req.now)
            .register(login: input.login, fullName: input.fullName, password: input.password)
        let response = Response(status: .created)
        try response.content.encode(AccountDTO(id: account.id, kind: "citizen", login: account.login, fullName: account.fullName, grants: []))
        return response
    }

    func me(req: Request) async throws -> AccountDTO {
        let p = try req.requireSignedIn()
        return AccountDTO(id: p.id, kind: p.kind.rawValue, login: "", fullName: p.name,
                          grants: p.grants.map { GrantDTO(id: nil, role: $0.role.rawValue, unitCode: $0.unitCode, provinceCode: $0.provinceCode, fields: $0.fields) })
    }
}
