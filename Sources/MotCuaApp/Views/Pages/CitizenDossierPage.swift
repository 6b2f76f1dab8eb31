import MotCuaCore

/// One of the citizen's dossiers: its facts, history and what the citizen can do now (supplement, pay,
/// withdraw with a confirmation, rate once it has ended).
struct CitizenDossierPage: Encodable {
    struct Fact: Encodable { let label: String; let value: String }
    struct Step: Encodable { let at: String; let action: String; let reason: String? }
    struct Choice: Encodable { let value: String; let label: String }

    let code: String
    let notice: String?
    let error: String?
    let facts: [Fact]
    let receiptHref: String?
    let history: [Step]
    let supplementAction: String?
    let paymentNotice: String?
    let withdrawAction: String?
    let rateAction: String?
    let ratingChoices: [Choice]
    let rating: String?

    init(_ d: DossierDTO, notice: String?, error: String?, language l: Language) {
        func t(_ key: String, _ args: CustomStringConvertible...) -> String {
            args.isEmpty ? UIText.text(key, l) : UIText.text(key, l, args[0])
        }
        code = d.code
        self.notice = notice
        self.error = error
        let appointment = DisplayFormat.dateTime(d.apologyAppointment ?? d.appointment, l)
        let fee = Names.fee(due: d.feeDue, text: d.feeText, l)
        let rows: [(String, String?)] = [
            ("dossier_procedure", "\(d.procedureName) (\(d.procedureCode))"), ("track_status", Names.state(d.state, l)),
            ("dossier_received_by", d.receivingUnit.name), ("dossier_decided_by", d.competentUnit.name),
            ("dossier_submitted", DisplayFormat.dateTime(d.submittedAt, l)),
            ("track_appointment", appointment.map { $0 + (d.appointmentProvisional ? " (\(t("appointment_provisional")))" : "") }),
            // Nothing to pay: no "paid"/"not paid" beside "Free".
            ("procedure_fee", fee + (d.feeDue == 0 || d.feeDue == nil ? "" : d.feePaid ? " — \(t("payment_paid"))" : " — \(t("payment_unpaid"))")),
            ("dossier_outcome", d.outcome.map { Names.outcome($0, l) }),
        ]
        facts = rows.compactMap { key, value in value.map { Fact(label: t(key), value: $0) } }
        let state = DossierState(rawValue: d.state)
        receiptHref = d.history.contains { $0.action == DossierAction.receive.rawValue }
            ? SiteRoute.printable.path(d.code, "phieu-tiep-nhan") : nil
        history = d.history.map { Step(at: DisplayFormat.dateTime($0.at, l) ?? $0.at, action: Names.action($0.action, l), reason: $0.reason) }
        supplementAction = state == .supplementRequested ? SiteRoute.citizenSupplement.path(d.code) : nil
        paymentNotice = state == .paymentRequested ? t("dossier_payment_notice", fee) : nil
        withdrawAction = state.map { [.submitted, .received, .supplementRequested].contains($0) } == true ? SiteRoute.citizenWithdraw.path(d.code) : nil
        rating = d.feedback.map { f in Names.rating(f.rating, l) + (f.comment.map { ": \($0)" } ?? "") }
        rateAction = d.feedback == nil && state?.isFinal == true ? SiteRoute.citizenRate.path(d.code) : nil
        ratingChoices = ServiceRating.allCases.map { Choice(value: $0.rawValue, label: l == .vi ? $0.vietnamese : $0.english) }
    }
}
