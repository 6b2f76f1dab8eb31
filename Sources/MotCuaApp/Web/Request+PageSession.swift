import Foundation
import Vapor

extension Request {
    /// Signs the browser out of the pages: ends the cookie's session (audited) and sends it to `path` with the cookie
    /// cleared.
    func endPageSession(redirectTo path: String) async throws -> Response {
        if let p = principal, let token = cookies[AuthenticationMiddleware.cookieName]?.string {
            try await MotCuaApp.Authentication(app: application, now: now).signOut(p, token: token)
        }
        let response = redirect(to: path, redirectType: .normal)
        response.cookies[AuthenticationMiddleware.cookieName] = HTTPCookies.Value(
            string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/",
            isSecure: application.motcuaConfig.secureCookies, isHTTPOnly: true, sameSite: .lax)
        return response
    }
}
