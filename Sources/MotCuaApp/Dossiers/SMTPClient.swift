import Foundation
import MotCuaCore
import NIOCore
import NIOPosix
import NIOSSL

/// Hands one message at a time to the SMTP server: the conversation is `SMTPSession` (in the core); this is the
/// connection around it. Each call opens a connection, says QUIT and closes it; the whole exchange is bounded by `timeout`.
public final class SMTPClient: Sendable {
    public let config: SMTPConfig
    let tls: NIOSSLContext?
    let group: any EventLoopGroup

    public init(config: SMTPConfig, group: any EventLoopGroup) throws {
        self.config = config
        self.group = group
        if config.security == .none {
            tls = nil
        } else {
            var tlsConfig = TLSConfiguration.makeClientConfiguration()
            tlsConfig.minimumTLSVersion = .tlsv12
            if let caFile = config.caFile { tlsConfig.additionalTrustRoots = [.file(caFile)] }
            tls = try NIOSSLContext(configuration: tlsConfig)
        }
    }

    /// Sends the message; returns the server's acceptance or throws an `SMTPFailure` (or a connection or TLS error,
    /// which is worth retrying).
    public func send(_ message: MailMessage, timeout: TimeAmount = .seconds(60)) async throws -> SMTPReply {
        let config = self.config, tls = self.tls
        // SNI and certificate checks take a name; an address literal is checked against the certificate's IP entries.
        let serverName = config.host.contains(where: { $0 == ":" }) || config.host.allSatisfy({ $0.isNumber || $0 == "." }) ? nil : config.host
        let channel = try await ClientBootstrap(group: group)
            .connectTimeout(.seconds(15))
            .connect(host: config.host, port: config.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if config.security == .implicitTLS, let tls {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: tls, serverHostname: serverName))
                    }
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let raw = channel.channel
        let timer = raw.eventLoop.scheduleTask(in: timeout) { raw.close(promise: nil) }
        defer { timer.cancel() }
        let clientName = config.from.domain
        return try await channel.executeThenClose { inbound, outbound in
            var session = SMTPSession(security: config.security, clientName: clientName, credentials: config.credentials, message: message)
            var replies = Replies(iterator: inbound.makeAsyncIterator())
            var step = session.receive(try await replies.next(session))
            while true {
                switch step {
                case .send(let line):
                    try await outbound.write(ByteBuffer(string: line + "\r\n"))
                    step = session.receive(try await replies.next(session))
                case .sendMessage(let text):
                    try await outbound.write(ByteBuffer(string: text + ".\r\n"))
                    step = session.receive(try await replies.next(session))
                case .startTLS:
                    // Anything the server sent after its 220 would be read as if it came over TLS (RFC 3207 section 5).
                    guard !replies.reader.hasUnreadBytes, let tls else {
                        throw SMTPFailure(permanent: false, stage: "startTLS", reason: "the server sent more than its reply to STARTTLS")
                    }
                    try await raw.eventLoop.submit {
                        try raw.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: tls, serverHostname: serverName), position: .first)
                    }.get()
                    step = session.tlsStarted()
                case .delivered(let reply):
                    try? await outbound.write(ByteBuffer(string: "QUIT\r\n"))
                    return reply
                case .failed(let failure):
                    try? await outbound.write(ByteBuffer(string: "QUIT\r\n"))
                    throw failure
                }
            }
        }
    }

    /// Bytes from the connection, gathered into replies.
    struct Replies {
        var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
        var reader = SMTPReplyReader()

        mutating func next(_ session: SMTPSession) async throws -> SMTPReply {
            while true {
                do {
                    if let reply = try reader.next() { return reply }
                } catch {
                    throw SMTPFailure(permanent: false, stage: session.stageName, reason: "unreadable reply (\(error))")
                }
                guard let chunk = try await iterator.next() else {
                    throw SMTPFailure(permanent: false, stage: session.stageName, reason: "the server closed the connection")
                }
                do { try reader.append(chunk.readableBytesView) } catch {
                    throw SMTPFailure(permanent: false, stage: session.stageName, reason: "reply too long")
                }
            }
        }
    }
}
