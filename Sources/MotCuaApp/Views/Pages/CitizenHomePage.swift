/// "My dossiers": the citizen's dossiers, drafts, fees and ratings.
struct CitizenHomePage: Encodable {
    struct Dossier: Encodable { let href: String; let code: String; let procedure: String; let status: String; let appointment: String }
    struct Draft: Encodable { let href: String; let procedure: String; let saved: String; let state: String; let deleteAction: String }
    struct Payment: Encodable { let href: String; let code: String; let fee: String; let state: String }
    struct Rating: Encodable { let href: String; let code: String; let rating: String; let comment: String? }

    let notice: String?
    let dossiers: [Dossier]?
    let drafts: [Draft]?
    let payments: [Payment]?
    let ratings: [Rating]?

    init(notice: String?, dossiers: [DossierDTO], drafts: [DraftDTO], payments: [PaymentDTO], ratings: [FeedbackDTO], language l: Language) {
        func t(_ key: String, _ args: CustomStringConvertible...) -> String {
            args.isEmpty ? UIText.text(key, l) : UIText.text(key, l, args[0])
        }
        self.notice = notice
        let mine = dossiers.map { d in
            Dossier(href: SiteRoute.citizenDossier.path(d.code), code: d.code, procedure: d.procedureName, status: Names.state(d.state, l),
                    appointment: (DisplayFormat.dateTime(d.apologyAppointment ?? d.appointment, l) ?? "—")
                        + (d.appointmentProvisional && d.appointment != nil ? " (\(t("provisional")))" : ""))
        }
        self.dossiers = mine.isEmpty ? nil : mine
        let kept = drafts.map { d in
            Draft(href: SiteRoute.citizenSubmit.path(query: ["nhap": d.id]), procedure: d.procedureName ?? d.procedureCode ?? t("draft_no_procedure"),
                  saved: t("draft_saved", DisplayFormat.dateTime(d.updatedAt, l) ?? d.updatedAt),
                  state: d.missing.isEmpty ? t("draft_ready") : t("draft_missing", d.missing.count),
                  deleteAction: SiteRoute.citizenDraftDelete.path(d.id))
        }
        self.drafts = kept.isEmpty ? nil : kept
        let fees = payments.map { p in
            let state = p.paid
                ? t("payment_paid") + (p.amount.map { " " + DisplayFormat.money($0, l) } ?? "") + (p.paidAt.flatMap { DisplayFormat.dateTime($0, l) }.map { " · \($0)" } ?? "")
                    + (p.reference.map { " · " + t("payment_reference", $0) } ?? "")
                : p.awaitingPayment ? t("payment_awaiting") : t("payment_unpaid")
            return Payment(href: SiteRoute.citizenDossier.path(p.dossierCode), code: p.dossierCode,
                           fee: Names.fee(due: p.feeDue, text: p.feeText, l), state: state)
        }
        self.payments = fees.isEmpty ? nil : fees
        let given = ratings.map { r in
            Rating(href: SiteRoute.citizenDossier.path(r.dossierCode), code: r.dossierCode, rating: Names.rating(r.rating, l), comment: r.comment)
        }
        self.ratings = given.isEmpty ? nil : given
    }
}
