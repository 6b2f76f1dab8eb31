import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Request bodies within limits set per route and per caller, read without starving other requests: a small JSON
/// body is read and decoded where it arrives; a large one waits for one of a few places, is decoded on the thread
/// pool (never on an event loop, where `/healthz` and every other request are answered), and a caller that finds
/// every place and the queue taken is told to come back (503). Memory is thus bounded by the places, not by how
/// many large bodies arrive at once.
final class LargeBodyGate: Sendable {
    /// Bodies above this size count as large.
    static let smallBytes = 256 * 1024
    let places: Int
    let queue: Int
    private let state = NIOLockedValueBox<(inUse: Int, waiters: [CheckedContinuation<Void, Never>])>((0, []))

    init(places: Int = 1, queue: Int = 6) {
        self.places = places; self.queue = queue
    }

    static let busy = APIError(status: .serviceUnavailable, code: "busy",
                               vi: "Hệ thống đang nhận nhiều hồ sơ lớn; vui lòng gửi lại sau ít phút.",
                               en: "Many large submissions are arriving; please send again in a few minutes.")

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
        APIError(status: .payloadTooLarge, code: "body_too_large",
                 vi: "Dữ liệu gửi lên lớn hơn giới hạn \(limit / 1024 / 1024) MB của yêu cầu này.",
                 en: "The request body is larger than this request's limit of \(limit / 1024 / 1024) MB.")
    }

    /// Reads a JSON body (collected by the route, or streamed), refusing more than `limit` bytes (413) — a declared
    /// length over the limit is refused before a byte is read.
    func decodeJSON<T: Decodable & Sendable>(_ type: T.Type, limit: Int) async throws -> T {
        let declared = headers.first(name: .contentLength).flatMap(Int.init)
        if let declared, declared > limit { throw Self.bodyTooLarge(limit) }
        guard headers.contentType == nil || headers.contentType?.subType.hasSuffix("json") == true else {
            throw APIError(status: .unsupportedMediaType, code: "json_expected", vi: "Dữ liệu gửi lên phải là JSON.", en: "The body must be JSON.")
        }
        if let data = body.data, data.readableBytes <= LargeBodyGate.smallBytes {
            return try ContentConfiguration.global.requireDecoder(for: .json).decode(type, from: data, headers: headers)
        }
        if let declared, declared <= LargeBodyGate.smallBytes {
            return try ContentConfiguration.global.requireDecoder(for: .json).decode(type, from: try await collect(limit: limit), headers: headers)
        }
        let gate = application.largeBodyGate
        guard await gate.enter() else { throw LargeBodyGate.busy }
        defer { gate.leave() }
        let buffer = try await collect(limit: limit)
        let decoder = ContentConfiguration.global
        let headers = self.headers
        return try await application.threadPool.runIfActive {
            try decoder.requireDecoder(for: .json).decode(type, from: buffer, headers: headers)
        }
    }

    private func collect(limit: Int) async throws -> ByteBuffer {
        var total = ByteBuffer()
        if let data = body.data {
            guard data.readableBytes <= limit else { throw Self.bodyTooLarge(limit) }
            return data
        }
        var overflow = 0
        for try await var chunk in body {
            if overflow > 0 || total.readableBytes + chunk.readableBytes > limit {
                // Past the limit: the rest is read and dropped, so that the sender finishes and reads the refusal
                // (a body read no further would hold the connection); a sender that goes on far past it is cut off.
                overflow += chunk.readableBytes
                if overflow > Self.drainAtMost { break }
                continue
            }
            total.writeBuffer(&chunk)
        }
        if overflow > 0 { throw Self.bodyTooLarge(limit) }
        return total
    }

    /// How much of a refused body is read and dropped before the server stops reading it.
    static let drainAtMost = 64 * 1024 * 1024
}
