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
    func run(total: Int, connections: Int, make: @escaping @Sendable (Int) -> ByteBuffer,
             check: @escaping @Sendable (Int, Answer) -> Bool) async throws -> (latencies: [Double], errors: Int) {
        let next = NIOLockedValueBox(0)
        return try await withThrowingTaskGroup(of: ([Double], Int).self) { group in
            for _ in 0..<max(1, connections) {
                group.addTask {
                    let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                        .channelOption(.socketOption(.tcp_nodelay), value: 1)
                        .connect(host: host, port: port) { channel in
                            channel.eventLoop.makeCompletedFuture {
                                try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                            }
                        }
                    return try await channel.executeThenClose { inbound, outbound in
                        var latencies: [Double] = []
                        var errors = 0
                        var reader = inbound.makeAsyncIterator()
                        var pending = ByteBuffer()
                        while true {
                            let i = next.withLockedValue { n -> Int in n += 1; return n - 1 }
                            if i >= total { break }
                            let start = ContinuousClock.now
                            try await outbound.write(make(i))
                            guard let answer = try await Self.readAnswer(&reader, &pending) else { throw LoadError.closed }
                            let d = ContinuousClock.now - start
                            latencies.append(Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15)
                            if !check(i, answer) { errors += 1 }
                        }
                        return (latencies, errors)
                    }
                }
            }
            var all: [Double] = []
            var errors = 0
            for try await (l, e) in group { all += l; errors += e }
            return (all, errors)
        }
    }

    enum LoadError: Error, CustomStringConvertible {
        case closed, malformed
        var description: String { self == .closed ? "the server closed the connection" : "the server's answer could not be read" }
    }

    /// Reads one answer (status line, headers, `Content-Length` body) from the stream, keeping any bytes beyond it.
    static func readAnswer(_ reader: inout NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator, _ pending: inout ByteBuffer) async throws -> Answer? {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        while true {
            let view = pending.readableBytesView
            if let end = view.firstRange(of: separator) {
                let headLength = end.upperBound - view.startIndex
                let head = String(decoding: view[view.startIndex..<end.lowerBound], as: UTF8.self)
                guard head.hasPrefix("HTTP/1.1 "), head.utf8.count >= 12, let status = Int(head.dropFirst(9).prefix(3)) else { throw LoadError.malformed }
                var length = 0
                for line in head.split(separator: "\r\n").dropFirst() {
                    if line.lowercased().hasPrefix("content-length:") {
                        length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) ?? 0
                    }
                }
                while pending.readableBytes < headLength + length {
                    guard var more = try await reader.next() else { return nil }
                    pending.writeBuffer(&more)
                }
                pending.moveReaderIndex(forwardBy: headLength)
                let body = pending.readSlice(length: length) ?? ByteBuffer()
                pending.discardReadBytes()
                return Answer(status: status, body: body)
            }
            guard var more = try await reader.next() else { return nil }
            pending.writeBuffer(&more)
        }
    }
}
