import Fluent
import Foundation
import MotCuaCore
import Vapor

/// The officers' screens (`/can-bo`): sign-in, the inbox with working time left, receipt at the counter, a
/// dossier with its control sheet and a form for each step the officer may take. Plain HTML forms with the
/// session's CSRF token — no script needed. Every screen goes through the same services and permission
/// checks as the API.
struct OfficeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.officeSignIn, use: signInPage)
        routes.post(.officeSignIn, use: signIn)
        routes.post(.officeSignOut, use: signOut)
        routes.get(.officeInbox, use: inbox)
        routes.get(.officeReceive, use: receiptPage)
        routes.post(.officeReceive, use: receive)
        routes.get(.officeDossier, use: dossier)
        routes.post(.officeAction, use: act)
    }

    /// The signed-in officer, or a redirect to the sign-in page.
    static func officer(_ req: Request) -> Principal? {
        guard let p = req.principal, p.isStaff else { return nil }
        return p
    }

    static func toSignIn(_ req: Request) -> Response {
        req.redirect(to: SiteRoute.officeSignIn.path(query: ["tiep": req.url.path]))
    }

    static func safeNext(_ next: String?) -> String {
        let home = SiteRoute.officeInbox.path()
        guard let next, next.hasPrefix(home), !next.hasPrefix(SiteRoute.officeSignIn.path()), !next.contains("//") else { return home }
        return next
    }

    // MARK: Sign-in

    private struct SignInForm: Content { var login: String?; var password: String?; var tiep: String? }

    func signInPage(req: Request) async throws -> Response {
        try await Self.signInForm(req, failure: nil, next: req.query[String.self, at: "tiep"])
    }

    static func signInForm(_ req: Request, failure: PageFailure?, next: String?, login: String = "") async throws -> Response {
        var model = SignInPage.staffSignIn(next: safeNext(next), login: login, language: req.language)
        if let failure { model.show(failure) }
        return try await req.page("sign-in", title: model.heading, model, area: .office, status: failure?.status ?? .ok)
    }

    func signIn(req: Request) async throws -> Response {
        let form = try req.content.decode(SignInForm.self)
        do {
            try req.rateLimit(.signIn)
            let session = try await Authentication(app: req.application, now: req.now)
                .signIn(login: Authentication.normaliseLogin(form.login ?? ""), password: form.password ?? "")
            guard session.account.kind == "staff" else {
                let failure = PageFailure(status: .unauthorized, code: "not_staff", text: UIText.text("office_staff_only", req.language))
                return try await Self.signInForm(req, failure: failure, next: form.tiep, login: form.login ?? "")
            }
            let response = req.redirect(to: Self.safeNext(form.tiep), redirectType: .normal)
            AuthController.setCookie(response, token: session.token, req: req)
            return response
        } catch {
            return try await Self.signInForm(req, failure: req.failure(error), next: form.tiep, login: form.login ?? "")
        }
    }

    func signOut(req: Request) async throws -> Response {
        try await req.endPageSession(redirectTo: SiteRoute.officeSignIn.path())
    }

    // MARK: Inbox

    func inbox(req: Request) async throws -> Response {
        guard let p = Self.officer(req) else { return Self.toSignIn(req) }
        let queries = DossierQueries(context: try req.services)
        let list = try await queries.inbox(try InboxQuery(req), officer: p)
        let warnings = try await queries.warnings(officer: p)
        let snapshot = try req.reference
        let today = LocalDateTime(req.now).date
        let model = OfficeInboxPage(officer: p, warnings: warnings, list: list, mine: req.query[Bool.self, at: "mine"] ?? false,
                                    unitName: { snapshot.units.history($0, upTo: today)?.fullName ?? $0 }, language: req.language)
        return try await req.page("office-inbox", title: UIText.text("nav_inbox", req.language), model, area: .office)
    }

    // MARK: Receipt at the counter

    private struct ReceiptForm: Content {
        var intent: String?
        var procedureCode: String?
        var unitCode: String?
        var fullName: String?
        var idNumber: String?
        var phone: String?
        var email: String?
        var communeCode: String?
        var processingTime: String?
    }

    func receiptPage(req: Request) async throws -> Response {
        guard Self.officer(req) != nil else { return Self.toSignIn(req) }
        return try await Self.receiptForm(req, values: ReceiptForm(procedureCode: req.query[String.self, at: "thu-tuc"]), failure: nil)
    }

    /// What the counter typed of the e-form and ticked of the slots (`f.<path>`, `presented.<slot>`, `waived.<slot>`).
    private struct Declared {
        var posted: [String: String] = [:]
        var problems: [DeclarationProblem] = []
    }

    private static func receiptForm(_ req: Request, values v: ReceiptForm, failure: PageFailure?, declared: Declared = Declared()) async throws -> Response {
        let p = req.principal!
        let snapshot = try req.reference
        let today = LocalDateTime(req.now).date
        let units = Array(Set(p.grants.map(\.unitCode))).sorted().map { (code: $0, name: snapshot.units.history($0, upTo: today)?.fullName ?? $0) }
        // The picker offers what the officer's units handle: commune-level procedures at a commune, provincial ones at the province.
        let levels = Set(units.compactMap { snapshot.units.unit($0.code, asOf: today)?.level }.map { $0 == .commune ? ProcedureLevel.commune : .province })
        let procedures = snapshot.changes.received(snapshot.catalogue.procedures, on: today, at: levels)
            .map { (code: $0.code, name: $0.name) }
        var model = OfficeReceivePage(units: units, procedures: procedures,
                                      values: .init(procedureCode: v.procedureCode, unitCode: v.unitCode, fullName: v.fullName, idNumber: v.idNumber,
                                                    phone: v.phone, email: v.email, commune: v.communeCode, processingTime: v.processingTime),
                                      language: req.language)
        let l = req.language
        let code = (v.procedureCode ?? "").trimmingCharacters(in: .whitespaces)
        if !code.isEmpty, code.count <= 40, let chosen = snapshot.catalogue.procedure(code: code),
           let (definition, _) = try await req.application.declarationForms.form(code: chosen.code, snapshot: snapshot, app: req.application) {
            model.procedure = .init(code: chosen.code, name: chosen.name, href: SiteRoute.procedure.path(chosen.code))
            let values = Self.declarationInput(definition, req: req).values(from: declared.posted)
            let needed = DeclarationValidator(form: definition, today: today, communeExists: { _ in true }).neededSlots(values)
            let conditions = DeclarationFormView(form: definition, language: l, today: today)
            model.slots = definition.documents.map { slot in
                let need = needed.contains(slot.key) ? UIText.text("apply_slot_required", l)
                    : slot.requiredWhen.map { UIText.text("apply_slot_when", l, conditions.conditionText($0)) } ?? UIText.text("apply_slot_optional", l)
                let problem = declared.problems.first { $0.key == "documents." + slot.key }
                return OfficeReceivePage.CounterSlot(key: slot.key, name: l.pick(slot.name, slot.nameEn ?? slot.name), need: need,
                                                     required: needed.contains(slot.key) || slot.requiredWhen != nil,
                                                     presented: declared.posted["presented." + slot.key] != nil,
                                                     waived: declared.posted["waived." + slot.key] ?? "",
                                                     error: problem.map { $0.reason == .required ? UIText.text("receive_slot_missing", l) : l.pick($0.message, $0.messageEn) })
            }
            let formProblems = declared.problems.filter { !$0.key.hasPrefix("documents.") }
            model.sections = conditions.sections(values: values, problems: formProblems)
            model.formOpen = !values.isEmpty || !formProblems.isEmpty
        } else if v.intent == "choose" {
            model.error = UIText.text("receive_choose_first", l)
        }
        if let failure {
            // Beside its field when it has one (with a line above the form saying so), else above the form.
            model.error = FormField.mark(&model.fields, failure.field ?? OfficeReceivePage.field(for: failure.code), failure.text)
                ? UIText.text("form_has_errors", req.language) : failure.text
        }
        return try await req.page("office-receive", title: UIText.text("receive_heading", req.language), model, area: .office, status: failure?.status ?? .ok)
    }

    /// Reads the counter's e-form; a commune typed by name becomes its code when only one fits.
    private static func declarationInput(_ definition: DeclarationForm, req: Request) -> DeclarationFormInput {
        let snapshot = try? req.reference
        let today = LocalDateTime(req.now).date
        return DeclarationFormInput(form: definition, commune: { typed in
            (try? CitizenPagesController.resolveUnit(typed, req: req, communesOnly: true)).flatMap { $0 }
                ?? snapshot?.units.unit(typed, asOf: today)?.code
        })
    }

    func receive(req: Request) async throws -> Response {
        guard let p = Self.officer(req) else { return Self.toSignIn(req) }
        let form = try req.content.decode(ReceiptForm.self)
        var declared = Declared(posted: (try? req.content.decode([String: String].self)) ?? [:])
        func blank(_ s: String?) -> String? { s.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } }
        if form.intent == "choose" { return try await Self.receiptForm(req, values: form, failure: nil, declared: declared) }
        var field: String? = "communeCode"
        do {
            let commune = try CitizenPagesController.resolveUnit(form.communeCode, req: req, communesOnly: true)
            field = nil
            let code = (form.procedureCode ?? "").trimmingCharacters(in: .whitespaces)
            var input = SubmissionInput(
                procedureCode: code, unitCode: form.unitCode ?? "", competentUnitCode: nil,
                channel: "counter",
                applicant: .init(fullName: form.fullName ?? "", idNumber: form.idNumber ?? "", phone: form.phone ?? "",
                                 email: blank(form.email), communeCode: commune),
                documents: nil, processingTime: blank(form.processingTime))
            let snapshot = try req.reference
            if form.intent != nil, code.count <= 40,
               let (definition, _) = try await req.application.declarationForms.form(code: code, snapshot: snapshot, app: req.application) {
                let values = Self.declarationInput(definition, req: req).values(from: declared.posted)
                input.form = values.isEmpty ? nil : values
                var waived: [String: String] = [:]
                for (key, value) in declared.posted where key.hasPrefix("waived.") && !value.trimmingCharacters(in: .whitespaces).isEmpty {
                    waived[String(key.dropFirst("waived.".count))] = value
                }
                input.counter = .init(presented: declared.posted.keys.filter { $0.hasPrefix("presented.") }.map { String($0.dropFirst("presented.".count)) },
                                      waived: waived, requestSupplement: form.intent == "supplement")
            }
            let (row, _) = try await req.dossierService.submit(input, actor: p, idempotencyKey: nil, now: req.now)
            let done: DossierAction = row.state == .supplementRequested ? .requestSupplement : .receive
            return req.redirect(to: SiteRoute.officeDossier.path(row.code, query: ["ok": done.rawValue]), redirectType: .normal)
        } catch let invalid as DeclarationInvalid {
            declared.problems = invalid.problems
            let failure = PageFailure(status: .badRequest, code: "form_invalid", text: UIText.text("receive_check_errors", req.language, invalid.problems.count))
            return try await Self.receiptForm(req, values: form, failure: failure, declared: declared)
        } catch {
            var failure = req.failure(error)
            failure.field = field
            return try await Self.receiptForm(req, values: form, failure: failure, declared: declared)
        }
    }

    // MARK: One dossier

    func dossier(req: Request) async throws -> Response {
        guard Self.officer(req) != nil else { return Self.toSignIn(req) }
        let done = req.query[String.self, at: "ok"].flatMap(DossierAction.init(rawValue:))
        let notice = done.map { UIText.text("office_done", req.language, req.language == .vi ? $0.vietnamese : $0.english) }
        return try await Self.dossierPage(req, notice: notice, failure: nil)
    }

    static func dossierPage(_ req: Request, notice: String?, failure: PageFailure?) async throws -> Response {
        // Refused before anything about the dossier is shown (the error page says only that it is not there).
        let d = try await DossierQueries(context: try req.services)
            .view(code: try req.parameters.require("code"), reader: req.principal, phone: nil, proof: ApplicantProof(req))
        let actions = (d.availableActions ?? []).compactMap(DossierAction.init(rawValue:))
        let people = actions.contains(where: \.needsAssignee) ? try await DossierQueries(context: try req.services).assignable(unit: d.competentUnit.code) : []
        let targets = actions.contains(.transfer) ? try Self.transferTargets(req, from: d.competentUnit.code) : []
        let snapshot = try req.reference
        let today = LocalDateTime(req.now).date
        let declaration = try await DossierQueries(context: try req.services).declaration(of: d).map { stored in
            DeclarationReading(form: stored.definition, language: req.language, communeName: { snapshot.units.history($0, upTo: today)?.fullName })
                .sections(stored.values)
        }
        let model = OfficeDossierPage(d, notice: notice, error: failure?.text, assignees: people.map { .init(id: $0.id, name: $0.name) },
                                      transferTargets: targets, declaration: declaration, language: req.language)
        return try await req.page("office-dossier", title: "\(UIText.text("dossier_heading", req.language)) \(d.code)", model, area: .office,
                                  status: failure?.status ?? .ok)
    }

    /// Officers of the competent unit who can be given a dossier.
    /// Units a dossier may be transferred to: the province and its communes as of today, but the competent unit.
    static func transferTargets(_ req: Request, from unit: String) throws -> [OfficeDossierPage.Person] {
        let snapshot = try req.reference
        let today = LocalDateTime(req.now).date
        guard let current = snapshot.units.history(unit, upTo: today) else { return [] }
        let province = Routing.province(of: current)
        let units = (snapshot.units.unit(province, asOf: today).map { [$0] } ?? [])
            + snapshot.units.communes(ofProvince: province, asOf: today)
        return units.filter { $0.code != unit }.map { OfficeDossierPage.Person(id: $0.code, name: $0.fullName) }
    }

    private struct ActionForm: Content {
        var reason: String?
        var assignee: String?
        var targetUnit: String?
        var newAppointment: String?
        var version: Int?
        var confirm: String?
    }

    func act(req: Request) async throws -> Response {
        guard let p = Self.officer(req) else { return Self.toSignIn(req) }
        let code = try req.parameters.require("code")
        guard let action = DossierAction(rawValue: try req.parameters.require("action")), action != .submit else {
            let failure = PageFailure(status: .notFound, code: "unknown_action", text: UIText.text("office_no_such_action", req.language))
            return try await Self.dossierPage(req, notice: nil, failure: failure)
        }
        let form = try req.content.decode(ActionForm.self)
        if OfficeDossierPage.irreversible.contains(action), form.confirm != "yes" {
            return try await Self.dossierPage(req, notice: nil, failure: req.failure(APIError(.confirmationRequired, action)))
        }
        // A browser's datetime-local has no zone: it is Viet Nam time.
        let appointment = form.newAppointment.flatMap { $0.isEmpty ? nil : ($0.count == 16 ? $0 + ":00+07:00" : $0) }
        let input = ActionInput(reason: form.reason, assignee: form.assignee, targetUnit: form.targetUnit, newAppointment: appointment,
                                processingTime: nil, phone: nil, version: form.version)
        do {
            _ = try await req.dossierService.act(code: code, action: action, input: input, actor: p, proof: ApplicantProof(req), now: req.now)
            return req.redirect(to: SiteRoute.officeDossier.path(code, query: ["ok": action.rawValue]), redirectType: .normal)
        } catch {
            return try await Self.dossierPage(req, notice: nil, failure: req.failure(error))
        }
    }
}
