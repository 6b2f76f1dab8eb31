import Foundation
import MotCuaCore

/// Realistic dossiers with their histories, written straight into the database for benchmarks and demonstrations
/// (`motcua generate-dossiers`): communes weighted by size (wards and the two big cities more than rural communes, as
/// no population figure is in the reference data), procedures by how often communes handle them (civil status,
/// certification and residence first), each unit with its own habits (how much arrives online, how often it asks for
/// supplements, runs late, is rated badly); receipt on working days and hours; supplements with the clock paused,
/// apologies with a new date, payments online or at the counter, documents, ratings; dossiers whose time has not come
/// yet left open. The same seed gives the same dossiers. Every dossier's index entry and the running totals are
/// written with it, some 20,000 dossiers (whole days) a transaction.
struct DossierGenerator {
    let context: ServiceContext

    struct Input: Sendable {
        var count: Int
        var from: LocalDate
        var to: LocalDate
        var seed: UInt64
    }

    struct Figures: Sendable {
        var dossiers = 0
        var events = 0
        var documents = 0
        var ratings = 0
        var open = 0
        var late = 0
        /// Time spent making the dossiers and writing them.
        var makingSeconds = 0.0
        var writingSeconds = 0.0
    }

    /// One generated dossier and what goes with it.
    struct Generated: Sendable {
        /// The day of receipt (numbered within it).
        var day: LocalDate
        var row: Dossier
        var events: [DossierEvent]
        var document: DossierDocument?
        var rating: ServiceRating?
        var ratedAt: LocalDateTime?
        var entry: IndexEntry
    }

    /// A seeded generator (SplitMix64): the same dossiers for the same seed, on every machine.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
        mutating func chance(_ p: Double) -> Bool { unit() < p }
    }

    /// A unit's habits.
    struct Habits: Sendable {
        var online: Double
        var supplement: Double
        var late: Double
        var dissatisfied: Double
    }

    /// Draws from weights (cumulative, by bisection).
    struct Weighted<T: Sendable>: Sendable {
        let items: [T]
        let cumulative: [Double]
        init(_ pairs: [(T, Double)]) {
            items = pairs.map(\.0)
            var sum = 0.0
            cumulative = pairs.map { sum += $0.1; return sum }
        }
        func draw(_ r: inout Random) -> T {
            let x = r.unit() * (cumulative.last ?? 1)
            var lo = 0, hi = cumulative.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if cumulative[mid] > x { hi = mid } else { lo = mid + 1 }
            }
            return items[lo]
        }
    }

    /// How often communes handle a procedure: the most common by name, then by field.
    static func frequency(_ p: ProcedureSummary) -> Double {
        let common: [String: Double] = ["2.000815": 60, "2.000884": 25, "1.001193": 30, "1.000656": 6, "1.000894": 10, "1.004873": 20,
                                        "1.004222": 15, "1.004194": 15, "1.001612": 6, "1.012796": 8]
        if let w = common[p.code] { return w }
        let field = p.field.lowercased()
        if field.contains("hộ tịch") || field.contains("chứng thực") { return 2 }
        if field.contains("đất đai") || field.contains("cư trú") || field.contains("bảo trợ") { return 1 }
        return 0.2
    }

    private static let familyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
    private static let middleNames = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Quốc", "Hữu", "Thu"]
    private static let givenNames = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hương", "Khánh", "Lan", "Long", "Mai", "Nam",
                                     "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến"]

    /// Generates and writes; `report` is told after each day.
    func run(_ input: Input, report: @Sendable (LocalDate, Figures) -> Void) async throws -> Figures {
        let snapshot = context.snapshot
        let calendar = snapshot.calendar
        let now = LocalDateTime(context.now)
        var r = Random(state: input.seed)
        // Units and their habits.
        var units: [(AdministrativeUnit, Double)] = []
        var habits: [String: Habits] = [:]
        for p in snapshot.units.provinces(asOf: input.to) {
            for c in snapshot.units.communes(ofProvince: p.code, asOf: input.to) {
                let type = c.type.lowercased()
                var w = type.contains("phường") ? 3.0 : type.contains("đặc khu") ? 0.5 : 1.0
                if ["01", "79"].contains(p.code) { w *= 2 }
                units.append((c, w * (0.5 + r.unit())))
                habits[c.code] = Habits(online: 0.1 + 0.6 * r.unit(), supplement: 0.02 + 0.12 * r.unit(), late: 0.01 + 0.15 * r.unit() * r.unit(),
                                        dissatisfied: 0.02 + 0.15 * r.unit())
            }
        }
        let unitDraw = Weighted(units)
        let procedures = snapshot.catalogue.procedures.filter { $0.levels.contains(.commune) && $0.time != nil }
        let procedureDraw = Weighted(procedures.map { ($0, Self.frequency($0)) })
        guard !units.isEmpty, !procedures.isEmpty else { throw CLIError("no commune or commune-level procedure in the reference data: run motcua import first") }
        // Working days of the range, with their share of the dossiers.
        var days: [LocalDate] = []
        var d = input.from
        while d <= input.to { if calendar.isWorkingDay(d) { days.append(d) }; d = d.adding(days: 1) }
        guard !days.isEmpty else { throw CLIError("no working day between \(input.from) and \(input.to)") }
        let pdf = try keepSampleDocument()
        var figures = Figures()
        var batch: [Generated] = []
        for (i, day) in days.enumerated() {
            let n = input.count / days.count + (i < input.count % days.count ? 1 : 0)
            let making = Date()
            for _ in 0..<n {
                let unit = unitDraw.draw(&r)
                batch.append(make(day: day, unit: unit, province: unit.provinceCode ?? "", procedure: procedureDraw.draw(&r), habits: habits[unit.code]!,
                                  calendar: calendar, now: now, pdf: pdf, random: &r))
            }
            figures.makingSeconds += Date().timeIntervalSince(making)
            // Days are written together up to some 20,000 dossiers a transaction (fewer commits), and the last ones.
            guard batch.count >= 20_000 || i == days.count - 1 else { continue }
            let writing = Date()
            try await context.writeTransaction { [batch] db in try await DossierStore(db).writeGenerated(batch) }
            figures.writingSeconds += Date().timeIntervalSince(writing)
            defer { batch.removeAll(keepingCapacity: true) }
            for g in batch {
                figures.dossiers += 1
                figures.events += g.events.count
                if g.document != nil { figures.documents += 1 }
                if g.rating != nil { figures.ratings += 1 }
                if g.row.clock.endedAt == nil { figures.open += 1 }
                if g.row.clock.outcome == .late { figures.late += 1 }
            }
            report(day, figures)
        }
        let summary = "\(figures.dossiers) dossiers \(input.from)…\(input.to) seed \(input.seed)"
        try await context.writeTransaction { db in
            try await AuditChain.append(db, actor: "cli", action: "dossiers.generate", subject: "dossiers", detail: summary, at: now.instant)
        }
        return figures
    }

    /// The sample birth certificate every generated document points to (stored once, by its hash).
    private func keepSampleDocument() throws -> DocumentStore.Checked {
        let pdf = Data("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".utf8)
        let checked = try DocumentStore.check(pdf, fileName: "giay-to.pdf", docType: nil, original: nil, maxBytes: context.config.maxUploadBytes)
        try DocumentStore(directory: context.config.filesDirectory).write(checked)
        return checked
    }

    private func make(day: LocalDate, unit: AdministrativeUnit, province: String, procedure: ProcedureSummary, habits h: Habits,
                      calendar: WorkingCalendar, now: LocalDateTime, pdf: DocumentStore.Checked, random r: inout Random) -> Generated {
        func at(_ date: LocalDate, minute: Int) -> LocalDateTime { LocalDateTime(date: date, secondOfDay: minute * 60) }
        func later(_ t: LocalDateTime, minutes: Int) -> LocalDateTime {
            let s = t.secondOfDay + minutes * 60
            let days = s >= 0 ? s / 86_400 : -((-s + 86_399) / 86_400)
            return LocalDateTime(date: t.date.adding(days: days), secondOfDay: s - days * 86_400)
        }
        let received = at(day, minute: 450 + r.int(540))
        let online = r.chance(h.online)
        let submitted = online ? later(received, minutes: -(30 + r.int(1200))) : received
        let name = "\(Self.familyNames[r.int(Self.familyNames.count)]) \(Self.middleNames[r.int(Self.middleNames.count)]) \(Self.givenNames[r.int(Self.givenNames.count)])"
        let idNumber = "0" + String(format: "%02d", r.int(96) + 1) + String(r.int(2) + 2) + String(format: "%02d", r.int(60) + 40) + String(format: "%06d", r.int(1_000_000))
        let phone = "09" + String(format: "%08d", r.int(100_000_000))
        let fee: Int? = if case .vnd(let v) = procedure.fee { v } else { nil }
        var row = Dossier(code: "", procedureCode: procedure.code, procedureName: procedure.name, procedureField: procedure.field,
                          procedureTime: procedure.time?.description ?? "", referenceVersion: context.snapshot.version, feeDue: fee,
                          feeText: fee.map { "\($0) đồng" } ?? "Không", feePaid: (fee ?? 0) == 0, receivingUnit: unit.code, competentUnit: unit.code,
                          provinceCode: province, transferTo: nil, channel: online ? "online" : "counter", applicantName: name,
                          applicantId: idNumber, applicantPhone: phone, applicantEmail: nil, applicantCommune: unit.code, applicantAccount: nil,
                          state: .received, statusCode: DossierState.received.nationalCode, resumeState: nil, assignee: nil, assigneeName: nil,
                          clock: DossierClock(), parts: [], submittedAt: submitted, updatedAt: received, version: 1, idempotencyKey: nil)
        var events: [DossierEvent] = []
        var state: DossierState = .submitted
        func event(_ action: DossierAction, _ t: LocalDateTime, _ to: DossierState, role: Role, reason: String? = nil, detail: [String: String]? = nil) {
            events.append(DossierEvent(dossierCode: "", seq: events.count + 1, at: t, actorId: "mau-\(unit.code)-\(role.rawValue)",
                                       actorName: role == .citizen ? name : "Cán bộ (dữ liệu mẫu)", role: role, unitCode: role == .citizen ? nil : unit.code,
                                       action: action, fromState: events.isEmpty ? nil : state, toState: to, reason: reason, documentId: nil,
                                       detail: detail, visible: action.visibleToApplicant))
            state = to
            row.updatedAt = t
        }
        if online { event(.submit, submitted, .submitted, role: .citizen) }
        var clock = DossierClock()
        clock.receive(at: received, time: procedure.time!, calendar: calendar)
        event(.receive, received, .received, role: .counterOfficer)
        var paid: (LocalDate, Bool)?
        if let fee, fee > 0 {
            let method = online && r.chance(0.7) ? "online" : "counter"
            event(.confirmPayment, later(received, minutes: 5), .received, role: .counterOfficer, detail: ["method": method, "amount": String(fee)])
            row.feePaid = true
            paid = (received.date, method == "online")
        }
        let assigned = later(received, minutes: 30 + r.int(180))
        let due = clock.due ?? later(received, minutes: 7 * 1440)
        var document: DossierDocument?
        if online && r.chance(0.8) {
            document = DossierDocument(id: String(format: "%016llx", r.next()), dossierCode: "", sha256: pdf.sha256, mediaType: pdf.kind.mediaType,
                                       size: pdf.size, fileName: "giay-to.pdf", docType: "Giấy tờ kèm theo", original: false, kind: "submitted",
                                       uploadedAt: submitted, uploadedBy: name)
        }
        func finish(_ dossier: inout Dossier) -> Generated {
            dossier.state = state
            dossier.statusCode = state.nationalCode
            dossier.clock = clock
            return Generated(day: day, row: dossier, events: events, document: document, rating: nil, ratedAt: nil,
                             entry: IndexEntry(unit: unit.code, province: province, procedure: procedure.code, online: online, clock: clock,
                                               documents: document != nil, complaint: false, paid: paid?.0, paidOnline: paid?.1 ?? false))
        }
        guard assigned < now else { return finish(&row) }
        event(.assign, assigned, .processing, role: .divisionHead)
        row.assignee = "mau-\(unit.code)-specialist"
        row.assigneeName = "Chuyên viên \(unit.name) (mẫu)"
        // Supplements: asked during processing, answered a few days later (the clock paused meanwhile).
        let asks = r.chance(h.supplement) ? (r.chance(0.15) ? 2 : 1) : 0
        var cursor = assigned
        for _ in 0..<asks {
            let ask = later(cursor, minutes: 60 + r.int(2 * 1440))
            guard ask < now, ask < due else { break }
            clock.pause(at: ask, calendar: calendar, countsAsSupplement: true)
            row.resumeState = .processing
            event(.requestSupplement, ask, .supplementRequested, role: .specialist, reason: "Thiếu giấy tờ (dữ liệu mẫu)")
            let answer = later(ask, minutes: 1440 + r.int(4 * 1440))
            guard answer < now else { return finish(&row) }
            clock.resume(at: answer, calendar: calendar)
            row.resumeState = nil
            event(.supplement, answer, .processing, role: .citizen)
            cursor = answer
        }
        // The result: late for some, early or on time for most.
        let dueNow = clock.due ?? due
        let late = r.chance(h.late)
        let span = max(3600, dueNow.instant.timeIntervalSince(cursor.instant))
        let approved = late ? later(dueNow, minutes: 60 + r.int(5 * 1440)) : later(cursor, minutes: Int(span / 60 * (0.2 + 0.78 * r.unit())))
        if late, r.chance(0.5) {
            let apologyAt = later(dueNow, minutes: -(120 + r.int(600)))
            if apologyAt < now, apologyAt > cursor, case .success = clock.apologise(newAppointment: later(approved, minutes: 1440)) {
                event(.apologise, apologyAt, state, role: .leader, reason: "Cần xác minh thêm (dữ liệu mẫu)")
            }
        }
        let forApproval = later(approved, minutes: -120)
        guard forApproval < now else { return finish(&row) }
        event(.submitForApproval, forApproval, .awaitingApproval, role: .specialist)
        guard approved < now else { return finish(&row) }
        clock.end(at: approved)
        event(.approve, approved, .completed, role: .leader)
        let returned = later(approved, minutes: 30 + r.int(3 * 1440))
        guard returned < now else { return finish(&row) }
        event(.returnResult, returned, .returned, role: .counterOfficer)
        var g = finish(&row)
        if r.chance(0.15) {
            let bad = r.chance(h.dissatisfied + (late ? 0.3 : 0))
            g.rating = bad ? .dissatisfied : r.chance(0.6) ? .verySatisfied : .satisfied
            g.ratedAt = later(returned, minutes: 10 + r.int(2 * 1440))
            g.entry.complaint = bad
        }
        return g
    }
}
