import Foundation
import MotCuaCore

/// Reading dossiers, each for its reader: the applicant's view, the officer's record (audited), the inbox, the
/// citizen's list, deadline warnings and the export. Who may see a dossier is decided before anything about it is told.
struct DossierQueries {
    let context: ServiceContext

    private var store: DossierStore { DossierStore(context.db) }

    /// A dossier as its reader may see it: the whole record (and an audit entry) for staff who may see it, the status
    /// and visible history for the applicant (account or phone, within the guess budget) or an integration with the
    /// read scope. Anyone else is told that no such dossier exists.
    func view(code: String, reader: Principal?, phone: String?, proof: ApplicantProof) async throws -> DossierDTO {
        guard DossierCode.isWellFormed(code) else { throw DossierService.notFound(code) }
        let found = try await store.dossier(code: code)
        if let p = reader, p.isStaff {
            guard let row = found, AccessRules.canView(p.grants, row.scope) else { throw DossierService.notFound(code) }
            let now = context.now
            try await context.writeTransaction { db in
                try await AuditChain.append(db, actor: p.auditName, action: "dossier.read", subject: row.code, at: now)
            }
            return try await dto(row, staff: p)
        }
        if let p = reader, p.kind == .integration {
            guard p.scopes.contains(.read) else { throw APIError.forbidden }
            guard let row = found else { throw DossierService.notFound(code) }
            return try await dto(row, staff: nil)
        }
        guard try await proof.check(found, code: code, principal: reader, phone: phone), let row = found else {
            throw DossierService.notFound(code)
        }
        return try await dto(row, staff: nil)
    }

    /// What a printable form of a dossier is drawn from: the dossier, the control sheet as its reader may see it, the
    /// documents, and whether the reader sees the officers' copy (staff who may see the dossier) or the applicant's
    /// (account or phone, within the guess budget).
    func printable(code: String, reader: Principal?, phone: String?, proof: ApplicantProof) async throws
        -> (dossier: Dossier, events: [DossierEvent], documents: [DossierDocument], staff: Bool) {
        guard DossierCode.isWellFormed(code) else { throw DossierService.notFound(code) }
        let found = try await store.dossier(code: code)
        let staff: Bool
        if let p = reader, p.isStaff {
            guard let row = found, AccessRules.canView(p.grants, row.scope) else { throw DossierService.notFound(code) }
            staff = true
        } else {
            guard try await proof.check(found, code: code, principal: reader, phone: phone) else { throw DossierService.notFound(code) }
            staff = false
        }
        guard let row = found else { throw DossierService.notFound(code) }
        let events = try await store.events(code: code).filter { staff || $0.visible }
        return (row, events, try await store.documents(code: code), staff)
    }

    /// The declaration of a dossier its reader was already allowed to see (through ``printable(code:reader:phone:proof:)``).
    func declaration(of row: Dossier) async throws -> DossierDeclaration? {
        try await DeclarationStore(context.db).declaration(code: row.code)
    }

    /// The declaration of a dossier its reader was already shown (through ``view(code:reader:phone:proof:)``).
    func declaration(of dossier: DossierDTO) async throws -> DossierDeclaration? {
        try await DeclarationStore(context.db).declaration(code: dossier.code)
    }

    /// The applicant's view of a dossier read for the lookup cache: the row, its history and its rating.
    func applicantEntry(code: String, reader: Principal?, phone: String?, proof: ApplicantProof) async throws -> DossierReadCache.Entry {
        let row = try await store.dossier(code: code)
        guard try await proof.check(row, code: code, principal: reader, phone: phone), let row else { throw DossierService.notFound(code) }
        return DossierReadCache.Entry(row: row, events: try await store.events(code: code), feedback: try await rating(of: row))
    }

    /// One dossier for its reader. A `summary` (inbox and list rows) leaves out the history, documents and messages,
    /// which cost a query each.
    func dto(_ row: Dossier, staff: Principal?, summary: Bool = false) async throws -> DossierDTO {
        let events = summary ? [] : try await store.events(code: row.code)
        let feedback = summary ? nil : try await rating(of: row)
        var dto = DossierDTO.make(row, clock: row.clock, time: try? ProcessingTime.parse(row.procedureTime), events: events,
                                  feedback: feedback, snapshot: context.snapshot, now: context.now, forStaff: staff != nil)
        guard let staff else { return dto }
        dto.version = row.version
        dto.applicant = ApplicantDTO(fullName: row.applicantName, idNumber: row.applicantId, phone: row.applicantPhone,
                                     email: row.applicantEmail, communeCode: row.applicantCommune)
        dto.assignee = row.assignee
        dto.assigneeName = row.assigneeName
        let state = row.state
        dto.availableActions = DossierAction.allCases.filter { a in
            DossierLifecycle.sources(of: a).contains(state) && AccessRules.role(for: a, grants: staff.grants, scope: row.scope) != nil
        }.map(\.rawValue)
        if summary { return dto }
        let documents = try await store.documents(code: row.code)
        dto.documents = documents.map(DocumentDTO.init)
        if let declaration = try await DeclarationStore(context.db).declaration(code: row.code) {
            dto.form = declaration.values
            dto.formVersion = declaration.definition.version
            dto.slots = declaration.slots(documents: documents)
        }
        dto.notifications = try await store.outbox(code: row.code).map {
            NotificationDTO(event: $0.event, channel: $0.channel, status: $0.status.rawValue, attempts: $0.attempts,
                            createdAt: $0.createdAt.description, deliveredAt: $0.deliveredAt?.description, lastError: $0.lastError)
        }
        return dto
    }

    private func rating(of row: Dossier) async throws -> FeedbackDTO? {
        guard row.state.isFinal else { return nil }
        return try await FeedbackStore(db: context.db).feedback(code: row.code).map(FeedbackDTO.init)
    }

    /// The officer's inbox: dossiers of the units they work in (or the province they supervise), soonest due first.
    func inbox(_ q: InboxQuery, officer: Principal) async throws -> DossierListDTO {
        guard officer.isStaff else { throw APIError.forbidden }
        var filter = DossierStore.ListFilter()
        if let unit = q.unit {
            guard let u = context.snapshot.units.history(unit, upTo: context.today) else { throw APIError(.unitNotFound, unit) }
            let province = Routing.province(of: u)
            guard AccessRules.canList(unit: u.code, provinceOfUnit: province, grants: officer.grants) else { throw APIError.forbidden }
            filter.scope = ListScope.of(officer.grants, unit: u.code, provinceOfUnit: province, unitIsProvince: u.level == .province)
        } else {
            filter.scope = ListScope.of(officer.grants)
        }
        if let states = q.states {
            filter.states = states.map(\.rawValue)
        } else if q.openOnly {
            filter.states = DossierState.allCases.filter { !$0.hasEnded }.map(\.rawValue)
        }
        filter.dueBefore = q.dueBefore?.description
        if q.mine { filter.assignee = officer.id }
        filter.limit = q.limit
        filter.offset = q.offset
        return try await list(filter, staff: officer)
    }

    /// A citizen's own dossiers in due order, with the history they may see.
    func mine(citizen: Principal, limit: Int, offset: Int) async throws -> DossierListDTO {
        guard citizen.kind == .citizen else { throw APIError.forbidden }
        var filter = DossierStore.ListFilter()
        filter.applicantAccount = citizen.id
        filter.limit = limit
        filter.offset = offset
        return try await list(filter, staff: nil)
    }

    private func list(_ filter: DossierStore.ListFilter, staff: Principal?) async throws -> DossierListDTO {
        let (rows, total) = try await store.list(filter)
        var items: [DossierDTO] = []
        for row in rows { items.append(try await dto(row, staff: staff, summary: true)) }
        return DossierListDTO(total: total, items: items)
    }

    /// An officer's deadline warnings on dossiers they may still see (grants may have changed since a warning was raised:
    /// the same rule as opening the dossier).
    func warnings(officer: Principal) async throws -> [WarningDTO] {
        guard officer.isStaff else { throw APIError.forbidden }
        let warnings = try await WarningStore(db: context.db).warnings(recipient: officer.id)
        let visible = Set(try await store.dossiers(codes: Array(Set(warnings.map(\.dossierCode))))
            .filter { AccessRules.canView(officer.grants, $0.scope) }.map(\.code))
        return warnings.filter { visible.contains($0.dossierCode) }.map {
            WarningDTO(dossierCode: $0.dossierCode, kind: $0.urgency.rawValue, dueAt: $0.due.description, createdAt: $0.raisedAt.description)
        }
    }

    /// Officers of a unit who can be given a dossier, by name.
    func assignable(unit: String) async throws -> [(id: String, name: String)] {
        try await IdentityStore(db: context.db).staff(ofUnit: unit, roles: [.specialist, .divisionHead, .leader, .counterOfficer])
    }

    static let exportRoles: Set<Role> = [.administrator, .supervisor, .director, .leader]

    /// What an export takes: a unit (a commune's dossiers, or a province's with its communes'), and the days whose
    /// dossiers are wanted — those received by `to` and not ended before `from`.
    struct ExportQuery: Sendable {
        var from: LocalDate?
        var to: LocalDate?
        var unit: String?
        var limit: Int?
    }

    /// An export decided: who reads, what they may see, which dossiers.
    struct Export: Sendable {
        let reader: Principal
        let scope: ListScope
        let competentUnit: String?
        let province: String?
        let from: LocalDateTime?
        let before: LocalDateTime?
        let limit: Int
    }

    /// Decides an export before anything is read: the reader's roles, the unit and the days.
    func export(by reader: Principal, _ q: ExportQuery) throws -> Export {
        guard reader.isStaff, reader.grants.contains(where: { Self.exportRoles.contains($0.role) }) else { throw APIError.forbidden }
        var competent: String?, province: String?
        if let code = q.unit {
            guard let unit = context.snapshot.units.history(code, upTo: context.today) else { throw APIError(.unitNotFound, code.prefix(20)) }
            if unit.level == .province { province = unit.code } else { competent = unit.code }
        }
        if let from = q.from, let to = q.to, from > to { throw APIError(.badDate, "\(from) > \(to)") }
        return Export(reader: reader, scope: ListScope.of(reader.grants, roles: Self.exportRoles), competentUnit: competent, province: province,
                      from: q.from.map { LocalDateTime(date: $0, secondOfDay: 0) },
                      before: q.to.map { LocalDateTime(date: $0.adding(days: 1), secondOfDay: 0) }, limit: q.limit ?? Int.max)
    }

    /// The next lines of an export (one JSON object per dossier, in the national vocabulary, with its declaration),
    /// after the dossier `after`; `last` is nil at the end. Pages are small so that any size streams in little memory.
    func exportLines(_ e: Export, after: String?, size: Int = 1_000) async throws -> (text: String, count: Int, last: String?) {
        let rows = try await store.exportPage(scope: e.scope, competentUnit: e.competentUnit, province: e.province, before: e.before, after: after,
                                              limit: size)
        let kept = rows.filter { r in e.from.map { from in r.clock.endedAt.map { $0 >= from } ?? true } ?? true }
        let declarations = try await DeclarationStore(context.db).declarations(codes: kept.map(\.code))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = ""
        for r in kept {
            let facts: [String: String?] = [
                "MaHoSo": r.code, "MaTTHC": r.procedureCode, "TenTTHC": r.procedureName, "MaDonViTiepNhan": r.receivingUnit,
                "MaDonViXuLy": r.competentUnit, "TrangThaiHoSo": String(r.statusCode), "KenhNop": r.channel,
                "NgayTiepNhan": r.clock.receivedAt?.description, "NgayHenTra": r.appointment?.description, "HanXuLy": r.clock.due?.description,
                "NgayKetThucXuLy": r.clock.endedAt?.description, "KetQuaDungHan": r.outcome?.rawValue,
                "SoLanBoSung": String(r.clock.supplementRequests), "NgayTamDung": r.clock.pausedAt?.description,
            ]
            var line = facts.compactMapValues { $0 }.mapValues(DeclarationValue.text)
            if let d = declarations[r.code] {
                line["ToKhai"] = .group(d.values)
                line["PhienBanToKhai"] = .text(String(d.definition.version))
            }
            out += String(decoding: try encoder.encode(line), as: UTF8.self) + "\n"
        }
        return (out, kept.count, rows.count < size ? nil : rows.last?.code)
    }

    /// Records that an export was read (who, what, how many rows).
    func exported(_ e: Export, rows: Int) async throws {
        let now = context.now
        let what = [e.competentUnit ?? e.province, e.from.map { "from \($0.date)" }, e.before.map { "to \($0.date.adding(days: -1))" }]
            .compactMap { $0 }.joined(separator: " ")
        try await context.writeTransaction { db in
            try await AuditChain.append(db, actor: e.reader.auditName, action: "dossier.export", subject: "dossiers",
                                        detail: "\(rows) rows" + (what.isEmpty ? "" : " · " + what), at: now)
        }
    }
}
