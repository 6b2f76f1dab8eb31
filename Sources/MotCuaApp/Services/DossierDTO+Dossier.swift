import Foundation
import MotCuaCore

extension DossierDTO {
    static func unitRef(_ code: String, _ snapshot: ReferenceSnapshot, on date: LocalDate) -> UnitRefDTO {
        UnitRefDTO(code: code, name: snapshot.units.history(code, upTo: date)?.fullName ?? code)
    }

    /// What anyone allowed to see the dossier sees; officers also see who did each step and its details.
    /// `clock` and `time` are the row's, decoded (the read cache keeps them decoded). The applicant's view is
    /// computed as of the start of the minute (so one rendering serves the whole minute); officers' to the second.
    static func make(_ row: Dossier, clock: DossierClock, time: ProcessingTime?, events: [DossierEvent], feedback: FeedbackDTO?,
                    snapshot: ReferenceSnapshot, now instant: Date, forStaff: Bool) -> DossierDTO {
        let now = LocalDateTime(forStaff ? instant : Date(timeIntervalSince1970: (instant.timeIntervalSince1970 / 60).rounded(.down) * 60))
        let state = row.state
        var urgency: String?
        var left: Int?
        if !state.hasEnded {
            let u = clock.urgency(at: now, calendar: snapshot.calendar)
            urgency = u.0.rawValue
            left = u.secondsLeft
        }
        let history = events.filter { forStaff || $0.visible }.map { e in
            HistoryDTO(seq: e.seq, at: e.at.description, action: e.action.rawValue, actionText: e.action.vietnamese,
                       state: e.toState.rawValue, stateText: e.toState.vietnamese,
                       reason: e.reason, actor: forStaff ? e.actorName : nil, role: forStaff ? e.role.rawValue : nil,
                       detail: forStaff ? e.detail : nil)
        }
        let parts = row.parts
        let today = now.date
        var dto = DossierDTO(
            code: row.code, procedureCode: row.procedureCode, procedureName: row.procedureName, state: row.state.rawValue,
            statusCode: row.statusCode, statusText: state.vietnamese, channel: row.channel,
            receivingUnit: unitRef(row.receivingUnit, snapshot, on: today), competentUnit: unitRef(row.competentUnit, snapshot, on: today),
            transferTo: row.transferTo.map { unitRef($0, snapshot, on: today) }, submittedAt: row.submittedAt.description,
            appointment: (row.appointment ?? (state == .submitted ? time.map { snapshot.calendar.appointment(received: now, time: $0) } : nil))?.description,
            appointmentProvisional: row.appointment == nil, dueAt: row.dueAt?.description, apologyAppointment: clock.apologyAppointment?.description,
            urgency: urgency, workingSecondsLeft: left, supplementRequests: clock.supplementRequests, outcome: row.outcome?.rawValue,
            feeDue: row.feeDue, feeText: row.feeText, feePaid: row.feePaid,
            parts: parts.isEmpty ? nil : parts.map { PartDTO(name: $0.name, agency: $0.agency, unitCode: $0.unitCode, due: $0.due?.description, completedAt: $0.completedAt?.description) },
            history: history)
        dto.feedback = feedback
        return dto
    }
}
