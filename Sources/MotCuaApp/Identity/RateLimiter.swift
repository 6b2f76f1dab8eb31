import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Per-caller request limits (a sliding pair of fixed windows) for sign-in, public lookup and the assistant.
/// Held in memory per instance: behind a proxy with N instances a caller gets at most N times the limit.
final class RateLimiter: Sendable {
    /// A named limit: its bucket and how many requests a caller may make per window.
    struct Limit: Sendable {
        var bucket: String
        var requests: Int
        var perSeconds: Int

        static let signIn = Limit(bucket: "sign-in", requests: 20, perSeconds: 60)
        static let register = Limit(bucket: "register", requests: 10, perSeconds: 3600)
        /// Public lookup by code and phone (also the forms and the tracking page): slows down guessing.
        static let lookup = Limit(bucket: "lookup", requests: 120, perSeconds: 60)
        /// Questions to the assistant (a person types a few a minute; a shared counter or café wifi more).
        static let assistant = Limit(bucket: "assistant", requests: 60, perSeconds: 60)
        static let anonymousSubmission = Limit(bucket: "submit", requests: 30, perSeconds: 60)
        /// Documents sent without an account (the applicant with the dossier's phone).
        static let anonymousUpload = Limit(bucket: "upload", requests: 30, perSeconds: 60)
    }

    private struct Window { var start: Int; var count: Int; var previous: Int }
    private let windows = NIOLockedValueBox<[String: Window]>([:])

    /// Counts a request; returns the seconds to wait when over the limit.
    func hit(_ key: String, limit: Limit, now: Date) -> Int? {
        let t = Int(now.timeIntervalSince1970)
        let start = t - t % limit.perSeconds
        return windows.withLockedValue { all -> Int? in
            if all.count > 100_000 { all.removeAll(keepingCapacity: true) }
            var w = all[key] ?? Window(start: start, count: 0, previous: 0)
            if w.start != start {
                w.previous = w.start == start - limit.perSeconds ? w.count : 0
                w.start = start; w.count = 0
            }
            // Weight the previous window by how much of it still overlaps the sliding window.
            let overlap = Double(limit.perSeconds - (t - start)) / Double(limit.perSeconds)
            let estimate = Double(w.previous) * overlap + Double(w.count)
            if estimate >= Double(limit.requests) {
                all[key] = w
                return max(1, limit.perSeconds - (t - start))
            }
            w.count += 1
            all[key] = w
            return nil
        }
    }
}

extension Application {
    private struct LimiterKey: StorageKey { typealias Value = RateLimiter }

    var rateLimiter: RateLimiter {
        if let l = storage[LimiterKey.self] { return l }
        let l = RateLimiter()
        storage[LimiterKey.self] = l
        return l
    }
}

extension Request {
    /// Applies the named limit to this caller (no-op when limits are switched off).
    func rateLimit(_ limit: RateLimiter.Limit) throws {
        guard application.motcuaConfig.rateLimits else { return }
        if let wait = application.rateLimiter.hit("\(limit.bucket)|\(clientKey)", limit: limit, now: now) {
            throw APIError.tooMany(wait)
        }
    }
}
