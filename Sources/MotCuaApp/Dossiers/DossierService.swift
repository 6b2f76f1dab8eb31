import Crypto
import Fluent
import Foundation
import MotCuaCore
import Vapor

/// The dossier lifecycle with its side effects: codes, clock, control sheet, outbox, audit — each change in one transaction.
struct DossierService {
    let app: Application
    let snapshot: ReferenceSnapshot

    var calendar: WorkingCalendar { snapshot.calendar }

    init(app: Application, snapshot: ReferenceSnapshot) {
        self.app = app; self.snapshot = snapshot
    }


    // MARK: Submission

    /// Validates a submission and records it; with an idempotency key, a retry returns the first dossier.
    func submit(_ input: SubmissionInput, actor: Principal?, idempotencyKey: String?, now: Date) async throws -> (Dossier, created: Bool) {
        // The request's fingerprint matters only with a key; a large one is hashed off the event loop.
        let large = (input.documents ?? []).reduce(0) { $0 + $1.contentBase64.utf8.count } > LargeBodyGate.smallBytes
        let requestHash = idempotencyKey == nil ? "" : large ? try await app.threadPool.runIfActive { Self.fingerprint(input) } : Self.fingerprint(input)
        if let key = idempotencyKey {
            guard (1...200).contains(key.utf8.count), !key.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                throw APIError(.badIdempotencyKey)
            }
            if let existing = try await DossierStore(app.db).dossier(idempotencyKey: Self.scopedKey(key, actor, requestHash: requestHash)) {
                return (try Self.replay(existing, requestHash: requestHash), false)
            }
        }
        let local = LocalDateTime(now)
        let today = local.date
        guard let procedure = snapshot.catalogue.procedure(code: input.procedureCode.trimmingCharacters(in: .whitespaces)) else {
            throw APIError(.procedureNotFound, input.procedureCode)
        }
        if let abolished = snapshot.changes.abolished(procedure.code, on: today) {
            throw APIError(.procedureAbolished, LocalizedText(vi: abolished.vietnamese, en: "Procedure \(procedure.code) was abolished from \(abolished.effective) by \(abolished.decision); no new dossiers are received."))
        }
        // The levels in force today: a dossier keeps the unit it is routed to now, whatever is decided later.
        let competence = snapshot.changes.competence(of: procedure.code, levels: procedure.levels, on: today)
        if let later = competence.notYetInForce {
            throw APIError(.procedureNotYetInForce, LocalizedText(
                vi: "Thủ tục \(procedure.code) áp dụng từ ngày \(later.effective.vietnamese) theo \(later.decision); chưa tiếp nhận hồ sơ trước ngày đó.",
                en: "Procedure \(procedure.code) applies from \(later.effective) by \(later.decision); no dossier is received before then."))
        }
        let channel = try parseChannel(input.channel, actor: actor)
        let applicant = try Self.validateApplicant(input.applicant, today: today)
        guard let receiving = snapshot.units.unit(input.unitCode, asOf: today) else {
            throw APIError(.unitNotFound, input.unitCode)
        }
        let provinceCode = Routing.province(of: receiving)
        guard let province = snapshot.units.unit(provinceCode, asOf: today) else { throw APIError.notReady }
        let applicantCommune = try input.applicant.communeCode.map { code in
            guard let u = snapshot.units.unit(code, asOf: today), u.level == .commune else {
                throw APIError(.communeNotFound, code, today)
            }
            return u
        }
        let requested = try input.competentUnitCode.map { code in
            guard let u = snapshot.units.unit(code, asOf: today) else {
                throw APIError(.unitNotFound, code)
            }
            return u
        }
        let competent: AdministrativeUnit
        switch Routing.competentUnit(levels: competence.levels, receiving: receiving, applicantCommune: applicantCommune,
                                     requested: requested, province: province) {
        case .success(let u): competent = u
        case .failure(let problem): throw Self.routingError(problem, procedure: procedure)
        }
        if let actor, actor.kind == .staff {
            // A counter officer enters dossiers at their own centre (it may route them to any unit of the province).
            guard actor.grants.contains(where: { $0.role == .administrator || ($0.role == .counterOfficer && ($0.unitCode == receiving.code)) }) else {
                throw APIError(.notYourUnit)
            }
        }
        if let actor, actor.kind == .integration, !actor.scopes.contains(.submit) { throw APIError.forbidden }
        let time = try processingTime(procedure: procedure, override: input.processingTime)
        let sent = input.documents ?? []
        guard sent.count <= DocumentStore.maxDocumentsPerDossier else { throw DossierDocuments.tooManyDocuments }
        let maxBytes = app.motcuaConfig.maxUploadBytes
        // Decoding and hashing megabytes is work for the thread pool, not for an event loop that answers other requests.
        let encodedBytes = sent.reduce(0) { $0 + $1.contentBase64.utf8.count }
        let documents = encodedBytes <= LargeBodyGate.smallBytes
            ? try sent.map { try DocumentStore.decode($0, maxBytes: maxBytes) }
            : try await app.threadPool.runIfActive { try sent.map { try DocumentStore.decode($0, maxBytes: maxBytes) } }
        guard documents.reduce(0, { $0 + $1.size }) <= DocumentStore.maxBytesPerDossier else { throw DossierDocuments.tooManyDocuments }
        guard let (definition, derived) = try await app.declarationForms.form(code: procedure.code, snapshot: snapshot, app: app) else {
            throw APIError(.procedureNotFound, procedure.code)
        }
        let units = snapshot.units
        let outcome = try SubmissionDeclaration(definition: definition, written: derived == nil, today: today,
                                                communeExists: { units.unit($0, asOf: today)?.level == .commune })
            .check(input, channel: channel, documents: documents)
        // The definition as stored is made here, outside the write (it is kept, so only once per definition).
        if outcome.declaration != nil { _ = try DeclarationStore.stored(definition) }
        let slotNames = Dictionary(definition.documents.map { ($0.key, $0.name) }, uniquingKeysWith: { a, _ in a })
        // Asked for at once: the required slots the counter officer found missing.
        let supplementReason: String? = outcome.missing.isEmpty ? nil
            : "Còn thiếu: " + outcome.missing.map(\.name).joined(separator: "; ") + "."
        let receiveNow = channel == .counter && supplementReason == nil
        if receiveNow && time == nil { throw Self.timeRequired(procedure) }

        let fee: Int? = {
            switch procedure.fee {
            case .free?: return 0
            case .vnd(let n)?: return n
            default: return nil
            }
        }()
        let feeText: String = {
            switch procedure.fee {
            case .free?: return "Miễn phí"
            case .vnd(let n)?: return "\(n) đồng"
            case .foreign(let amount, let currency)?: return "\(amount) \(currency)"
            case .rule(let text)?: return text
            default: return procedure.feeNote ?? "Theo quy định"
            }
        }()
        let actorPrincipal = actor ?? .applicant(named: applicant.name)
        let storedKey = idempotencyKey.map { Self.scopedKey($0, actor, requestHash: requestHash) }
        let snapshotVersion = snapshot.version
        let calendar = self.calendar
        let publicURL = app.motcuaConfig.publicURL
        let filesDirectory = app.motcuaConfig.filesDirectory
        let day = String(String(today.year).suffix(2)) + String(format: "%02d%02d", today.month, today.day)
        let interconnected = InterconnectedProcedure.known[procedure.code]

        // Files are written before the transaction (content-addressed: a rollback leaves only an unreferenced blob).
        for d in documents { try DocumentStore(directory: filesDirectory).write(d) }

        let role: Role = actor?.kind == .staff ? .counterOfficer : actor?.kind == .integration ? .integration : .citizen
        let accountId = actor?.kind == .citizen ? actor?.id : nil
        // Everything the new dossier writes, once it has its number.
        let prefix = app.motcuaConfig.agencyIdentifiers[receiving.code] ?? receiving.code
        let newDossier = NewDossier(unit: receiving.code, day: day) { seq in
            let code = DossierCode.make(unit: prefix, date: today, sequence: seq)
            var row = Dossier(
                code: code, procedureCode: procedure.code, procedureName: procedure.name, procedureField: procedure.field,
                procedureTime: time?.description ?? "", referenceVersion: snapshotVersion, feeDue: fee, feeText: feeText,
                feePaid: fee == 0, receivingUnit: receiving.code, competentUnit: competent.code, provinceCode: provinceCode,
                transferTo: nil, channel: channel.rawValue, applicantName: applicant.name, applicantId: applicant.id.digits,
                applicantPhone: applicant.phone, applicantEmail: applicant.email, applicantCommune: applicantCommune?.code,
                applicantAccount: accountId,
                state: .submitted, statusCode: 1, resumeState: nil, assignee: nil, assigneeName: nil,
                clock: DossierClock(), parts: [], submittedAt: local, updatedAt: local, version: 1, idempotencyKey: storedKey,
                requestHash: storedKey == nil ? nil : requestHash)
            var records = NewDossier.Records(row: row)
            records.events.append(Self.event(row: row, seq: 1, action: .submit, from: nil, to: .submitted, actor: actorPrincipal,
                                             role: role, unit: receiving.code, reason: nil, detail: nil, at: local))
            records.audit.append(Self.auditDraft(code: code, action: .submit, from: nil, to: .submitted, actor: actorPrincipal, role: role,
                                                 reason: nil, at: local))
            records.documents = documents.map { d in
                let named = d.docType == DocumentStore.untyped ? d.slot.flatMap { slotNames[$0] }.map { String($0.prefix(200)) } : nil
                return DossierDocument(id: UUID().uuidString.lowercased(), dossierCode: code, sha256: d.sha256, mediaType: d.kind.mediaType,
                                       size: d.size, fileName: d.fileName, docType: named ?? d.docType, original: d.original, kind: "submitted",
                                       uploadedAt: local, uploadedBy: actorPrincipal.auditName, slot: d.slot)
            }
            records.declaration = outcome.declaration
            if receiveNow, let time {
                // Received at the counter: complete, the clock starts now.
                Self.startClock(&row, at: local, time: time, calendar: calendar, interconnected: interconnected, province: provinceCode)
                row.state = .received
                row.statusCode = 2
                row.version = 2
                records.events.append(Self.event(row: row, seq: 2, action: .receive, from: .submitted, to: .received, actor: actorPrincipal,
                                                 role: .counterOfficer, unit: receiving.code, reason: nil,
                                                 detail: ["appointment": row.appointment?.description ?? ""], at: local))
                records.audit.append(Self.auditDraft(code: code, action: .receive, from: .submitted, to: .received, actor: actorPrincipal,
                                                     role: .counterOfficer, reason: nil, at: local))
                records.outbox = Outbox.messages(row: row, event: .received, at: local, publicURL: publicURL)
            } else if let supplementReason {
                // Seen at the counter with required documents missing: recorded, and the supplement asked for them at once.
                row.resumeState = .submitted
                row.state = .supplementRequested
                row.statusCode = DossierState.supplementRequested.nationalCode
                row.version = 2
                records.events.append(Self.event(row: row, seq: 2, action: .requestSupplement, from: .submitted, to: .supplementRequested,
                                                 actor: actorPrincipal, role: .counterOfficer, unit: receiving.code, reason: supplementReason,
                                                 detail: ["slots": outcome.missing.map(\.key).joined(separator: ",")], at: local))
                records.audit.append(Self.auditDraft(code: code, action: .requestSupplement, from: .submitted, to: .supplementRequested,
                                                     actor: actorPrincipal, role: .counterOfficer, reason: supplementReason, at: local))
                records.outbox = Outbox.messages(row: row, event: .supplementRequested, at: local, publicURL: publicURL, reason: supplementReason)
            } else {
                records.outbox = Outbox.messages(row: row, event: .submitted, at: local, publicURL: publicURL)
            }
            records.row = row
            return records
        }

        do {
            return (try await NewDossier.write(newDossier, app: app), true)
        } catch {
            // Two retries raced: the other one won; answer with its dossier.
            if let db = error as? any DatabaseError, db.isConstraintFailure, let key = storedKey,
               let existing = try await DossierStore(app.db).dossier(idempotencyKey: key) { return (try Self.replay(existing, requestHash: requestHash), false) }
            throw error
        }
    }

    /// An idempotency key belongs to its caller: a signed-in account or token owns its keys; anonymous callers
    /// cannot be told apart, so their key counts only together with the request it came with (another person
    /// reusing the same key with another dossier gets a dossier of their own).
    static func scopedKey(_ key: String, _ actor: Principal?, requestHash: String) -> String {
        guard let actor else { return "anonymous:\(requestHash.prefix(32)):\(key)" }
        return "\(actor.auditName):\(key)"
    }

    /// The first dossier of a key, when this request is the one it was first used with; a key reused for another
    /// request is refused (as payment APIs do), never answered with someone else's dossier.
    static func replay(_ existing: Dossier, requestHash: String) throws -> Dossier {
        guard existing.requestHash == nil || existing.requestHash == requestHash else {
            throw APIError(.idempotencyKeyReused)
        }
        return existing
    }

    /// SHA-256 of the submission as decoded (keys sorted), so the same request sent again has the same fingerprint.
    static func fingerprint(_ input: SubmissionInput) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(input)) ?? Data()
        return SHA256.hash(data: data).hex
    }

    /// The appointment a dossier would get if received complete now (shown before an online dossier is checked).
    func provisionalAppointment(_ row: Dossier, now: Date) -> LocalDateTime? {
        guard let time = try? ProcessingTime.parse(row.procedureTime) else { return nil }
        return calendar.appointment(received: LocalDateTime(now), time: time)
    }

    /// What the submitter is told: the code, the state, the appointment (provisional until received) and the lookup link.
    func result(of row: Dossier, now: Date) -> SubmissionResultDTO {
        SubmissionResultDTO(code: row.code, state: row.state.rawValue, statusCode: row.statusCode,
                            appointment: (row.appointment ?? provisionalAppointment(row, now: now))?.description,
                            appointmentProvisional: row.appointment == nil,
                            lookupUrl: app.motcuaConfig.publicURL + SiteRoute.track.path(query: ["ma": row.code]))
    }

    static func startClock(_ row: inout Dossier, at t: LocalDateTime, time: ProcessingTime, calendar: WorkingCalendar,
                           interconnected: InterconnectedProcedure?, province: String) {
        var clock = row.clock
        clock.receive(at: t, time: time, calendar: calendar)
        if let interconnected {
            let dues = interconnected.dues(received: t, calendar: calendar)
            let parts = zip(interconnected.parts, dues).map { part, due in
                PartState(name: part.name, agency: part.agency, unitCode: part.level == .province ? province : row.competentUnit,
                          due: due, completedAt: nil, completedBy: nil)
            }
            row.parts = parts
            if let last = dues.last, let a = clock.appointment, last > a { clock.receive(at: t, appointment: last) }
        }
        row.clock = clock
    }

    private func parseChannel(_ text: String?, actor: Principal?) throws -> MotCuaCore.Channel {
        let value = text ?? (actor?.kind == .staff ? "counter" : "online")
        guard let c = MotCuaCore.Channel(rawValue: value) else {
            throw APIError(.badChannel, value)
        }
        if c == .counter && actor?.kind != .staff {
            throw APIError(.counterNeedsOfficer)
        }
        return c
    }

    struct ValidApplicant { var name: String; var id: CitizenID; var phone: String; var email: String? }

    /// The applicant as the dossier records them, or the first thing wrong (also used by the submission pages, step by step).
    static func validateApplicant(_ a: SubmissionInput.Applicant, today: LocalDate) throws -> ValidApplicant {
        let name = a.fullName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (2...120).contains(name.count), !name.contains(where: { $0.isNewline || $0 == "<" || $0 == ">" }), !TextRules.hasControlCharacters(name) else {
            throw APIError(.badName)
        }
        let id: CitizenID
        switch CitizenID.validate(a.idNumber, currentYear: today.year) {
        case .success(let v): id = v
        case .failure(let p): throw APIError(.badIdNumber, LocalizedText(vi: p.vietnamese, en: p.english))
        }
        guard let phone = PhoneNumber.normalise(a.phone) else {
            throw APIError(.badPhone)
        }
        var email: String?
        if let e = a.email?.trimmingCharacters(in: .whitespaces), !e.isEmpty {
            let parts = e.split(separator: "@")
            guard parts.count == 2, parts[1].contains("."), e.count <= 200, !e.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" }),
                  !TextRules.hasControlCharacters(e) else {
                throw APIError(.badEmail)
            }
            email = e
        }
        return ValidApplicant(name: name, id: id, phone: phone, email: email)
    }

    private func processingTime(procedure: ProcedureSummary, override: String?) throws -> ProcessingTime? {
        if let override, !override.isEmpty {
            do { return try ProcessingTime.parse(override) } catch {
                throw APIError(.badTime, LocalizedText(vi: error.vietnamese, en: error.description))
            }
        }
        return procedure.time
    }

    static func timeRequired(_ p: ProcedureSummary) -> APIError {
        APIError(.timeRequired, p.code)
    }

    static func routingError(_ p: Routing.Problem, procedure: ProcedureSummary) -> APIError {
        switch p {
        case .noLocalAuthority:
            return APIError(.noLocalAuthority, procedure.code)
        case .outsideProvince:
            return APIError(.outsideProvince)
        case .communeRequired:
            return APIError(.communeRequired)
        case .unitWithoutAuthority:
            return APIError(.unitWithoutAuthority, procedure.code)
        }
    }

    // MARK: Control sheet

    static func record(_ store: DossierStore, _ db: any Database, row: Dossier, seq: Int, action: DossierAction, from: DossierState?,
                       to: DossierState, actor: Principal, role: Role, unit: String?, reason: String?, detail: [String: String]?,
                       documentId: String? = nil, at: LocalDateTime) async throws {
        try await store.insert(event(row: row, seq: seq, action: action, from: from, to: to, actor: actor, role: role, unit: unit,
                                     reason: reason, detail: detail, documentId: documentId, at: at))
    }

    /// A line of the control sheet.
    static func event(row: Dossier, seq: Int, action: DossierAction, from: DossierState?, to: DossierState, actor: Principal, role: Role,
                      unit: String?, reason: String?, detail: [String: String]?, documentId: String? = nil, at: LocalDateTime) -> DossierEvent {
        DossierEvent(dossierCode: row.code, seq: seq, at: at, actorId: actor.id, actorName: actor.name, role: role, unitCode: unit,
                     action: action, fromState: from, toState: to, reason: reason, documentId: documentId, detail: detail,
                     visible: action.visibleToApplicant)
    }

    /// The audit entry of a transition. Appended last in its transaction: the chain's head row stays locked
    /// (PostgreSQL) only for the last statement and the commit.
    static func audit(_ db: any Database, code: String, action: DossierAction, from: DossierState?, to: DossierState,
                      actor: Principal, role: Role, reason: String?, at: LocalDateTime) async throws {
        try await AuditChain.append(db, [auditDraft(code: code, action: action, from: from, to: to, actor: actor, role: role, reason: reason, at: at)])
    }

    static func auditDraft(code: String, action: DossierAction, from: DossierState?, to: DossierState,
                           actor: Principal, role: Role, reason: String?, at: LocalDateTime) -> AuditChain.Draft {
        AuditChain.Draft(actor: actor.auditName, action: "dossier.\(action.rawValue)", subject: code,
                         detail: "\(from?.rawValue ?? "-")→\(to.rawValue) as \(role.rawValue)" + (reason.map { ": \($0)" } ?? ""),
                         at: at.instant)
    }
}
