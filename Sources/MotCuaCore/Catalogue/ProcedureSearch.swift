/// Catalogue search: which fields count, and how much.
public struct ProcedureSearch: Sendable {
    public let procedures: [Procedure]
    public let index: SearchIndex
    private let positions: [String: Int]

    public init(procedures: [Procedure]) {
        let sorted = procedures.sorted { $0.code < $1.code }
        self.procedures = sorted
        var positions: [String: Int] = [:]
        for (i, p) in sorted.enumerated() { positions[p.code] = i }
        self.positions = positions
        self.index = SearchIndex(documents: sorted.map(Self.document))
    }

    static func document(_ p: Procedure) -> SearchDocument {
        SearchDocument(id: p.code, title: p.name, fields: [
            (p.name, 6),
            (p.field, 2),
            (p.result ?? "", 1.5),
            (p.subjects.joined(separator: " "), 0.5),
            (p.documents.prefix(12).map(\.name).joined(separator: " "), 0.3),
            (prefix(p.steps.joined(separator: " "), bytes: 2000), 0.15),
            (prefix(p.requirements ?? "", bytes: 800), 0.15),
        ])
    }

    /// At most `bytes` of UTF-8 (cut at a scalar boundary): long step texts add cost, not ranking.
    static func prefix(_ text: String, bytes: Int) -> String {
        guard text.utf8.count > bytes else { return text }
        var end = text.utf8.index(text.utf8.startIndex, offsetBy: bytes)
        while end > text.startIndex && !text.unicodeScalars.indices.contains(end) { end = text.utf8.index(before: end) }
        return String(text[..<end])
    }

    public func procedure(code: String) -> Procedure? { positions[code].map { procedures[$0] } }

    public struct Filter: Sendable {
        public var level: ProcedureLevel?
        public var field: String?
        public init(level: ProcedureLevel? = nil, field: String? = nil) { self.level = level; self.field = field }

        func matches(_ p: Procedure) -> Bool {
            if let level, !p.levels.contains(level) { return false }
            if let field, VietnameseText.fold(p.field) != VietnameseText.fold(field) { return false }
            return true
        }
    }

    /// Ranked procedures for a query (best first), or all matching the filter in code order when the query is empty.
    public func search(_ query: String, filter: Filter = .init(), limit: Int = 20, offset: Int = 0) -> (hits: [(Procedure, Double)], total: Int) {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty || VietnameseText.tokens(trimmed).isEmpty {
            let all = procedures.filter(filter.matches)
            return (all.dropFirst(offset).prefix(limit).map { ($0, 0) }, all.count)
        }
        let usesFilter = filter.level != nil || filter.field != nil
        let hits = index.search(trimmed, limit: Int.max, include: usesFilter ? { filter.matches(procedures[$0]) } : nil)
        return (hits.dropFirst(offset).prefix(limit).map { (procedures[$0.index], $0.score) }, hits.count)
    }
}
