import MotCuaCore
import Vapor

extension InboxQuery {
    /// The inbox query in a request's query string (`unit`, `state` as a comma list, `open`, `dueBefore` as a date or
    /// date-time, `mine`, `limit`, `offset`); a value that does not parse is a 400 naming it.
    init(_ req: Request) throws {
        self.init()
        if let unit = req.query[String.self, at: "unit"], !unit.isEmpty { self.unit = unit }
        // Checked even when `state` makes it moot: a malformed value is refused, never ignored.
        let open = try req.boolQuery("open")
        if let s = req.query[String.self, at: "state"], !s.isEmpty {
            let states = s.split(separator: ",").map { DossierState(rawValue: String($0)) }
            guard states.allSatisfy({ $0 != nil }) else { throw APIError(.badState, s) }
            self.states = states.compactMap { $0 }
        } else {
            self.openOnly = open ?? true
        }
        if let due = req.query[String.self, at: "dueBefore"], !due.isEmpty {
            guard let t = LocalDateTime.parse(due) ?? LocalDate(iso: due).map({ LocalDateTime(date: $0, secondOfDay: 86399) }) else {
                throw APIError(.badDueBefore)
            }
            self.dueBefore = t
        }
        self.mine = try req.boolQuery("mine") == true
        self.limit = try req.intQuery("limit", default: 50, range: 1...500)
        self.offset = try req.intQuery("offset", default: 0, range: 0...1_000_000)
    }
}
