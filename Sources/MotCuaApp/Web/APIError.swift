import Foundation
import MotCuaCore
import Vapor

/// An error a user can read: a Vietnamese message (the default) and an English one.
struct APIError: AbortError, Sendable {
    let status: HTTPResponseStatus
    /// A stable machine-readable code, e.g. `unit_not_found`.
    let code: String
    let vi: String
    let en: String
    var reason: String { vi }

    static func notFound(_ code: String, vi: String, en: String) -> APIError {
        APIError(status: .notFound, code: code, vi: vi, en: en)
    }

    static func badRequest(_ code: String, vi: String, en: String) -> APIError {
        APIError(status: .badRequest, code: code, vi: vi, en: en)
    }

    static let notReady = APIError(status: .serviceUnavailable, code: "not_ready",
                                   vi: "Hệ thống đang nạp dữ liệu, vui lòng thử lại sau giây lát.",
                                   en: "Reference data is loading; please retry in a moment.")
}

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
            if ErrorPage.wanted(by: request) {
                return request.eventLoop.makeFutureWithTask { await ErrorPage.response(for: error, to: request) }
            }
            return request.eventLoop.makeCompletedFuture { try Self.response(for: error, to: request) }
        }
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
        switch error {
        case let e as APIError:
            return (e.status, e.code, e.vi, e.en)
        case let e as any AbortError where e.status == .payloadTooLarge:
            // A body over a route's limit, refused while it was being collected.
            return (e.status, "body_too_large", "Dữ liệu gửi lên lớn hơn giới hạn của yêu cầu này.", "The request body is larger than this request's limit.")
        case let e as any AbortError where e.status == .notFound:
            return (.notFound, "not_found", "Không tìm thấy địa chỉ yêu cầu.", "Not found.")
        case let e as any AbortError where e.status.code < 500:
            return (e.status, "bad_request", "Yêu cầu không hợp lệ: \(e.reason)", "Invalid request: \(e.reason)")
        case is DecodingError:
            return (.badRequest, "bad_request", "Dữ liệu gửi lên không đúng định dạng.", "The request body is not in the expected format.")
        default:
            return (.internalServerError, "internal", "Đã có lỗi hệ thống; vui lòng thử lại sau.", "Something went wrong; please try again later.")
        }
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
