import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// A small HTTP/1.1 load generator for the benchmarks: keep-alive connections, each sending its next request as
/// soon as the previous answer is complete, with requests written as prepared bytes and answers read only as far
/// as the status line, the length and (when asked) the body. It costs the machine far less than a full HTTP
/// client, so what is measured is mostly the server.
struct LoadGenerator: Sendable {
    let host: String
    let port: Int
    /// `Host` header value.
    var authority: String { "\(host):\(port)" }

    struct Answer: Sendable {
        var status: Int
        var body: ByteBuffer
    }

    /// One prepared request.
    static func request(method: String, path: String, authority: String, json: String? = nil) -> ByteBuffer {
        var text = "\(method) \(path) HTTP/1.1\r\nHost: \(authority)\r\nUser-Agent: motcua-bench\r\n"
        if let json {
            text += "Content-Type: application/json\r\nContent-Length: \(json.utf8.count)\r\n\r\n" + json
        } else {
            text += "\r\n"
        }
        return ByteBuffer(string: text)
    }

    /// Sends `total` requests over `connections` connections; `make(i)` gives request i, `check(i, answer)` says
    /// whether it succeeded. Returns each request's latency in milliseconds and the number that failed.
    ///
    /// Each connection is driven by a channel handler on its event loop (no task per request), so the generator
    /// takes as little as it can from the cores it shares with the server it measures.
    func run(total: Int, connections: Int, make: @escaping @Sendable (Int) -> ByteBuffer,
             check: @escaping @Sendable (Int, Answer) -> Bool) async throws -> (latencies: [Double], errors: Int) {
        let plan = Plan(total: total, make: make, check: check)
        return try await withThrowingTaskGroup(of: ([Double], Int).self) { group in
            for _ in 0..<max(1, connections) {
                group.addTask {
                    let done = MultiThreadedEventLoopGroup.singleton.any().makePromise(of: ([Double], Int).self)
                    do {
                        _ = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                            .channelOption(.socketOption(.tcp_nodelay), value: 1)
                            .channelInitializer { channel in
                                channel.eventLoop.makeCompletedFuture {
                                    try channel.pipeline.syncOperations.addHandler(ConnectionHandler(plan: plan, done: done))
                                }
                            }
                            .connect(host: host, port: port).get()
                    } catch {
                        done.fail(error)
                        throw error
                    }
                    return try await done.futureResult.get()
                }
            }
            var all: [Double] = []
            all.reserveCapacity(total)
            var errors = 0
            for try await (l, e) in group { all += l; errors += e }
            return (all, errors)
        }
    }

    /// What every connection shares: the requests still to send and how to make and check them.
    final class Plan: Sendable {
        let total: Int
        let make: @Sendable (Int) -> ByteBuffer
        let check: @Sendable (Int, Answer) -> Bool
        private let next = NIOLockedValueBox(0)

        init(total: Int, make: @escaping @Sendable (Int) -> ByteBuffer, check: @escaping @Sendable (Int, Answer) -> Bool) {
            (self.total, self.make, self.check) = (total, make, check)
        }

        /// The next request's number, or nil once all have been taken.
        func take() -> Int? {
            let i = next.withLockedValue { n -> Int in n += 1; return n - 1 }
            return i < total ? i : nil
        }
    }

    /// One keep-alive connection: sends a request, reads its answer, records it, sends the next.
    final class ConnectionHandler: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer

        let plan: Plan
        let done: EventLoopPromise<([Double], Int)>
        var pending = ByteBuffer()
        var current = 0
        var started = NIODeadline.now()
        var latencies: [Double] = []
        var errors = 0
        var finished = false

        init(plan: Plan, done: EventLoopPromise<([Double], Int)>) { (self.plan, self.done) = (plan, done) }

        func channelActive(context: ChannelHandlerContext) { sendNext(context: context) }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            var bytes = unwrapInboundIn(data)
            pending.writeBuffer(&bytes)
            do {
                guard let answer = try LoadGenerator.parseAnswer(&pending) else { return }
                latencies.append(Double((NIODeadline.now() - started).nanoseconds) / 1e6)
                if !plan.check(current, answer) { errors += 1 }
                sendNext(context: context)
            } catch {
                fail(error, context: context)
            }
        }

        func channelInactive(context: ChannelHandlerContext) {
            if !finished { fail(LoadError.closed, context: context) }
        }

        func errorCaught(context: ChannelHandlerContext, error: any Error) { fail(error, context: context) }

        private func sendNext(context: ChannelHandlerContext) {
            guard let i = plan.take() else {
                finished = true
                done.succeed((latencies, errors))
                context.close(promise: nil)
                return
            }
            current = i
            started = .now()
            context.writeAndFlush(wrapOutboundOut(plan.make(i)), promise: nil)
        }

        private func fail(_ error: any Error, context: ChannelHandlerContext) {
            guard !finished else { return }
            finished = true
            done.fail(error)
            context.close(promise: nil)
        }
    }

    enum LoadError: Error, CustomStringConvertible {
        case closed, malformed
        var description: String { self == .closed ? "the server closed the connection" : "the server's answer could not be read" }
    }

    /// Takes one whole answer (status line, headers, `Content-Length` body) off the front of `buffer`; nil while it
    /// is incomplete. A plain loop over the bytes: the generic collection algorithms cost as much as the server.
    static func parseAnswer(_ buffer: inout ByteBuffer) throws -> Answer? {
        let head: (status: Int, length: Int, body: Int)? = try buffer.withUnsafeReadableBytes { raw in
            let n = raw.count
            var end = 0
            while end + 3 < n, !(raw[end] == 13 && raw[end + 1] == 10 && raw[end + 2] == 13 && raw[end + 3] == 10) { end += 1 }
            guard end + 3 < n else { return nil }
            guard end >= 12, raw.starts(with: statusPrefix) else { throw LoadError.malformed }
            var status = 0
            for i in 9..<12 {
                guard raw[i] >= 0x30, raw[i] <= 0x39 else { throw LoadError.malformed }
                status = status * 10 + Int(raw[i] - 0x30)
            }
            var length = 0
            var line = 0
            while line < end {
                // `line` is just after a line feed (or at the start): is this the length header?
                if line > 0, line + lengthName.count <= end {
                    var k = 0
                    while k < lengthName.count, raw[line + k] | 0x20 == lengthName[k] { k += 1 }
                    if k == lengthName.count {
                        length = 0
                        var d = line + k
                        while d < end, raw[d] != 13 {
                            if raw[d] >= 0x30, raw[d] <= 0x39 { length = length * 10 + Int(raw[d] - 0x30) }
                            d += 1
                        }
                    }
                }
                while line < end, raw[line] != 10 { line += 1 }
                line += 1
            }
            return (status, length, end + 4)
        }
        guard let head, buffer.readableBytes >= head.body + head.length else { return nil }
        buffer.moveReaderIndex(forwardBy: head.body)
        let body = buffer.readSlice(length: head.length) ?? ByteBuffer()
        if buffer.readableBytes == 0 { buffer.clear() }
        return Answer(status: head.status, body: body)
    }

    private static let statusPrefix: [UInt8] = Array("HTTP/1.1 ".utf8)
    /// Lower case; a header name is compared with its bytes or-ed with 0x20.
    private static let lengthName: [UInt8] = Array("content-length:".utf8)
}
