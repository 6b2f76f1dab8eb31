import Foundation

/// Word → term id. Words of up to eight bytes (every Vietnamese syllable, folded) are keyed by an
/// integer made of their bytes, which hashes far faster than a String; longer words use a String key.
struct Vocabulary: Sendable {
    private var short: [UInt64: Int32] = [:]
    private var long: [String: Int32] = [:]

    private static func key(_ word: ArraySlice<UInt8>) -> UInt64? {
        guard word.count <= 8 else { return nil }
        var k: UInt64 = 0
        for b in word { k = k << 8 | UInt64(b) }
        return k
    }

    func existing(_ word: ArraySlice<UInt8>) -> Int32? {
        if let k = Self.key(word) { return short[k] }
        return long[String(decoding: word, as: UTF8.self)]
    }

    mutating func id(_ word: ArraySlice<UInt8>, create: () -> Int32) -> Int32 {
        if let k = Self.key(word) {
            if let id = short[k] { return id }
            let id = create(); short[k] = id; return id
        }
        let s = String(decoding: word, as: UTF8.self)
        if let id = long[s] { return id }
        let id = create(); long[s] = id; return id
    }
}
