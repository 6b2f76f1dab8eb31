import Foundation

/// The catalogue's dated changes: abolitions and changes of level or agency (decentralisation), by procedure code.
public struct CatalogueChanges: Sendable {
    public let abolitions: [String: ProcedureAbolition]
    /// Each procedure's changes by effective day; for one day, the one recorded last holds.
    public let competence: [String: [CompetenceChange]]

    /// - Parameter catalogueLevels: each procedure's levels as the catalogue publishes them, for what was in force before
    ///   its first change (the levels stored with a change are what was in force when it was recorded, which a record
    ///   withdrawn or added since may have changed).
    public init(_ abolitions: [ProcedureAbolition] = [], competence: [CompetenceChange] = [],
                catalogueLevels: (String) -> [ProcedureLevel]? = { _ in nil }) {
        self.abolitions = Dictionary(abolitions.map { ($0.code, $0) }, uniquingKeysWith: { $1 })
        var byCode: [String: [CompetenceChange]] = [:]
        for c in competence { byCode[c.code, default: []].append(c) }
        self.competence = byCode.mapValues { list in
            // One change a day: the last recorded for a day replaces the earlier ones (a correction of the record).
            let sorted = list.sorted { ($0.effective, $0.sequence) < ($1.effective, $1.sequence) }
            var out: [CompetenceChange] = []
            for c in sorted {
                if out.last?.effective == c.effective { out.removeLast() }
                out.append(c)
            }
            // What was in force before each change is the change before it (or the catalogue, before the first).
            for i in out.indices {
                if i > 0 {
                    out[i].previousLevels = out[i - 1].levels
                    out[i].previousAgency = out[..<i].last { $0.agency != nil }?.agency ?? out[i].previousAgency
                } else if out[i].kind == .assign, let levels = catalogueLevels(out[i].code) {
                    out[i].previousLevels = levels
                }
            }
            return out
        }
    }

    /// The abolition of `code` if it is in force on `date`.
    public func abolished(_ code: String, on date: LocalDate) -> ProcedureAbolition? {
        abolitions[code].flatMap { $0.inForce(on: date) ? $0 : nil }
    }

    /// Codes abolished on `date` (left out of searches).
    public func abolishedCodes(on date: LocalDate) -> Set<String> {
        Set(abolitions.values.filter { $0.inForce(on: date) }.map(\.code))
    }

    /// Who carries out `code` on `date`: the latest change in force, else the catalogue's `levels` and `agency`.
    public func competence(of code: String, levels: [ProcedureLevel], agency: String? = nil, on date: LocalDate) -> Competence {
        guard let list = competence[code], !list.isEmpty else { return Competence(levels: levels, agency: agency) }
        let inForce = list.last { $0.effective <= date }
        let upcoming = list.first { $0.effective > date }
        var result = Competence(levels: levels, agency: agency, upcoming: upcoming)
        if let c = inForce {
            result.levels = c.levels
            result.agency = list.last { $0.effective <= date && $0.agency != nil }?.agency ?? agency
            result.change = c
        } else if let first = list.first, first.kind == .introduce {
            result.notYetInForce = first
        }
        return result
    }

    /// The procedures received on `date` at any of `levels` (by the levels in force that day): not abolished, not
    /// introduced later.
    public func received(_ procedures: [ProcedureSummary], on date: LocalDate, at levels: Set<ProcedureLevel>) -> [ProcedureSummary] {
        let abolished = abolishedCodes(on: date)
        return procedures.filter { p in
            guard !abolished.contains(p.code) else { return false }
            guard let list = competence[p.code] else { return p.levels.contains { levels.contains($0) } }
            if let c = list.last(where: { $0.effective <= date }) { return c.levels.contains { levels.contains($0) } }
            return list.first?.kind != .introduce && p.levels.contains { levels.contains($0) }
        }
    }

    /// Every abolition and change with an effective day in `from...to`.
    public func changes(from: LocalDate, to: LocalDate) -> (abolitions: [ProcedureAbolition], competence: [CompetenceChange]) {
        (abolitions.values.filter { $0.effective >= from && $0.effective <= to }.sorted { ($0.effective, $0.code) < ($1.effective, $1.code) },
         competence.values.flatMap { $0 }.filter { $0.effective >= from && $0.effective <= to }
            .sorted { ($0.effective, $0.code) < ($1.effective, $1.code) })
    }
}
