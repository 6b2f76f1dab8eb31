import Fluent
import Foundation
import MotCuaCore
import Vapor

extension DossierService {
    /// Takes one action on a dossier: checks the actor's right and the lifecycle, moves the clock, writes the
    /// control-sheet line, the audit entry and any citizen message — all or nothing.
    ///
    /// Who may act is decided before anything about the dossier is read: callers who cannot take this action on
    /// any dossier are refused first, and callers without access get the same answer for an existing and a
    /// missing code (its state and version are compared only once access is established). The applicant's phone
    /// is checked within the guess budget (`proof`).
    func act(code: String, action: DossierAction, input: ActionInput, actor: Principal?, proof: ApplicantProof, now: Date) async throws -> Dossier {
        let local = LocalDateTime(now)
        switch actor?.kind {
        case .staff?:
            guard actor!.isStaff else { throw APIError.forbidden }
        case .integration?:
            guard actor!.scopes.contains(where: { $0.actions.contains(action) }) else { throw APIError.forbidden }
        case .system?:
            throw APIError.forbidden
        case .citizen?, nil:
            if actor == nil && (input.phone ?? "").isEmpty { throw APIError.unauthenticated }
            guard DossierLifecycle.roles(for: action).contains(.citizen) else { throw APIError.forbidden }
            guard DossierCode.isWellFormed(code) else { throw Self.notFound(code) }
            let row = try await DossierStore(app.db).dossier(code: code)
            guard try await proof.check(row, code: code, principal: actor, phone: input.phone) else { throw Self.notFound(code) }
        }
        let reason = input.reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        if action.needsReason && (reason ?? "").isEmpty {
            throw APIError(.reasonRequired, action)
        }
        if let reason, reason.count > 2000 {
            throw APIError(.reasonTooLong)
        }
        if let reason, TextRules.hasControlCharacters(reason, allowingLineBreaks: true) {
            throw APIError(.badReason)
        }
        var appointmentFound: LocalDateTime?
        if action == .apologise {
            guard let text = input.newAppointment, let t = LocalDateTime.parse(text) else {
                throw APIError(.newAppointmentRequired)
            }
            // A new date is a promise to a citizen: within a year, not a placeholder such as 9999-12-31.
            guard t.instant.timeIntervalSince(now) <= Self.longestApologyDelay else {
                throw APIError(.newAppointmentTooFar)
            }
            appointmentFound = t
        }
        var timeFound: ProcessingTime?
        if let text = input.processingTime, !text.isEmpty {
            do { timeFound = try ProcessingTime.parse(text) } catch {
                throw APIError(.badTime, LocalizedText(vi: error.vietnamese, en: error.description))
            }
        }
        let today = local.date
        var targetFound: AdministrativeUnit?
        if action == .transfer {
            guard let t = input.targetUnit, let unit = snapshot.units.unit(t, asOf: today) else {
                throw APIError(.targetUnitRequired)
            }
            targetFound = unit
        }
        var assigneeFound: String?
        if action.needsAssignee {
            guard let a = input.assignee, let account = try await IdentityStore(db: app.db).account(id: a), account.kind == "staff" else {
                throw APIError(.assigneeRequired)
            }
            assigneeFound = account.fullName
        }
        var grantsFound: [RoleGrant] = []
        if let a = input.assignee { grantsFound = try await IdentityStore(db: app.db).grants(of: a) }
        // (Checked whatever the action: a bad value is refused, not silently ignored; recorded only with a payment.)
        let paymentGiven = try Self.paymentDetail(input)
        let payment = action == .confirmPayment ? paymentGiven : [:]
        let calendar = self.calendar
        let publicURL = app.motcuaConfig.publicURL
        let (target, assigneeName, assigneeGrants, newAppointment, timeOverride) = (targetFound, assigneeFound, grantsFound, appointmentFound, timeFound)

        return try await app.writeTransaction { db -> Dossier in
            let store = DossierStore(db)
            guard var row = try await store.dossier(code: code) else { throw Self.notFound(code) }
            let (role, person) = try Self.authorise(action: action, row: row, actor: actor, phone: input.phone)
            let before = row.state
            if let v = input.version, v != row.version { throw Self.conflict(row) }
            let parts = row.parts
            let partsLeft = parts.filter { $0.completedAt == nil }.count
            let after: DossierState
            switch DossierLifecycle.next(from: before, action: action, role: role, resume: row.resumeState, partsLeft: partsLeft) {
            case .success(let s): after = s
            case .failure(let e): throw Self.transitionError(e, row: row, action: action)
            }
            var clock = row.clock
            var detail: [String: String] = [:]
            var event: Outbox.Event?
            switch action {
            case .receive:
                guard let time = timeOverride ?? (try? ProcessingTime.parse(row.procedureTime)) else {
                    throw APIError(.timeRequired)
                }
                row.procedureTime = time.description
                Self.startClock(&row, at: local, time: time, calendar: calendar,
                                interconnected: InterconnectedProcedure.known[row.procedureCode], province: row.provinceCode)
                clock = row.clock
                detail["appointment"] = row.appointment?.description
                event = .received
            case .requestSupplement:
                row.resumeState = before
                if clock.receivedAt != nil { clock.pause(at: local, calendar: calendar, countsAsSupplement: true) }
                event = .supplementRequested
            case .requestPayment:
                row.resumeState = before
                clock.pause(at: local, calendar: calendar, countsAsSupplement: false)
                event = .paymentRequested
            case .supplement, .confirmPayment:
                clock.resume(at: local, calendar: calendar)
                row.resumeState = nil
                if action == .confirmPayment {
                    try Self.checkPaidAmount(input, row: row, actor: actor)
                    row.feePaid = true
                    detail = payment
                }
            case .assign, .handOver:
                guard let a = input.assignee, assigneeGrants.contains(where: { AccessRules.covers($0, row.scope, authorityOnly: true) }),
                      assigneeGrants.contains(where: { [.specialist, .divisionHead, .leader, .counterOfficer].contains($0.role) }) else {
                    throw APIError(.assigneeNotInUnit)
                }
                row.assignee = a
                row.assigneeName = assigneeName
                detail["assignee"] = assigneeName
            case .transfer:
                guard let target, target.code != row.competentUnit, Routing.province(of: target) == row.provinceCode else {
                    throw APIError(.badTransfer)
                }
                row.transferTo = target.code
                detail["to"] = target.code
                detail["toName"] = target.fullName
            case .acceptTransfer:
                guard let to = row.transferTo, person == nil || person!.grants.contains(where: { $0.role == .administrator || $0.unitCode == to }) else {
                    throw APIError.forbidden
                }
                detail["from"] = row.competentUnit
                row.competentUnit = to
                row.transferTo = nil
                row.assignee = nil
                row.assigneeName = nil
            case .completePart:
                guard let i = parts.firstIndex(where: { $0.completedAt == nil }) else { throw Self.transitionError(.partsOutstanding(0), row: row, action: action) }
                if let person, !person.grants.contains(where: { $0.role == .administrator || $0.unitCode == parts[i].unitCode }) {
                    throw APIError(.notYourPart, parts[i].name, parts[i].agency)
                }
                var p = parts
                p[i].completedAt = local
                p[i].completedBy = actor?.name
                row.parts = p
                detail["part"] = parts[i].name
                if let due = parts[i].due { detail["partOnTime"] = local <= due ? "true" : "false" }
            case .approve:
                clock.end(at: local)
                event = .resultReady
            case .refuse:
                clock.end(at: local)
                event = .refused
            case .stop:
                clock.end(at: local)
                event = .stopped
            case .withdraw:
                clock.end(at: local)
                event = .withdrawn
            case .returnResult:
                if clock.endedAt == nil { clock.end(at: local) }
                event = .returned
            case .apologise:
                switch clock.apologise(newAppointment: newAppointment!) {
                case .success: break
                case .failure(let e): throw Self.transitionError(e, row: row, action: action)
                }
                detail["newAppointment"] = newAppointment!.description
                event = .apology
            case .submit, .consultAgency, .agencyReplied, .submitForApproval, .returnForRework:
                break
            }
            if action != .receive { row.clock = clock }
            row.state = after
            row.statusCode = after.nationalCode
            row.updatedAt = local
            let version = row.version
            guard try await store.update(row, expectedVersion: version) else { throw Self.conflict(row) }
            row.version = version + 1
            let seq = try await store.lastEventSeq(code: row.code) + 1
            let unit = person?.grants.first(where: { AccessRules.covers($0, row.scope) })?.unitCode
            try await Self.record(store, db, row: row, seq: seq, action: action, from: before, to: after, actor: actor ?? .applicant(named: row.applicantName),
                role: role, unit: unit, reason: reason, detail: detail.isEmpty ? nil : detail, at: local)
            if let event { try await Outbox.enqueue(store, row: row, event: event, at: local, publicURL: publicURL, reason: reason) }
            try await Self.audit(db, code: row.code, action: action, from: before, to: after, actor: actor ?? .applicant(named: row.applicantName),
                role: role, reason: reason, at: local)
            return row
        }
    }

    /// The role the actor acts under, and the staff principal if any. Staff need a grant that covers the dossier;
    /// the applicant proves the dossier's phone (or owns it); integrations need the action's scope.
    static func authorise(action: DossierAction, row: Dossier, actor: Principal?, phone: String?) throws -> (Role, Principal?) {
        if let actor, actor.kind == .staff {
            guard AccessRules.canView(actor.grants, row.scope) else { throw notFound(row.code) }
            guard let role = AccessRules.role(for: action, grants: actor.grants, scope: row.scope) else {
                throw APIError(.roleNotAllowed, LocalizedText(vi: "Vai trò của bạn tại đơn vị này", en: "Your role in this unit"), action)
            }
            return (role, actor)
        }
        if let actor, actor.kind == .integration {
            guard actor.scopes.contains(where: { $0.actions.contains(action) }) else { throw APIError.forbidden }
            return (.integration, nil)
        }
        // The applicant (whose phone ``act`` has already checked within the guess budget).
        guard row.isApplicant(actor, phone: phone) else { throw notFound(row.code) }
        guard DossierLifecycle.roles(for: action).contains(.citizen) else { throw APIError.forbidden }
        return (.citizen, nil)
    }

    static let longestApologyDelay: TimeInterval = 366 * 86_400

    /// A payment is confirmed only for what is owed: an amount that differs from the fee is refused (a partial or
    /// excess payment is settled at the counter), and a payment gateway must state the amount.
    static func checkPaidAmount(_ input: ActionInput, row: Dossier, actor: Principal?) throws {
        if input.amount == nil, actor?.kind == .integration, row.feeDue != nil {
            throw APIError(.amountRequired)
        }
        if let amount = input.amount, let owed = row.feeDue, amount != owed {
            throw APIError(.amountMismatch, amount, owed)
        }
    }

    /// The payment a `confirmPayment` records on the control sheet (all optional; checked when given).
    static func paymentDetail(_ input: ActionInput) throws -> [String: String] {
        var detail: [String: String] = [:]
        if let amount = input.amount {
            guard (0...1_000_000_000_000).contains(amount) else {
                throw APIError(.badAmount)
            }
            detail["amount"] = String(amount)
        }
        if let method = input.paymentMethod {
            guard ["online", "counter", "bank_transfer"].contains(method) else {
                throw APIError(.badPaymentMethod)
            }
            detail["method"] = method
        }
        if let reference = input.paymentReference?.trimmingCharacters(in: .whitespacesAndNewlines), !reference.isEmpty {
            guard reference.count <= 100, !reference.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                throw APIError(.badPaymentReference)
            }
            detail["reference"] = reference
        }
        return detail
    }

    static func notFound(_ code: String) -> APIError {
        APIError(.dossierNotFound, code)
    }

    static func conflict(_ row: Dossier) -> APIError {
        APIError(.changedMeanwhile, row.code, row.state)
    }

    static func transitionError(_ e: TransitionError, row: Dossier, action: DossierAction) -> APIError {
        let state = row.state
        switch e {
        case .illegal:
            return APIError(.illegalTransition, action, state, state.nationalCode)
        case .roleNotAllowed(let role, _):
            return APIError(.roleNotAllowed, role, action)
        case .alreadyApologised:
            return APIError(.alreadyApologised)
        case .newAppointmentNotLater:
            return APIError(.newAppointmentNotLater, row.dueAt ?? "")
        case .partsOutstanding(let n):
            return APIError(.partsOutstanding, n)
        }
    }
}
