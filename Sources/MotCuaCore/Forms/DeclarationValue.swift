import Foundation

/// What a person entered in a declaration: a text (dates, choices and numbers are texts too), a group of named values
/// (a person: the mother, the father), or a repeated group (the heirs, the members of a household).
public indirect enum DeclarationValue: Codable, Sendable, Equatable {
    case text(String)
    case group([String: DeclarationValue])
    case list([[String: DeclarationValue]])

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let s = try? c.decode(String.self) { self = .text(s); return }
        if let n = try? c.decode(Int.self) { self = .text(String(n)); return }
        if let b = try? c.decode(Bool.self) { self = .text(b ? "yes" : "no"); return }
        if let g = try? c.decode([String: DeclarationValue].self) { self = .group(g); return }
        if let l = try? c.decode([[String: DeclarationValue]].self) { self = .list(l); return }
        throw DecodingError.dataCorruptedError(in: c, debugDescription: "a declaration value is a text, an object or a list of objects")
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .text(let s): try c.encode(s)
        case .group(let g): try c.encode(g)
        case .list(let l): try c.encode(l)
        }
    }

    /// The text, trimmed; nil for a blank text or a group.
    public var text: String? {
        guard case .text(let s) = self else { return nil }
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }
}
