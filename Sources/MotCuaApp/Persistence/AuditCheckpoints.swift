import Fluent
import Foundation
import MotCuaCore
import SQLKit
import Vapor

/// Signed checkpoints of the audit chain's head, appended to a file outside the database
/// (`MOTCUA_AUDIT_CHECKPOINTS`): one JSON line `{"seq", "hash", "at", "mac"}` whenever the head has moved, every
/// few seconds and at shutdown. Deleting entries from the end of the log and moving the head back shows against
/// the latest checkpoint; a forged line shows by its signature.
enum AuditCheckpoints {
    struct Point: Codable, Sendable {
        var seq: Int
        var hash: String
        var at: String
        var mac: String
    }

    /// The checkpoints read back from a file, or the reason they could not be.
    struct Loaded: Sendable {
        var source: String?
        var points: [Point] = []
        var problem: String?
    }

    static func mac(_ key: AuditChain.Key, seq: Int, hash: String, at: String) -> String {
        key.mac(["checkpoint", "\(seq)", hash, at])
    }

    /// Appends the head as a checkpoint if it has moved past `after`; returns the head's sequence number.
    @discardableResult
    static func write(_ database: any Database, key: AuditChain.Key, file: URL, after: Int, now: Date) async throws -> Int {
        let db = database.sql
        guard let head = try await db.select().columns("seq", "hash").from("audit_head").where("id", .equal, SQLBind(1)).first() else { return after }
        let seq = try head.decode(column: "seq", as: Int.self)
        guard seq > after else { return seq }
        let hash = try head.decode(column: "hash", as: String.self)
        let at = LocalDateTime(now).description
        let point = Point(seq: seq, hash: hash, at: at, mac: mac(key, seq: seq, hash: hash, at: at))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var line = try encoder.encode(point)
        line.append(0x0A)
        if !FileManager.default.fileExists(atPath: file.path) {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: file.path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: line)
        try handle.synchronize()
        return seq
    }

    /// Reads a checkpoint file, checking each line's signature (a missing file has no checkpoints).
    static func load(_ file: URL, key: AuditChain.Key?) -> Loaded {
        var loaded = Loaded(source: file.path)
        guard let data = FileManager.default.contents(atPath: file.path) else { return loaded }
        for (i, line) in data.split(separator: 0x0A).enumerated() where !line.isEmpty {
            guard let point = try? JSONDecoder().decode(Point.self, from: Data(line)) else {
                loaded.problem = "checkpoint line \(i + 1) of \(file.path) is not a checkpoint"
                return loaded
            }
            if let key, point.mac != mac(key, seq: point.seq, hash: point.hash, at: point.at) {
                loaded.problem = "checkpoint line \(i + 1) of \(file.path) is not signed with the audit key"
                return loaded
            }
            loaded.points.append(point)
        }
        return loaded
    }
}
