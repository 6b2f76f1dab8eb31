/// The public tracking page: a dossier's code and phone, and what the applicant may see of it.
struct TrackPage: Encodable {
    struct Step: Encodable { let at: String; let action: String; let state: String; let reason: String? }
    struct Found: Encodable {
        let code: String
        let procedureName: String
        let status: String
        let statusCode: Int
        let appointment: String?
        let provisional: Bool
        let history: [Step]
    }

    let code: String
    let phone: String
    /// Set when the code and phone were tried and did not match (or the guesses ran out).
    let problem: String?
    let found: Found?

    init(code: String, phone: String, problem: String?, dossier: DossierDTO?, language: Language) {
        self.code = code
        self.phone = phone
        self.problem = problem
        found = dossier.map { d in
            Found(code: d.code, procedureName: d.procedureName, status: Names.state(d.state, language), statusCode: d.statusCode,
                  appointment: DisplayFormat.dateTime(d.apologyAppointment ?? d.appointment, language),
                  provisional: d.appointmentProvisional,
                  history: d.history.map { h in
                      Step(at: DisplayFormat.dateTime(h.at, language) ?? h.at, action: Names.action(h.action, language),
                           state: Names.state(h.state, language), reason: h.reason)
                  })
        }
    }
}
