import Foundation

/// Text normalisation for Vietnamese: Unicode composition, diacritic folding, tokens.
///
/// Search, unit names and address conversion all compare *folded* text, so that
/// "Đăng ký khai sinh", "dang ky khai sinh" and "ĐĂNG KÝ KHAI SINH" are the same words.
public enum VietnameseText {
    /// Lower-cases, removes every diacritic (including the stroke of `đ`), and turns every
    /// run of characters that are not letters or digits into one space.
    public static func fold(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            var ascii: UInt8 = 0
            if v < 0x80 {
                switch v {
                case 0x30...0x39, 0x61...0x7A: ascii = UInt8(v)
                case 0x41...0x5A: ascii = UInt8(v + 0x20)
                default: break
                }
            } else if v >= 0x00C0 && v <= 0x024F {
                ascii = latinExtendedBase[Int(v - 0x00C0)]
            } else if v >= 0x1E00 && v <= 0x1EFF {
                ascii = latinAdditionalBase[Int(v - 0x1E00)]
            } else if v >= 0x0300 && v <= 0x036F {
                continue // a combining mark vanishes without separating words
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                continue
            }
            if ascii == 0 {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(ascii)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The words of a text in lower case with their diacritics (composed), split where `fold` splits.
    public static func lowerWords(_ text: String) -> [String] {
        composed(text).lowercased().unicodeScalars
            .split(whereSeparator: { s in !(s.properties.isAlphabetic || s.properties.numericType != nil || (0x0300...0x036F).contains(s.value)) })
            .map { String(String.UnicodeScalarView($0)) }
    }

    /// A written word's letters and tone, wherever the tone mark was put ("hoà" and "hòa", "thuỷ" and "thủy" are one
    /// key): the word (in lower case) with its tone taken off its letter and written after it.
    public static func toneKey(_ word: Substring) -> String {
        var letters = String.UnicodeScalarView(), tone = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            if toneMarks.contains(scalar.value) {
                tone.append(scalar)
            } else if let split = toned[scalar.value] {
                letters.append(split.letter)
                tone.append(split.tone)
            } else {
                letters.append(scalar)
            }
        }
        return String(letters) + String(tone)
    }

    /// Each word of a text, folded and as its ``toneKey(_:)`` in lower case, in one pass over the text's scalars (no
    /// word is lower-cased or decomposed as a string): what the assistant reads a title against a question typed with marks.
    public static func forEachWordAndTone(_ text: String, _ body: (String, String) -> Void) {
        var folded: [UInt8] = [], letters = String.UnicodeScalarView(), tone = String.UnicodeScalarView()
        func flush() {
            if !folded.isEmpty { body(String(decoding: folded, as: UTF8.self), String(letters) + String(tone)) }
            folded.removeAll(keepingCapacity: true); letters = String.UnicodeScalarView(); tone = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x30...0x39, 0x61...0x7A:
                folded.append(UInt8(v)); letters.append(scalar)
            case 0x41...0x5A:
                folded.append(UInt8(v + 0x20)); letters.append(Unicode.Scalar(UInt8(v + 0x20)))
            case 0x0300...0x036F:
                if toneMarks.contains(v) { tone.append(scalar) } else { letters.append(scalar) }
            case 0x00C0...0x024F, 0x1E00...0x1EFF:
                let base = v <= 0x024F ? latinExtendedBase[Int(v - 0x00C0)] : latinAdditionalBase[Int(v - 0x1E00)]
                guard base != 0 else { flush(); continue }
                folded.append(base)
                let lower = scalar.properties.isUppercase ? (scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar) : scalar
                if let split = toned[lower.value] { letters.append(split.letter); tone.append(split.tone) } else { letters.append(lower) }
            default:
                flush()
            }
        }
        flush()
    }

    /// The five tone marks (combining grave, acute, tilde, hook above, dot below).
    static let toneMarks: Set<UInt32> = [0x300, 0x301, 0x303, 0x309, 0x323]

    /// Each precomposed letter that carries a tone, split into the letter without it and the tone mark ("ấ": "â" and the
    /// acute): worked out once from the letters' canonical decompositions.
    static let toned: [UInt32: (letter: Unicode.Scalar, tone: Unicode.Scalar)] = {
        var table: [UInt32: (letter: Unicode.Scalar, tone: Unicode.Scalar)] = [:]
        for value in Array(UInt32(0x00C0)...0x01B0) + Array(UInt32(0x1EA0)...0x1EF9) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let parts = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
            guard let tone = parts.first(where: { toneMarks.contains($0.value) }) else { continue }
            let rest = String(String.UnicodeScalarView(parts.filter { !toneMarks.contains($0.value) })).precomposedStringWithCanonicalMapping
            guard rest.unicodeScalars.count == 1, let letter = rest.unicodeScalars.first else { continue }
            table[value] = (letter, tone)
        }
        return table
    }()

    /// Whether the text carries any Vietnamese diacritic (then the writer's marks can be trusted).
    public static func hasDiacritics(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            (0x00C0...0x024F).contains(s.value) || (0x1E00...0x1EFF).contains(s.value) || (0x0300...0x036F).contains(s.value)
        }
    }

    /// The folded words of a text.
    public static func tokens(_ text: String) -> [Substring] {
        words(fold(text))
    }

    /// Splits an already folded text at its spaces (by bytes: much faster than splitting Characters).
    public static func words(_ folded: String) -> [Substring] {
        folded.utf8.split(separator: 0x20).map { Substring($0) }
    }

    /// Base ASCII letter (lower case) of each scalar in U+00C0–U+024F, or 0.
    static let latinExtendedBase: [UInt8] = baseTable(0x00C0...0x024F)
    /// Base ASCII letter (lower case) of each scalar in U+1E00–U+1EFF (most Vietnamese vowels with tone marks), or 0.
    static let latinAdditionalBase: [UInt8] = baseTable(0x1E00...0x1EFF)

    private static func baseTable(_ range: ClosedRange<UInt32>) -> [UInt8] {
        range.map { v -> UInt8 in
            if v == 0x0110 || v == 0x0111 { return UInt8(ascii: "d") } // Đ đ
            guard let scalar = Unicode.Scalar(v),
                  let first = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first,
                  first.isASCII, first.properties.isAlphabetic else { return 0 }
            let lower = first.value >= 0x41 && first.value <= 0x5A ? first.value + 0x20 : first.value
            return UInt8(lower)
        }
    }

    /// Whether the text holds combining marks, i.e. is not already composed.
    public static func hasCombiningMarks(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            // U+0300–U+036F are encoded CC 80 … CD AF.
            if (previous == 0xCC && byte >= 0x80 && byte <= 0xBF) || (previous == 0xCD && byte >= 0x80 && byte <= 0xAF) {
                return true
            }
            previous = byte
        }
        return false
    }

    /// Canonical composition (NFC): the crawl mixes precomposed and combining forms.
    public static func composed(_ text: String) -> String {
        guard hasCombiningMarks(text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x0300 && scalar.value <= 0x036F, let last = out.last,
               let combined = composition[Pair(base: last.value, mark: scalar.value)],
               let c = Unicode.Scalar(combined) {
                out.removeLast()
                out.append(c)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private struct Pair: Hashable { let base: UInt32; let mark: UInt32 }

    /// (letter, combining mark) → precomposed letter, for the Latin letters Vietnamese uses.
    /// Built once from Foundation's canonical decomposition of each precomposed letter; composing
    /// mark by mark this way handles the two-mark vowels (ệ = e + ◌̂ + ◌̣) too.
    private static let composition: [Pair: UInt32] = {
        var table: [Pair: UInt32] = [:]
        for v in Array(0x00C0...0x024F) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(UInt32(v)) else { continue }
            let parts = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
            guard parts.count >= 2 else { continue }
            // Any one mark may come last: ê + ◌̣ and ẹ + ◌̂ both give ệ.
            for i in 1..<parts.count {
                var rest = parts
                let mark = rest.remove(at: i)
                let prefix = String(String.UnicodeScalarView(rest)).precomposedStringWithCanonicalMapping.unicodeScalars
                guard prefix.count == 1, let base = prefix.first else { continue }
                table[Pair(base: base.value, mark: mark.value)] = UInt32(v)
            }
        }
        return table
    }()

    /// Collapses runs of white space into single spaces and trims the ends.
    public static func squeezed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
