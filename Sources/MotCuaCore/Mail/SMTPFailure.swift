import Foundation

/// Why a message was not handed over; `permanent` failures (a 5xx reply, an address the server cannot take) are not retried.
public struct SMTPFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var permanent: Bool
    public var stage: String
    public var reason: String
    public init(permanent: Bool, stage: String, reason: String) { self.permanent = permanent; self.stage = stage; self.reason = reason }
    public var description: String { "SMTP \(stage): \(reason)" }
}
