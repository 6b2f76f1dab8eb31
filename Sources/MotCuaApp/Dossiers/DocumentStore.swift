import Crypto
import Foundation
import MotCuaCore
import Vapor

/// Uploaded documents: checked by content (PDF, JPEG, PNG only), size-limited, stored by SHA-256 outside any served
/// folder. A document sent on its own is streamed to disk as it arrives (never held whole in memory); documents
/// inside a JSON submission arrive base64-encoded and are decoded in memory, within the submission's size limit.
struct DocumentStore {
    let directory: URL

    enum Kind: String {
        case pdf, jpeg, png
        var mediaType: String {
            switch self {
            case .pdf: return "application/pdf"
            case .jpeg: return "image/jpeg"
            case .png: return "image/png"
            }
        }
    }

    /// A checked document, in memory or in a staging file beside the store.
    struct Checked: Sendable {
        enum Content: Sendable {
            case memory(Data)
            case staged(URL)
        }
        var content: Content
        var size: Int
        var kind: Kind
        var sha256: String
        var fileName: String
        var docType: String
        var original: Bool
        var slot: String? = nil
    }

    /// At most this many documents per dossier, and this many bytes in all (sent alone or with the submission).
    static let maxDocumentsPerDossier = 40
    static let maxBytesPerDossier = 200 * 1024 * 1024

    /// The kind, from the first bytes (never from the name or the declared type).
    static func sniff<C: Collection>(_ bytes: C) -> Kind? where C.Element == UInt8 {
        let b = [UInt8](bytes.prefix(8))
        if b.starts(with: [0x25, 0x50, 0x44, 0x46, 0x2D]) { return .pdf }             // %PDF-
        if b.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if b.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        return nil
    }

    /// A display name with any path, control characters and markup removed.
    static func safeName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = last.unicodeScalars.filter { $0.value >= 32 && !"<>:\"|?*\u{7f}".unicodeScalars.contains($0) }
        var s = String(String.UnicodeScalarView(cleaned)).trimmingCharacters(in: .whitespaces)
        while s.hasPrefix(".") { s.removeFirst() }
        return s.isEmpty ? "tai-lieu" : String(s.prefix(150))
    }

    static func tooLarge(_ maxBytes: Int) -> APIError {
        APIError(.fileTooLarge, maxBytes / 1024 / 1024)
    }

    /// How much of a refused document is read and dropped (so that its sender gets the answer) before reading stops.
    static let drainAtMost = 64 * 1024 * 1024

    static let empty = APIError(.emptyFile)

    /// What a document is called when its sender did not say.
    static let untyped = "Giấy tờ khác"

    /// Checks what was received (its size, its first bytes and its digest) and the names given with it.
    static func check(content: Checked.Content, size: Int, head: [UInt8], sha256: String, fileName: String, docType: String?,
                      original: Bool?, maxBytes: Int) throws -> Checked {
        guard size > 0 else { throw empty }
        guard size <= maxBytes else { throw tooLarge(maxBytes) }
        guard let kind = sniff(head) else {
            throw APIError(.fileType)
        }
        let type = (docType ?? untyped).trimmingCharacters(in: .whitespacesAndNewlines)
        guard type.count <= 200, !TextRules.hasControlCharacters(type) else {
            throw APIError(.badDocType)
        }
        return Checked(content: content, size: size, kind: kind, sha256: sha256, fileName: safeName(fileName),
                       docType: type.isEmpty ? untyped : type, original: original ?? false)
    }

    static func check(_ data: Data, fileName: String, docType: String?, original: Bool?, maxBytes: Int) throws -> Checked {
        try check(content: .memory(data), size: data.count, head: [UInt8](data.prefix(8)), sha256: SHA256.hash(data: data).hex,
                  fileName: fileName, docType: docType, original: original, maxBytes: maxBytes)
    }

    static func decode(_ d: DocumentInput, maxBytes: Int) throws -> Checked {
        guard d.contentBase64.utf8.count <= maxBytes / 3 * 4 + 8 else { throw tooLarge(maxBytes) }
        guard let data = Data(base64Encoded: d.contentBase64, options: .ignoreUnknownCharacters) else {
            throw APIError(.badBase64)
        }
        var checked = try check(data, fileName: d.fileName, docType: d.docType, original: d.original, maxBytes: maxBytes)
        checked.slot = d.slot
        return checked
    }

    /// Streams a body (a request's, chunk by chunk) into a staging file, hashing it as it comes and stopping at
    /// `maxBytes` (413).
    func stage<Body: AsyncSequence>(_ body: Body, maxBytes: Int, fileName: String, docType: String?, original: Bool?) async throws -> Checked where Body.Element == ByteBuffer {
        let staging = directory.appendingPathComponent("staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        let temp = staging.appendingPathComponent("\(UUID().uuidString).part")
        guard FileManager.default.createFile(atPath: temp.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw Abort(.internalServerError, reason: "cannot create a staging file")
        }
        do {
            let handle = try FileHandle(forWritingTo: temp)
            defer { try? handle.close() }
            var hasher = SHA256()
            var size = 0
            var head: [UInt8] = []
            for try await chunk in body {
                size += chunk.readableBytes
                if size > maxBytes {
                    // Read and drop the rest (the sender then reads the refusal), up to a bound.
                    if size > maxBytes + Self.drainAtMost { break }
                    continue
                }
                chunk.withUnsafeReadableBytes { raw in
                    hasher.update(bufferPointer: raw)
                    if head.count < 8 { head += raw.prefix(8 - head.count) }
                }
                try handle.write(contentsOf: chunk.readableBytesView)
            }
            if size > maxBytes { throw Self.tooLarge(maxBytes) }
            return try Self.check(content: .staged(temp), size: size, head: head, sha256: hasher.finalize().hex, fileName: fileName,
                                  docType: docType, original: original, maxBytes: maxBytes)
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw error
        }
    }

    /// Removes a staging file that will not be kept (a refused upload).
    func discard(_ c: Checked) {
        if case .staged(let url) = c.content { try? FileManager.default.removeItem(at: url) }
    }

    func path(sha256: String) -> URL {
        directory.appendingPathComponent(String(sha256.prefix(2))).appendingPathComponent(sha256)
    }

    func write(_ c: Checked) throws {
        let target = path(sha256: c.sha256)
        if FileManager.default.fileExists(atPath: target.path) { discard(c); return }
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temp: URL
        switch c.content {
        case .memory(let data):
            temp = target.deletingLastPathComponent().appendingPathComponent(".\(UUID().uuidString).part")
            try data.write(to: temp)
        case .staged(let url):
            temp = url
        }
        // Stored by content: two uploads of the same file at once (the same blank form, sent by two citizens) write the same
        // bytes under the same name, so whichever lands last replaces an identical file — rename(2) does it atomically.
        if rename(temp.path, target.path) != 0 {
            let failure = errno
            try? FileManager.default.removeItem(at: temp)
            guard FileManager.default.fileExists(atPath: target.path) else {
                throw Abort(.internalServerError, reason: "cannot store a document (errno \(failure))")
            }
        }
    }

    func read(sha256: String) throws -> Data {
        guard sha256.utf8.count == 64, sha256.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }) else {
            throw APIError(.documentNotFound)
        }
        return try Data(contentsOf: path(sha256: sha256))
    }
}
