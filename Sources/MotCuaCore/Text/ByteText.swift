/// UTF-8 bytes of a text with plain substring search. Foundation's string search on Linux is slow on the
/// catalogue's long flattened fields; the importer searches bytes instead.
struct ByteText {
    let bytes: [UInt8]

    init(_ text: some StringProtocol) { bytes = Array(text.utf8) }

    var count: Int { bytes.count }

    /// The offset of the first occurrence of `needle` at or after `start`.
    func find(_ needle: [UInt8], from start: Int = 0) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var i = start
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first {
                var j = 1
                while j < needle.count && bytes[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    func find(_ needle: String, from start: Int = 0) -> Int? { find(Array(needle.utf8), from: start) }

    func hasPrefix(_ prefix: String, at offset: Int) -> Bool {
        let p = Array(prefix.utf8)
        guard offset + p.count <= bytes.count else { return false }
        return bytes[offset..<(offset + p.count)].elementsEqual(p)
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
    }

    func isDigit(_ i: Int) -> Bool { i >= 0 && i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
}

extension StringProtocol {
    /// Trims white space (including non-breaking spaces) from both ends, scalar by scalar.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(self[first...last])
    }
}
