import Foundation
import Vapor

/// Reads the session cookie or bearer token and attaches the principal; enforces CSRF on cookie-authenticated
/// unsafe requests. Invalid or expired credentials make the request anonymous (endpoints that need a person say 401).
struct AuthenticationMiddleware: Middleware {
    static let cookieName = "motcua_session"
    /// The largest form body (an online submission with its files).
    static let maxFormBody = 40 * 1024 * 1024

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let token: String?, viaCookie: Bool
        if let bearer = request.headers.bearerAuthorization?.token {
            (token, viaCookie) = (bearer, false)
        } else {
            (token, viaCookie) = (request.cookies[Self.cookieName]?.string, true)
        }
        // Anonymous requests (most public ones) go straight on, without a task of their own.
        guard let token, token.utf8.count < 200 else { return next.respond(to: request) }
        return request.eventLoop.makeFutureWithTask {
            try await Self.authenticate(request, token: token, viaCookie: viaCookie)
        }.flatMap { next.respond(to: request) }
    }

    private static func authenticate(_ request: Request, token: String, viaCookie: Bool) async throws {
        guard let p = try await IdentityStore(db: request.db).principal(token: token, now: request.now, viaCookie: viaCookie) else { return }
        request.principal = p
        guard viaCookie, ![.GET, .HEAD, .OPTIONS].contains(request.method) else { return }
        var sent = request.headers.first(name: "X-CSRF-Token")
        if sent == nil {
            // A form's token is in its body; a large one (files) still streams in, so gather it first
            // (within the largest body any form route accepts).
            if request.body.data == nil { _ = try await request.body.collect(max: Self.maxFormBody).get() }
            sent = try? request.content.get(String.self, at: "_csrf")
        }
        guard let sent, sent == p.csrf else { throw APIError.csrf }
    }
}
