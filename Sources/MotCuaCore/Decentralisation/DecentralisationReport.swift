import Foundation

/// The procedures moved between levels over a period — decentralised from central to local level, reassigned
/// between levels, given another agency, introduced, abolished — in total, by field and by managing ministry
/// (the national "741 decentralised, 346 reassigned, 298 abolished" count). A procedure counts once per kind.
public struct DecentralisationReport: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case decentralised, reassigned, agencyChanged, introduced, abolished

        public var vietnamese: String {
            switch self {
            case .decentralised: return "Phân cấp từ trung ương cho địa phương"
            case .reassigned: return "Điều chỉnh cấp thực hiện"
            case .agencyChanged: return "Đổi cơ quan có thẩm quyền"
            case .introduced: return "Thủ tục mới áp dụng"
            case .abolished: return "Bãi bỏ"
            }
        }
    }

    /// What the report needs to know of a procedure.
    public struct ProcedureFacts: Sendable {
        public var name: String
        public var field: String
        /// The managing ministry or agency (the catalogue's "bộ, ngành").
        public var ministry: String
        public init(name: String, field: String, ministry: String) { self.name = name; self.field = field; self.ministry = ministry }
    }

    public struct Item: Sendable, Equatable {
        public var code: String
        public var name: String
        public var field: String
        public var ministry: String
        public var kind: Kind
        public var effective: LocalDate
        public var decision: String
        public var from: [ProcedureLevel]
        public var to: [ProcedureLevel]
        public var agency: String?
    }

    /// Distinct procedures of each kind in one group (a field, a ministry, or all).
    public struct Tally: Sendable, Equatable {
        public var name: String
        public var counts: [Kind: Int]
        public var total: Int
        public func count(_ k: Kind) -> Int { counts[k] ?? 0 }
    }

    public var from: LocalDate
    public var to: LocalDate
    public var totals: Tally
    public var byField: [Tally]
    public var byMinistry: [Tally]
    public var items: [Item]

    public init(changes: CatalogueChanges, from: LocalDate, to: LocalDate, facts: (String) -> ProcedureFacts?) {
        self.from = from; self.to = to
        let (abolitions, moves) = changes.changes(from: from, to: to)
        var items: [Item] = []
        for c in moves {
            let f = facts(c.code)
            let kind: Kind
            switch c.movement {
            case .decentralised: kind = .decentralised
            case .reassigned: kind = .reassigned
            case .agencyChanged: kind = .agencyChanged
            case .introduced: kind = .introduced
            }
            items.append(Item(code: c.code, name: f?.name ?? c.code, field: f?.field ?? "", ministry: f?.ministry ?? "", kind: kind,
                              effective: c.effective, decision: c.decision, from: c.previousLevels, to: c.levels, agency: c.agency))
        }
        for a in abolitions {
            let f = facts(a.code)
            items.append(Item(code: a.code, name: f?.name ?? a.code, field: f?.field ?? "", ministry: f?.ministry ?? "", kind: .abolished,
                              effective: a.effective, decision: a.decision, from: [], to: [], agency: nil))
        }
        items.sort { ($0.effective, $0.code, $0.kind.rawValue) < ($1.effective, $1.code, $1.kind.rawValue) }
        self.items = items

        func tally(_ name: String, _ list: [Item]) -> Tally {
            var counts: [Kind: Int] = [:]
            for k in Kind.allCases { counts[k] = Set(list.filter { $0.kind == k }.map(\.code)).count }
            return Tally(name: name, counts: counts, total: Set(list.map(\.code)).count)
        }
        totals = tally("", items)
        byField = Dictionary(grouping: items, by: \.field).map { tally($0.key, $0.value) }.sorted { ($1.total, $0.name) < ($0.total, $1.name) }
        byMinistry = Dictionary(grouping: items, by: \.ministry).map { tally($0.key, $0.value) }.sorted { ($1.total, $0.name) < ($0.total, $1.name) }
    }
}
