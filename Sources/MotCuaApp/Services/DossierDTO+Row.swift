import Foundation
import MotCuaCore

extension DossierDTO {
    static func unitRef(_ code: String, _ snapshot: ReferenceSnapshot, on date: LocalDate) -> UnitRefDTO {
        UnitRefDTO(code: code, name: snapshot.units.history(code, upTo: date)?.fullName ?? code)
    }

    /// What anyone allowed to see the dossier sees; officers also see who did each step and its details.
    /// `clock` and `time` are the row's, decoded (the read cache keeps them decoded). The applicant's view is
    /// computed as of the start of the minute (so one rendering serves the whole minute); officers' to the second.
    static func make(_ row: DossierRow, clock: DossierClock, time: ProcessingTime?, events: [EventRow], feedback: FeedbackDTO?,
                    snapshot: ReferenceSnapshot, now instant: Date, forStaff: Bool) -> DossierDTO {
        let now = LocalDateTime(forStaff ? instant : Date(timeIntervalSince1970: (instant.timeIntervalSince1970 / 60).rounded(.down) * 60))
        let state = row.dossierState
        var urgency: String?
        var left: Int?
        if !state.hasEnded {
            let u = clock.urgency(at: now, calendar: snapshot.calendar)
            urgency = u.0.rawValue
            left = u.secondsLeft
        }
        let history = events.filter { forStaff || $0.visible }.map { e in
            HistoryDTO(seq: e.seq, at: e.at, action: e.action, actionText: DossierAction(rawValue: e.action)?.vietnamese ?? e.action,
                       state: e.toState, stateText: DossierState(rawValue: e.toState)?.vietnamese ?? e.toState,
                       reason: e.reason, actor: forStaff ? e.actorName : nil, role: forStaff ? e.role : nil,
                       detail: forStaff ? e.detail.flatMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8)) } : nil)
        }
        let parts = row.partsValue
        let today = now.date
        var dto = DossierDTO(
            code: row.code, procedureCode: row.procedureCode, procedureName: row.procedureName, state: row.state,
            statusCode: row.statusCode, statusText: state.vietnamese, channel: row.channel,
            receivingUnit: unitRef(row.receivingUnit, snapshot, on: today), competentUnit: unitRef(row.competentUnit, snapshot, on: today),
            transferTo: row.transferTo.map { unitRef($0, snapshot, on: today) }, submittedAt: row.submittedAt,
            appointment: row.appointment ?? (state == .submitted ? time.map { snapshot.calendar.appointment(received: now, time: $0).description } : nil),
            appointmentProvisional: row.appointment == nil, dueAt: row.dueAt, apologyAppointment: clock.apologyAppointment?.description,
            urgency: urgency, workingSecondsLeft: left, supplementRequests: clock.supplementRequests, outcome: row.outcome,
            feeDue: row.feeDue, feeText: row.feeText, feePaid: row.feePaid,
            parts: parts.isEmpty ? nil : parts.map { PartDTO(name: $0.name, agency: $0.agency, unitCode: $0.unitCode, due: $0.due?.description, completedAt: $0.completedAt?.description) },
            history: history)
        dto.feedback = feedback
        return dto
    }
}
