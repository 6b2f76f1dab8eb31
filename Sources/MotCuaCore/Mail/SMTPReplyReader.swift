import Foundation

/// Gathers the bytes read from the server into replies; a multi-line reply (`250-…`, …, `250 …`) is one reply.
public struct SMTPReplyReader: Sendable {
    public enum Problem: Error, Equatable { case malformed(String), tooLong }

    private var buffer: [UInt8] = []
    private var pending: [String] = []
    private var pendingCode: Int?
    /// Replies longer than this are refused (a server that never ends a line cannot fill our memory).
    public static let maxBytes = 64 * 1024

    public init() {}

    /// Bytes read but not yet part of a whole reply.
    public var hasUnreadBytes: Bool { !buffer.isEmpty || pendingCode != nil }

    public mutating func append(_ bytes: some Sequence<UInt8>) throws(Problem) {
        buffer.append(contentsOf: bytes)
        if buffer.count > SMTPReplyReader.maxBytes { throw .tooLong }
    }

    /// The next whole reply, or nil until more bytes arrive.
    public mutating func next() throws(Problem) -> SMTPReply? {
        while let newline = buffer.firstIndex(of: 10) {
            var line = Array(buffer[..<newline])
            buffer.removeSubrange(...newline)
            if line.last == 13 { line.removeLast() }
            guard line.count >= 3, let code = Int(String(decoding: line[..<3], as: UTF8.self)), (200...599).contains(code),
                  line.count == 3 || line[3] == 32 || line[3] == 45 else {
                throw .malformed(String(decoding: line.prefix(80), as: UTF8.self))
            }
            if let pendingCode, pendingCode != code { throw .malformed("reply code changed inside a reply") }
            pendingCode = code
            pending.append(line.count > 4 ? String(decoding: line[4...], as: UTF8.self) : "")
            if line.count == 3 || line[3] == 32 {
                defer { pending = []; pendingCode = nil }
                return SMTPReply(code: code, lines: pending)
            }
        }
        return nil
    }
}
