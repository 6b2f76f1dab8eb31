import MotCuaCore

/// The administrators' list of procedures the import flagged: filtered by flag, by whether they were reviewed, and by
/// code or name; each links to its review.
struct CatalogueQueuePage: Encodable {
    struct Choice: Encodable { let value: String; let label: String; let selected: Bool }
    struct Row: Encodable { let code: String; let name: String; let field: String; let flags: String; let state: String; let href: String }

    let summary: String
    let flagChoices: [Choice]
    let stateChoices: [Choice]
    let query: String
    let rows: [Row]
    let shown: String
    let previous: String?
    let next: String?

    static let pageSize = 50

    init(queue: [ProcedureSummary], counts: (flags: [ReviewFlag: Int], flagged: Int, reviewed: Int), corrections: ProcedureCorrections,
         flag: ReviewFlag?, state: CatalogueReview.State, query: String, page: Int, language l: Language) {
        summary = UIText.text("review_summary", l, counts.flagged, counts.reviewed)
        flagChoices = [Choice(value: "", label: UIText.text("review_any_flag", l), selected: flag == nil)]
            + ReviewFlag.allCases.filter { counts.flags[$0] != nil }.map { f in
                Choice(value: f.rawValue, label: "\(UIText.text("flag_" + f.rawValue, l)) (\(counts.flags[f] ?? 0))", selected: f == flag)
            }
        stateChoices = CatalogueReview.State.allCases.map { s in
            Choice(value: s.rawValue, label: UIText.text("review_state_" + s.rawValue, l), selected: s == state)
        }
        self.query = query
        let start = min(max(0, page - 1) * Self.pageSize, queue.count)
        rows = queue[start..<min(start + Self.pageSize, queue.count)].map { p in
            let revisions = corrections.revisions[p.code] ?? 0
            let state = corrections.reviewed.contains(p.code) ? UIText.text("review_done", l)
                : revisions > 0 ? UIText.text("review_corrected", l, revisions) : UIText.text("review_todo", l)
            return Row(code: p.code, name: p.name, field: p.field, flags: p.flags.map { UIText.text("flag_" + $0.rawValue, l) }.joined(separator: " · "),
                       state: state, href: SiteRoute.officeCatalogueProcedure.path(p.code))
        }
        shown = queue.isEmpty ? UIText.text("review_none", l) : UIText.text("review_shown", l, "\(start + 1)–\(start + rows.count)", queue.count)
        func link(_ n: Int) -> String {
            SiteRoute.officeCatalogue.path(query: ["co": flag?.rawValue, "trang-thai": state.rawValue, "q": query.isEmpty ? nil : query, "trang": String(n)])
        }
        previous = page > 1 ? link(page - 1) : nil
        next = start + rows.count < queue.count ? link(page + 1) : nil
    }
}
