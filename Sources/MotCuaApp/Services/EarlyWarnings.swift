import Foundation
import MotCuaCore

/// Warnings before dossiers go late, for a unit's leaders: the open dossiers near their due moment (≤ 1 working day left)
/// or past it, counted per officer, per field (the division handling it) and per unit; the units whose late rate,
/// backlog or overdue backlog rose from the week before to the last one (`WeekTrend`, read from the index's running
/// totals); and a daily digest of both to each unit's leaders through the outbox.
struct EarlyWarnings {
    let context: ServiceContext

    struct Line: Sendable {
        let key: String
        let name: String
        var nearDue = 0
        var overdue = 0
    }

    struct Item: Sendable {
        let code: String
        let procedure: String
        let unit: String
        let assignee: String?
        let due: LocalDateTime
        let urgency: DossierClock.Urgency
        /// Working seconds left (negative past due).
        let secondsLeft: Int
    }

    struct Rising: Sendable {
        let code: String
        let name: String
        let last: WeekTrend.Week
        let this: WeekTrend.Week
        let rises: [WeekTrend.Rise]
    }

    struct Board: Sendable {
        let unitCode: String
        let unitName: String
        let asOf: LocalDateTime
        /// The last whole week compared, [weekStart, weekStart + 7), with the one before it.
        let weekStart: LocalDate
        var nearDue = 0
        var overdue = 0
        var byOfficer: [Line] = []
        var byField: [Line] = []
        var byUnit: [Line] = []
        /// The most urgent first (at most 200).
        var items: [Item] = []
        var rising: [Rising] = []
    }

    /// A unit's board, for staff who may list its dossiers (decided before anything is read; an unknown unit is as
    /// forbidden as another's).
    func board(unit code: String, by reader: Principal) async throws -> Board {
        guard reader.isStaff, let unit = context.snapshot.units.unit(code, asOf: context.today),
              AccessRules.canList(unit: unit.code, provinceOfUnit: unit.level == .province ? unit.code : unit.provinceCode ?? "", grants: reader.grants)
        else { throw APIError.forbidden }
        return try await board(unit)
    }

    /// The unit a staff member sees first: the first unit of their grants.
    static func defaultUnit(of reader: Principal) -> String? { reader.grants.first?.unitCode }

    func board(_ unit: AdministrativeUnit) async throws -> Board {
        let snapshot = context.snapshot
        let now = LocalDateTime(context.now)
        let isProvince = unit.level == .province
        let monday = now.date.adding(days: -(now.date.isoWeekday - 1)).adding(days: -7)
        var board = Board(unitCode: unit.code, unitName: unit.fullName, asOf: now, weekStart: monday)
        // Open dossiers due within two weeks (or past due): near due or overdue now.
        let horizon = LocalDateTime(date: now.date.adding(days: 14), secondOfDay: 86_399)
        let rows = try await DossierStore(context.db).openDue(competentUnit: isProvince ? nil : unit.code, province: isProvince ? unit.code : nil,
                                                             by: horizon, limit: 50_000)
        var officers: [String: Line] = [:], fields: [String: Line] = [:], units: [String: Line] = [:]
        func count(_ lines: inout [String: Line], _ key: String, _ name: String, overdue: Bool) {
            var line = lines[key] ?? Line(key: key, name: name)
            if overdue { line.overdue += 1 } else { line.nearDue += 1 }
            lines[key] = line
        }
        for row in rows {
            let (urgency, left) = row.clock.urgency(at: now, calendar: snapshot.calendar)
            guard urgency == .nearDue || urgency == .overdue, let due = row.dueAt else { continue }
            let overdue = urgency == .overdue
            if overdue { board.overdue += 1 } else { board.nearDue += 1 }
            count(&officers, row.assignee ?? "", row.assigneeName ?? UIText.text("warnings_unassigned", .vi), overdue: overdue)
            count(&fields, row.procedureField, row.procedureField, overdue: overdue)
            count(&units, row.competentUnit, snapshot.units.unit(row.competentUnit, asOf: context.today)?.fullName ?? row.competentUnit, overdue: overdue)
            board.items.append(Item(code: row.code, procedure: row.procedureName, unit: row.competentUnit, assignee: row.assigneeName, due: due,
                                    urgency: urgency, secondsLeft: overdue ? -(left ?? 0) : (left ?? 0)))
        }
        func ordered(_ lines: [String: Line]) -> [Line] { lines.values.sorted { ($0.overdue, $0.nearDue, $1.name) > ($1.overdue, $1.nearDue, $0.name) } }
        board.byOfficer = ordered(officers)
        board.byField = ordered(fields)
        board.byUnit = ordered(units)
        board.items = Array(board.items.sorted { ($0.due, $0.code) < ($1.due, $1.code) }.prefix(200))
        // Week over week, from the running totals.
        let totals = IndexTotalsStore(context.db)
        let this = try await totals.window(from: monday, to: monday.adding(days: 7), grouping: .unit, unit: isProvince ? nil : unit.code,
                                           province: isProvince ? unit.code : nil)
        let last = try await totals.window(from: monday.adding(days: -7), to: monday, grouping: .unit, unit: isProvince ? nil : unit.code,
                                           province: isProvince ? unit.code : nil)
        board.rising = Set(this.keys).union(last.keys).sorted().compactMap { code in
            let a = last[code].map(WeekTrend.Week.init) ?? .init(), b = this[code].map(WeekTrend.Week.init) ?? .init()
            let rises = WeekTrend.rises(last: a, this: b)
            guard !rises.isEmpty else { return nil }
            return Rising(code: code, name: snapshot.units.unit(code, asOf: context.today)?.fullName ?? code, last: a, this: b, rises: rises)
        }
        return board
    }

    // MARK: Daily digest

    /// Writes today's digest for each unit's leaders to the outbox (from 07:00; e-mail where they have an address, else a
    /// text), when the unit has dossiers near due or overdue or is slipping. Once a day per leader and unit, whichever
    /// instance or sweep gets there first. How many messages were new.
    func sendDigests() async throws -> Int {
        let now = LocalDateTime(context.now)
        guard now.secondOfDay >= 7 * 3600 else { return 0 }
        let leaders = try await IdentityStore(db: context.db).leaders()
        var messages: [OutboxMessage] = []
        for (code, people) in Dictionary(grouping: leaders, by: \.unit).sorted(by: { $0.key < $1.key }) {
            guard let unit = context.snapshot.units.unit(code, asOf: context.today) else { continue }
            let board = try await board(unit)
            guard board.nearDue + board.overdue > 0 || !board.rising.isEmpty else { continue }
            let (subject, body) = Self.digest(board, publicURL: context.config.publicURL)
            for p in people {
                guard let (channel, to) = p.email.map({ ("email", $0) }) ?? p.phone.map({ ("sms", $0) }) else { continue }
                messages.append(OutboxMessage(id: "digest-\(code)-\(now.date)-\(p.id)", dossierCode: "", event: "digest", channel: channel,
                                              recipient: to, subject: subject, body: body, createdAt: now, status: .pending, attempts: 0,
                                              nextAttemptAt: context.now.timeIntervalSince1970, deliveredAt: nil, lastError: nil))
            }
        }
        let batch = messages
        return try await context.writeTransaction { db in try await OutboxStore(db: db).insertOnce(batch) }
    }

    /// The digest's words (Vietnamese, as leaders read them; no citizen's data).
    static func digest(_ b: Board, publicURL: String) -> (subject: String, body: String) {
        let subject = "Cảnh báo hồ sơ \(b.unitName) ngày \(b.asOf.date.vietnamese)"
        var lines = ["\(b.unitName), \(b.asOf.slipText): \(b.nearDue) hồ sơ sắp đến hạn (còn không quá 1 ngày làm việc), \(b.overdue) hồ sơ đã quá hạn."]
        let officers = b.byOfficer.prefix(5).map { "\($0.name): \($0.overdue) quá hạn, \($0.nearDue) sắp đến hạn" }
        if !officers.isEmpty { lines.append("Theo cán bộ: " + officers.joined(separator: "; ") + ".") }
        for r in b.rising.prefix(10) {
            lines.append("\(r.name) (tuần từ \(b.weekStart.vietnamese) so với tuần trước): " + r.rises.map(Self.text).joined(separator: "; ") + ".")
        }
        lines.append("Xem chi tiết: \(publicURL)\(SiteRoute.officeWarnings.path(query: ["don-vi": b.unitCode]))")
        return (subject, lines.joined(separator: "\n"))
    }

    static func text(_ rise: WeekTrend.Rise) -> String {
        switch rise {
        case .lateRate(let a, let b): "tỷ lệ trễ hạn tăng từ \(Int((a * 100).rounded()))% lên \(Int((b * 100).rounded()))%"
        case .backlog(let a, let b): "hồ sơ tồn tăng từ \(a) lên \(b)"
        case .overdue(let a, let b): "hồ sơ quá hạn tồn tăng từ \(a) lên \(b)"
        }
    }
}
