

/// All administrative units and their dated changes, answering "as of" a date.
public struct UnitDirectory: Sendable {
    /// The units as first established (the snapshot), by code.
    public let baseUnits: [String: AdministrativeUnit]
    /// Changes by unit code, in order of effect.
    public let changes: [String: [UnitChange]]
    private let provinceCodes: [String]
    private let communeCodesByProvince: [String: [String]]
    private let searchEntries: [SearchEntry]

    private struct SearchEntry: Sendable {
        let code: String
        let foldedName: String
        let foldedFullName: String
        let foldedNameEn: String
    }

    public init(units: [AdministrativeUnit], changes: [UnitChange]) {
        var base: [String: AdministrativeUnit] = [:]
        var provinces: [String] = []
        var communes: [String: [String]] = [:]
        var entries: [SearchEntry] = []
        for u in units {
            base[u.code] = u
            if u.level == .province { provinces.append(u.code) } else if let p = u.provinceCode { communes[p, default: []].append(u.code) }
        }
        var byUnit: [String: [UnitChange]] = [:]
        for c in changes { byUnit[c.unitCode, default: []].append(c) }
        for key in byUnit.keys { byUnit[key]!.sort { $0.effective < $1.effective } }
        // Names a unit has ever had are searchable.
        for u in units {
            var names = [u]
            for c in byUnit[u.code] ?? [] { var v = names[names.count - 1]; c.apply(to: &v); names.append(v) }
            for v in names {
                entries.append(SearchEntry(code: u.code, foldedName: VietnameseText.fold(v.name),
                                           foldedFullName: VietnameseText.fold(v.fullName),
                                           foldedNameEn: VietnameseText.fold(v.nameEn)))
            }
        }
        self.baseUnits = base
        self.changes = byUnit
        self.provinceCodes = provinces.sorted()
        self.communeCodesByProvince = communes.mapValues { $0.sorted() }
        self.searchEntries = entries
    }

    /// The unit as it stands on `date`, or nil if the code is unknown or the unit did not exist then.
    public func unit(_ code: String, asOf date: LocalDate) -> AdministrativeUnit? {
        guard let u = history(code, upTo: date), u.exists(on: date) else { return nil }
        return u
    }

    /// The unit with every change effective on or before `date` applied, whether or not it still exists.
    public func history(_ code: String, upTo date: LocalDate) -> AdministrativeUnit? {
        guard var u = baseUnits[code] else { return nil }
        for c in changes[code] ?? [] where c.effective <= date { c.apply(to: &u) }
        return u
    }

    public func provinces(asOf date: LocalDate) -> [AdministrativeUnit] {
        provinceCodes.compactMap { unit($0, asOf: date) }
    }

    public func communes(ofProvince code: String, asOf date: LocalDate) -> [AdministrativeUnit] {
        (communeCodesByProvince[code] ?? []).compactMap { unit($0, asOf: date) }
    }

    public var communeCount: Int { communeCodesByProvince.values.reduce(0) { $0 + $1.count } }

    /// A unit found by name, with how well it matched.
    public struct Match: Sendable {
        public let unit: AdministrativeUnit
        public let score: Double
    }

    /// Finds units by name, with or without diacritics, with the usual type abbreviations
    /// ("p. hong ha", "TP HCM", "X. Thượng Lâm") and optionally ", province" after the name.
    public func search(_ query: String, asOf date: LocalDate, limit: Int = 20) -> [Match] {
        let parts = query.split(separator: ",", maxSplits: 1).map(String.init)
        guard let first = parts.first else { return [] }
        let wanted = UnitNameQuery(first)
        guard !wanted.name.isEmpty else { return [] }
        let provinceFilter: Set<String>? = parts.count > 1 ? Set(provinceCodes(matching: parts[1], asOf: date)) : nil

        var best: [String: Double] = [:]
        let name = Array(wanted.name.utf8)
        for e in searchEntries {
            var score: Double
            // Byte comparisons: the names are folded ASCII, and String's Unicode-aware ones are far slower.
            if e.foldedName.utf8.elementsEqual(name) || e.foldedNameEn.utf8.elementsEqual(name) || e.foldedFullName.utf8.elementsEqual(name) {
                score = 100
            } else if e.foldedName.utf8.starts(with: name) {
                score = 60
            } else if ByteText(e.foldedFullName).find(name) != nil {
                score = 40
            } else {
                continue
            }
            guard let u = unit(e.code, asOf: date) else { continue }
            if let types = wanted.types {
                if types.contains(VietnameseText.fold(u.type)) { score += 20 } else { score -= 50 }
            }
            if let filter = provinceFilter, !filter.contains(u.provinceCode ?? u.code) { continue }
            if u.level == .province { score += 5 }
            // Shorter names first among equals: "Hồng Hà" before "Hồng Hà Bắc".
            score -= Double(e.foldedName.count) / 1000
            best[e.code] = max(best[e.code] ?? -Double.infinity, score)
        }
        return best.filter { $0.value > 0 }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(limit)
            .compactMap { entry in unit(entry.key, asOf: date).map { Match(unit: $0, score: entry.value) } }
    }

    private func provinceCodes(matching text: String, asOf date: LocalDate) -> [String] {
        let q = UnitNameQuery(text)
        return provinces(asOf: date).filter { p in
            let n = VietnameseText.fold(p.name)
            return n == q.name || VietnameseText.fold(p.nameEn) == q.name || n.hasPrefix(q.name)
        }.map(\.code)
    }
}
