

/// Converts addresses written with the old (pre-1 July 2025) units, as on older ID cards, to the new units,
/// from the official conversion table of the National Statistics Office.
public struct AddressConverter: Sendable {
    public let rows: [OldCommune]
    private let byCode: [String: Int]
    private let byName: [String: [Int]]
    private let folded: [(district: String, province: String)]

    public init(rows: [OldCommune]) {
        self.rows = rows
        var byCode: [String: Int] = [:]
        var byName: [String: [Int]] = [:]
        var folded: [(String, String)] = []
        // District and province names repeat thousands of times: fold each once.
        var memo: [String: String] = [:]
        func name(_ text: String) -> String {
            if let n = memo[text] { return n }
            let n = UnitNameQuery(text).name
            memo[text] = n
            return n
        }
        for (i, r) in rows.enumerated() {
            byCode[r.oldCode] = i
            byName[UnitNameQuery(r.oldName).name, default: []].append(i)
            folded.append((name(r.oldDistrictName), name(r.oldProvinceName)))
        }
        self.byCode = byCode
        self.byName = byName
        self.folded = folded
    }

    public func convert(oldCommuneCode code: String) -> OldCommune? {
        byCode[code].map { rows[$0] }
    }

    /// Every old commune whose name matches, narrowed by district and province when given.
    /// More than one result means the name is ambiguous; each result says whether it was split.
    public func convert(commune: String, district: String? = nil, province: String? = nil) -> [OldCommune] {
        let q = UnitNameQuery(commune)
        guard !q.name.isEmpty else { return [] }
        var hits = byName[q.name] ?? []
        // "Phường 1" typed as "1" matches; so does the bare name when the type word was left out.
        if let types = q.types {
            let typed = hits.filter { types.contains(Self.typeOf(rows[$0].oldName)) }
            if !typed.isEmpty { hits = typed }
        }
        if let district, !district.trimmingCharacters(in: .whitespaces).isEmpty {
            let d = UnitNameQuery(district).name
            hits = hits.filter { folded[$0].district == d }
        }
        if let province, !province.trimmingCharacters(in: .whitespaces).isEmpty {
            let p = UnitNameQuery(province).name
            hits = hits.filter { folded[$0].province == p }
        }
        return hits.map { rows[$0] }
    }

    private static func typeOf(_ oldName: String) -> String {
        let f = VietnameseText.fold(oldName)
        for t in ["thi tran", "phuong", "xa"] where f.hasPrefix(t + " ") { return t }
        return ""
    }
}
