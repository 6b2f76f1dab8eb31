import Foundation
import MotCuaCore
import Vapor

/// An error a user can read: its code from ``ErrorCode``, and the message in Vietnamese (the default) and English.
struct APIError: AbortError, Sendable {
    let status: HTTPResponseStatus
    /// A stable machine-readable code, e.g. `unit_not_found`.
    let code: String
    let vi: String
    let en: String
    var reason: String { vi }

    /// The catalogue's error `code` with its details filled in: a ``LocalizedName`` (a state, an action, a role) or a
    /// ``LocalizedText`` in each language's words, anything else as written.
    init(_ code: ErrorCode, _ details: Any...) {
        let entry = code.entry
        func fill(_ template: String, _ language: Language) -> String {
            var out = template
            for (i, detail) in details.enumerated() {
                let text: String
                switch detail {
                case let d as any LocalizedName: text = d.name(language)
                case let d as LocalizedText: text = language.pick(d.vi, d.en)
                default: text = "\(detail)"
                }
                out = out.replacingOccurrences(of: "{\(i)}", with: text)
            }
            return out
        }
        self.status = entry.status
        self.code = code.rawValue
        self.vi = fill(entry.vi, .vi)
        self.en = fill(entry.en, .en)
    }

    static let notReady = APIError(.notReady)
}

/// A detail of an error that the core already words in both languages (a parse problem, an abolition notice).
struct LocalizedText: Sendable {
    let vi: String
    let en: String
}

/// A value with a name in each language (dossier states, actions, roles).
protocol LocalizedName {
    func name(_ language: Language) -> String
}

extension DossierState: LocalizedName { func name(_ l: Language) -> String { l.pick(vietnamese, english) } }
extension DossierAction: LocalizedName { func name(_ l: Language) -> String { l.pick(vietnamese, englishCommand) } }
extension Role: LocalizedName { func name(_ l: Language) -> String { l.pick(vietnamese, english) } }

/// The JSON body of every error response.
struct ErrorBody: Content {
    let error: Bool
    let code: String
    let reason: String
}

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
        try response.content.encode(ErrorBody(error: true, code: code, reason: english ? en : vi))
        return response
    }

    static func describe(_ error: any Error) -> (HTTPResponseStatus, String, String, String) {
        let known: APIError
        switch error {
        case let e as APIError: known = e
        // A body over a route's limit, refused while it was being collected.
        case let e as any AbortError where e.status == .payloadTooLarge: known = APIError(.bodyTooLarge, "")
        case let e as any AbortError where e.status == .notFound: known = APIError(.notFound)
        case let e as any AbortError where e.status.code < 500: known = APIError(.badRequest, e.reason)
        case is DecodingError: known = APIError(.badBody)
        default: known = APIError(.internalError)
        }
        // Vapor's own 4xx keep their status (405, 415…).
        let status = (error as? any AbortError).map { $0.status.code < 500 && !(error is APIError) ? $0.status : known.status } ?? known.status
        return (status, known.code, known.vi, known.en)
    }
}

/// Conservative security headers on every response.
struct SecurityHeadersMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).map { response in
            response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
            response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
            response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
            response.headers.replaceOrAdd(name: "Content-Security-Policy", value: "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")
            return response
        }
    }
}

/// Logs each request with personal data (ID numbers, phone numbers in paths and queries) masked.
struct RouteLoggingMiddleware: Middleware {
    let logLevel: Logger.Level
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        request.logger.log(level: logLevel, "\(request.method) \(PersonalDataMask.mask(request.url.string))")
        return next.respond(to: request)
    }
}
