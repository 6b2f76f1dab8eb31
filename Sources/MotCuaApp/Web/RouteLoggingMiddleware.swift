import Foundation
import MotCuaCore
import Vapor

/// Logs each request with personal data (ID numbers, phone numbers in paths and queries) masked.
struct RouteLoggingMiddleware: Middleware {
    let logLevel: Logger.Level
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        request.logger.log(level: logLevel, "\(request.method) \(PersonalDataMask.mask(request.url.string))")
        return next.respond(to: request)
    }
}
