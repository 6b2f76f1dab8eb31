

/// Catalogue search: which fields count and how much, over summaries held in memory.
public struct ProcedureSearch: Sendable {
    public let procedures: [ProcedureSummary]
    public let index: SearchIndex
    private let positions: [String: Int]
    private let levelMasks: [UInt8]
    private let foldedFields: [String]
    /// Which field a question's words belong to, learned from the procedures' text.
    public let fields: FieldModel

    /// `entries`: each procedure's summary with its index text as made by ``indexText(_:)``.
    public init(entries: [(summary: ProcedureSummary, indexText: String)]) {
        let sorted = entries.sorted { $0.summary.code < $1.summary.code }
        self.procedures = sorted.map(\.summary)
        var positions: [String: Int] = [:]
        for (i, p) in procedures.enumerated() { positions[p.code] = i }
        self.positions = positions
        self.levelMasks = procedures.map { $0.levels.reduce(0) { $0 | Self.bit($1) } }
        self.foldedFields = procedures.map { VietnameseText.fold($0.field) }
        self.index = SearchIndex(documents: sorted.map { Self.document(code: $0.summary.code, indexText: $0.indexText) },
                                 textIsFolded: true)
        self.fields = FieldModel(index: index, fields: procedures.map(\.field))
    }

    /// The position of a procedure in the index.
    public func position(code: String) -> Int? { positions[code] }

    /// Builds the search from full procedures (folding their text now).
    public init(procedures: [Procedure]) {
        self.init(entries: procedures.map { (ProcedureSummary($0), Self.indexText($0)) })
    }

    private static func bit(_ level: ProcedureLevel) -> UInt8 {
        switch level {
        case .central: return 1
        case .province: return 2
        case .commune: return 4
        case .other: return 8
        }
    }

    /// The weighted, folded text a procedure is found by, one field a line: `weight<TAB>folded text`.
    /// The first line is the title. Computed once at import and stored, so that start-up need not fold.
    public static func indexText(_ p: Procedure) -> String {
        let fields: [(String, Double)] = [
            (p.name, 6),
            (p.field, 2),
            (p.result ?? "", 1.5),
            (p.subjects.joined(separator: " "), 0.5),
            (p.documents.prefix(12).map(\.name).joined(separator: " "), 0.3),
            (prefix(p.steps.joined(separator: " "), bytes: 600), 0.15),
            (prefix(p.requirements ?? "", bytes: 300), 0.15),
        ]
        return fields.map { "\($0.1)\t\(VietnameseText.fold($0.0))" }.joined(separator: "\n")
    }

    static func document(code: String, indexText: String) -> SearchDocument {
        var fields: [(text: String, weight: Double)] = []
        for line in indexText.utf8.split(separator: 0x0A) {
            guard let tab = line.firstIndex(of: 0x09), let weight = Double(String(decoding: line[..<tab], as: UTF8.self)) else { continue }
            fields.append((String(decoding: line[line.index(after: tab)...], as: UTF8.self), weight))
        }
        let title = fields.first?.text ?? ""
        // Titles written with abbreviations ("chế độ TNLĐ, BNN") are also found by the words in full.
        if !fields.isEmpty {
            var spelled: [String] = []
            // (bytes, not characters: this runs for every procedure at start)
            for token in title.utf8.split(whereSeparator: { $0 < 0x61 || $0 > 0x7A }) where (3...6).contains(token.count) {
                if let full = Self.abbreviations[String(decoding: token, as: UTF8.self)] { spelled.append(full) }
            }
            if !spelled.isEmpty { fields[0].text += " " + spelled.joined(separator: " ") }
        }
        return SearchDocument(id: code, title: title, fields: fields)
    }

    /// Abbreviations the catalogue's titles use (folded), in full.
    static let abbreviations: [String: String] = [
        "bhxh": "bao hiem xa hoi", "bhyt": "bao hiem y te", "bhtn": "bao hiem that nghiep", "bhtnld": "bao hiem tai nan lao dong",
        "tnld": "tai nan lao dong", "bnn": "benh nghe nghiep", "dsphsk": "duong suc phuc hoi suc khoe", "kcb": "kham chua benh",
        "tnhh": "trach nhiem huu han", "mtv": "mot thanh vien", "ubnd": "uy ban nhan dan", "nhnn": "ngan hang nha nuoc",
        "kbnn": "kho bac nha nuoc", "gtgt": "gia tri gia tang", "tncn": "thu nhap ca nhan", "tndn": "thu nhap doanh nghiep",
        "ttdb": "tieu thu dac biet", "nsnn": "ngan sach nha nuoc", "dnbh": "doanh nghiep bao hiem", "cqt": "co quan thue",
    ]

    /// At most `bytes` of UTF-8 (cut at a scalar boundary): long step texts add cost, not ranking.
    static func prefix(_ text: String, bytes: Int) -> String {
        guard text.utf8.count > bytes else { return text }
        var end = text.utf8.index(text.utf8.startIndex, offsetBy: bytes)
        while end > text.startIndex && !text.unicodeScalars.indices.contains(end) { end = text.utf8.index(before: end) }
        return String(text[..<end])
    }

    public func procedure(code: String) -> ProcedureSummary? { positions[code].map { procedures[$0] } }
    /// Each procedure's code and title, in the catalogue's order (the assistant's title examples are made from them).
    public var titles: [(code: String, name: String)] { procedures.map { ($0.code, $0.name) } }

    public struct Filter: Sendable {
        public var level: ProcedureLevel?
        public var field: String?
        /// Codes left out (procedures abolished by the day of the search).
        public var excluding: Set<String>
        public init(level: ProcedureLevel? = nil, field: String? = nil, excluding: Set<String> = []) {
            self.level = level; self.field = field; self.excluding = excluding
        }
        var isEmpty: Bool { level == nil && field == nil && excluding.isEmpty }
    }

    private func matches(_ i: Int, _ filter: Filter, foldedField: String?) -> Bool {
        if let level = filter.level, levelMasks[i] & Self.bit(level) == 0 { return false }
        if let foldedField, foldedFields[i] != foldedField { return false }
        if !filter.excluding.isEmpty, filter.excluding.contains(procedures[i].code) { return false }
        return true
    }

    /// Ranked procedures for a query (best first), or all matching the filter in code order when the query is empty.
    public func search(_ query: String, filter: Filter = .init(), limit: Int = 20, offset: Int = 0,
                       coverage: SearchIndex.Coverage = .titles) -> (hits: [(ProcedureSummary, Double)], total: Int) {
        let foldedField = filter.field.map(VietnameseText.fold)
        if VietnameseText.fold(query).isEmpty {
            let all = procedures.indices.filter { matches($0, filter, foldedField: foldedField) }
            return (all.dropFirst(offset).prefix(limit).map { (procedures[$0], 0) }, all.count)
        }
        let hits = index.search(query, limit: Int.max,
                                include: filter.isEmpty ? nil : { self.matches($0, filter, foldedField: foldedField) }, coverage: coverage)
        return (hits.dropFirst(offset).prefix(limit).map { (procedures[$0.index], $0.score) }, hits.count)
    }
}
