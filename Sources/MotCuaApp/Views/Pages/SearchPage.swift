import MotCuaCore

/// The portal's home: the catalogue search with paging, and the assistant's question box.
struct SearchPage: Encodable {
    struct Option: Encodable { let value: String; let label: String; let selected: Bool }
    struct Hit: Encodable { let href: String; let name: String; let code: String; let field: String; let time: String }

    static let pageSize = 20

    let query: String
    let levels: [Option]
    let hasQuery: Bool
    let hasResults: Bool
    let summary: String
    let results: [Hit]
    let firstNumber: Int
    let hasPager: Bool
    let previous: String?
    let next: String?
    let pageText: String
    let intro: String

    init(query: String, level: String, page: Int, hits: [ProcedureSummary], total: Int, procedures: Int, communes: Int, language: Language) {
        self.query = query
        levels = [("", "level_all"), ("commune", "level_commune"), ("province", "level_province"), ("central", "level_central")].map {
            Option(value: $0.0, label: UIText.text($0.1, language), selected: $0.0 == level)
        }
        hasQuery = !query.trimmingCharacters(in: .whitespaces).isEmpty
        hasResults = !hits.isEmpty
        let first = (page - 1) * Self.pageSize + 1
        firstNumber = first
        summary = UIText.text("search_total", language, total, min(first, total), first + hits.count - 1)
        results = hits.map { p in
            Hit(href: SiteRoute.procedure.path(p.code), name: p.name, code: p.code, field: p.field,
                time: p.time.map { language == .vi ? $0.vietnamese : $0.english } ?? UIText.text("time_unknown", language))
        }
        let pages = max(1, (total + Self.pageSize - 1) / Self.pageSize)
        hasPager = pages > 1
        func link(_ n: Int) -> String {
            SiteRoute.home.path(query: ["q": query, "level": level.isEmpty ? nil : level, "trang": String(n)])
        }
        previous = page > 1 ? link(page - 1) : nil
        next = page < pages ? link(page + 1) : nil
        pageText = UIText.text("search_page", language, page, pages)
        intro = UIText.text("home_intro", language, procedures, communes)
    }
}
