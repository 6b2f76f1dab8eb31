/// Reads one value from a URL query or form body (`application/x-www-form-urlencoded`) byte by byte: `+` is a
/// space and `%XX` an escaped byte. Used where a request's single value is all that is needed (a citizen's lookup
/// by code and phone), where Foundation's general decoding costs more than the rest of the request.
public enum FormQuery {
    /// The first value of `name` in `query` (without its `?`), decoded; nil when absent or not valid UTF-8 once
    /// decoded, or when an escape is malformed.
    public static func value(_ name: String, in query: String?) -> String? {
        guard var text = query else { return nil }
        return text.withUTF8 { bytes -> String? in
            let key = Array(name.utf8)
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: "&") { end += 1 }
                let pair = bytes[start..<end]
                if let equals = pair.firstIndex(of: UInt8(ascii: "=")), pair[start..<equals].elementsEqual(key) {
                    return decode(pair[(equals + 1)...])
                }
                start = end + 1
            }
            return nil
        }
    }

    /// Decodes one form-encoded component.
    public static func decode(_ encoded: some Collection<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(encoded.count)
        var i = encoded.startIndex
        while i != encoded.endIndex {
            let byte = encoded[i]
            switch byte {
            case UInt8(ascii: "+"):
                out.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                let hi = encoded.index(after: i)
                guard hi != encoded.endIndex else { return nil }
                let lo = encoded.index(after: hi)
                guard lo != encoded.endIndex, let h = hexValue(encoded[hi]), let l = hexValue(encoded[lo]) else { return nil }
                out.append(h << 4 | l)
                i = lo
            default:
                out.append(byte)
            }
            i = encoded.index(after: i)
        }
        return String(validating: out, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
