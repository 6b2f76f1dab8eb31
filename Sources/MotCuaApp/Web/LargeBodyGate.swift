import Foundation
import NIOConcurrencyHelpers
import Vapor

/// JSON bodies decoded without starving other requests: a small one is decoded where it arrives; a large one waits
/// for a place (one by default, so a core stays free for the event loops), is decoded on the thread pool (never on an
/// event loop, where `/healthz` and every other request are answered), and a caller that finds the place and the
/// queue taken is told to come back (503).
final class LargeBodyGate: Sendable {
    /// Bodies above this size count as large.
    static let smallBytes = 256 * 1024
    let places: Int
    let queue: Int
    private let state = NIOLockedValueBox<(inUse: Int, waiters: [CheckedContinuation<Void, Never>])>((0, []))

    init(places: Int = 1, queue: Int = 6) {
        self.places = places; self.queue = queue
    }

    static let busy = APIError(.busy)

    /// Takes a place, waiting in the queue if need be; false when the queue is full too.
    func enter() async -> Bool {
        var admitted = true
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let now = state.withLockedValue { s -> Bool in
                if s.inUse < places { s.inUse += 1; return true }
                if s.waiters.count >= queue { admitted = false; return true }
                s.waiters.append(c)
                return false
            }
            if now { c.resume() }
        }
        return admitted
    }

    func leave() {
        let next = state.withLockedValue { s -> CheckedContinuation<Void, Never>? in
            if s.waiters.isEmpty { s.inUse -= 1; return nil }
            return s.waiters.removeFirst()   // the place passes to the next in line
        }
        next?.resume()
    }
}

extension Application {
    private struct LargeBodyGateKey: StorageKey { typealias Value = LargeBodyGate }

    var largeBodyGate: LargeBodyGate {
        get { storage[LargeBodyGateKey.self]! }
        set { storage[LargeBodyGateKey.self] = newValue }
    }
}

extension Request {
    static func bodyTooLarge(_ limit: Int) -> APIError {
        APIError(.bodyTooLarge, " (\(limit / 1024 / 1024) MB)")
    }

    /// Decodes a JSON body the route has collected (a declared length over the route's limit is refused before it
    /// is read), refusing more than `limit` bytes (413): a small one where it is, a large one on the thread pool
    /// once it has a place at the gate.
    func decodeJSON<T: Decodable & Sendable>(_ type: T.Type, limit: Int) async throws -> T {
        guard headers.contentType == nil || headers.contentType?.subType.hasSuffix("json") == true else {
            throw APIError(.jsonExpected)
        }
        let buffer = body.data ?? ByteBuffer()
        guard buffer.readableBytes <= limit else { throw Self.bodyTooLarge(limit) }
        let decoder = try ContentConfiguration.global.requireDecoder(for: .json)
        if buffer.readableBytes <= LargeBodyGate.smallBytes {
            return try decoder.decode(type, from: buffer, headers: headers)
        }
        let gate = application.largeBodyGate
        guard await gate.enter() else { throw LargeBodyGate.busy }
        defer { gate.leave() }
        let headers = self.headers
        return try await application.threadPool.runIfActive { try decoder.decode(type, from: buffer, headers: headers) }
    }
}
