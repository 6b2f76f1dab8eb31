import AsyncKit
import Foundation
import MotCuaCore
import Vapor

/// Turns every error into JSON with a message in the user's language (Accept-Language `en` gives English;
/// Vietnamese otherwise) and never leaks internals in a 5xx.
///
/// The front middlewares are written on futures rather than `async`: Vapor starts a task for every async
/// middleware, and on a public lookup served from memory those tasks cost more than the lookup itself.
struct APIErrorMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).flatMapError { error in
            if let abort = error as? any AbortError, abort.status == .notFound, !(error is APIError), request.url.path.hasPrefix("/api/") || request.url.path == "/healthz",
               case let allowed = Self.methods(allowedAt: request.url.path, in: request.application),
               !allowed.isEmpty, !allowed.contains(request.method.rawValue) {
                // The path exists with other methods: 405 and what is allowed, not 404.
                return request.eventLoop.makeCompletedFuture {
                    let response = try Self.response(for: APIError(.methodNotAllowed, request.method.rawValue), to: request)
                    response.headers.replaceOrAdd(name: .allow, value: allowed.joined(separator: ", "))
                    return response
                }
            }
            if ErrorPage.wanted(by: request) {
                return request.eventLoop.makeFutureWithTask { await ErrorPage.response(for: error, to: request) }
            }
            return request.eventLoop.makeCompletedFuture { try Self.response(for: error, to: request) }
        }
    }

    /// The methods a path is served with (empty when no route has that path).
    static func methods(allowedAt path: String, in app: Application) -> [String] {
        let parts = path.split(separator: "/").map(String.init)
        let methods = app.routes.all.filter { route in
            guard route.path.count == parts.count else { return false }
            return zip(route.path, parts).allSatisfy { component, part in
                if case .constant(let c) = component { return c == part }
                return true
            }
        }.map(\.method.rawValue)
        return Array(Set(methods)).sorted()
    }

    static func response(for error: any Error, to request: Request) throws -> Response {
        let english = request.headers.first(name: .acceptLanguage)?.lowercased().hasPrefix("en") ?? false
        let (status, code, vi, en) = describe(error)
        if status == .internalServerError {
            request.logger.error("\(String(reflecting: error))")
        }
        let response = Response(status: status)
        var body = ErrorBody(error: true, code: code, reason: english ? en : vi)
        if let invalid = error as? DeclarationInvalid {
            body.fields = invalid.problems.map { FieldProblemDTO(key: $0.key, reason: $0.reason.rawValue, message: english ? $0.messageEn : $0.message) }
        }
        try response.content.encode(body)
        return response
    }

    static func describe(_ error: any Error) -> (HTTPResponseStatus, String, String, String) {
        let known: APIError
        switch error {
        case let e as APIError: known = e
        case let e as DeclarationInvalid:
            known = APIError(.formInvalid, e.problems.count,
                             LocalizedText(vi: e.problems.prefix(3).map(\.message).joined(separator: " ") + (e.problems.count > 3 ? " …" : ""),
                                           en: e.problems.prefix(3).map(\.messageEn).joined(separator: " ") + (e.problems.count > 3 ? " …" : "")))
        // A body over a route's limit, refused while it was being collected.
        case let e as any AbortError where e.status == .payloadTooLarge: known = APIError(.bodyTooLarge, "")
        case let e as any AbortError where e.status == .notFound: known = APIError(.notFound)
        case let e as any AbortError where e.status.code < 500: known = APIError(.badRequest, e.reason)
        case is DecodingError: known = APIError(.badBody)
        // Every database connection stayed taken for the whole wait: busy, not broken — the client may retry.
        case is ConnectionPoolTimeoutError: known = APIError(.databaseBusy)
        default: known = APIError(.internalError)
        }
        // Vapor's own 4xx keep their status (405, 415…).
        let status = (error as? any AbortError).map { $0.status.code < 500 && !(error is APIError) ? $0.status : known.status } ?? known.status
        return (status, known.code, known.vi, known.en)
    }
}
