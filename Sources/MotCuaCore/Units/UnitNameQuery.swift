

/// A typed unit name split into its type abbreviation and the folded name itself.
public struct UnitNameQuery: Sendable {
    /// Folded name with any leading type word or abbreviation removed and aliases expanded.
    public let name: String
    /// The folded types the prefix allows (e.g. ["phuong"]), or nil when the query names no type.
    public let types: Set<String>?

    /// Leading words and abbreviations of unit types, longest first.
    static let typePrefixes: [(words: [String], types: Set<String>)] = [
        (["thanh", "pho"], ["thanh pho"]), (["thi", "tran"], ["thi tran"]), (["thi", "xa"], ["thi xa"]),
        (["dac", "khu"], ["dac khu"]), (["phuong"], ["phuong"]), (["xa"], ["xa"]), (["tinh"], ["tinh"]),
        (["quan"], ["quan"]), (["huyen"], ["huyen"]),
        (["tp"], ["thanh pho"]), (["tt"], ["thi tran"]), (["tx"], ["thi xa"]), (["dk"], ["dac khu"]),
        (["p"], ["phuong"]), (["x"], ["xa"]), (["t"], ["tinh"]), (["q"], ["quan"]), (["h"], ["huyen"]),
    ]

    /// Names people shorten.
    static let aliases: [String: String] = [
        "hcm": "ho chi minh", "tphcm": "ho chi minh", "sai gon": "ho chi minh", "sg": "ho chi minh",
        "hn": "ha noi", "hp": "hai phong", "dn": "da nang", "brvt": "ba ria vung tau",
    ]

    public init(_ text: String) {
        var words = VietnameseText.tokens(text).map(String.init)
        var types: Set<String>? = nil
        // "p1", "q3": a type letter glued to a ward/district number.
        if let w = words.first, w.count >= 2, let letter = w.first, "pqx".contains(letter),
           w.dropFirst().allSatisfy(\.isNumber) {
            words = [String(letter), String(w.dropFirst())] + words.dropFirst()
        }
        if words.first == "tphcm" { words = ["tp", "hcm"] + words.dropFirst() }
        for (prefix, t) in Self.typePrefixes where words.count > prefix.count && words[0] == prefix[0]
            && (prefix.count == 1 || words[1] == prefix[1]) {
            words.removeFirst(prefix.count)
            types = t
            break
        }
        var name = words.joined(separator: " ")
        if let alias = Self.aliases[name] { name = alias }
        self.name = name
        self.types = types
    }
}
