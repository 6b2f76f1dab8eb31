import Foundation
import MotCuaCore
import Vapor

/// Applying online, step by step (`/ca-nhan/nop-ho-so`): where to submit and who applies → the e-form → the documents,
/// slot by slot → review → send, and the receipt. Every step is kept in the citizen's draft as it is left (by "next",
/// "back" or "save"), so it can be resumed on another device; a step with errors is shown again with each error beside
/// its field and everything typed or attached kept. Plain HTML forms; no script needed.
struct ApplyPagesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.citizenSubmit, use: start)
        routes.post(.citizenSubmit, use: startPost)
        routes.get(.citizenApplyStep, use: show)
        routes.post(.citizenApplyStep, body: .collect(maxSize: "40mb"), use: post)
    }

    // MARK: What every step needs

    /// The draft being filled, its procedure and the procedure's declaration.
    struct Context {
        let account: CitizenAccount
        let draft: DraftDTO
        let procedure: ProcedureSummary
        let definition: DeclarationForm
        var content: DraftContent { draft.content }
        var reached: ApplyStep { draft.content.step.flatMap(ApplyStep.init) ?? .place }
    }

    private static func context(_ req: Request, citizen: Principal, id: String) async throws -> Context {
        let account = try CitizenAccount(try req.services, citizen: citizen)
        let draft = try await account.draft(id: id)
        let snapshot = try req.reference
        guard let code = draft.content.procedureCode, let procedure = snapshot.catalogue.procedure(code: code),
              let (definition, _) = try await req.application.declarationForms.form(code: code, snapshot: snapshot, app: req.application) else {
            throw APIError(.procedureNotFound, draft.content.procedureCode ?? "")
        }
        return Context(account: account, draft: draft, procedure: procedure, definition: definition)
    }

    private static func step(_ req: Request) throws -> ApplyStep {
        guard let s = ApplyStep(rawValue: try req.parameters.require("step")) else { throw APIError(.notFound) }
        return s
    }

    private static func today(_ req: Request) -> LocalDate { LocalDateTime(req.now).date }

    private static func render(_ req: Request, _ model: ApplyPage, status: HTTPStatus = .ok) async throws -> Response {
        let title = "\(UIText.text("apply_heading", req.language)) · \(model.stepTitle)"
        return try await req.page("citizen-apply", title: title, model, status: status)
    }

    private static func go(_ req: Request, _ id: String, _ step: ApplyStep) -> Response {
        req.redirect(to: ApplyPage.path(id, step), redirectType: .normal)
    }

    private static func savedHome(_ req: Request) -> Response {
        req.redirect(to: SiteRoute.citizenHome.path(query: ["ok": "draft-saved"]), redirectType: .normal)
    }

    /// The later of two steps (a draft remembers the furthest step reached).
    private static func furthest(_ a: String?, _ b: ApplyStep) -> String {
        let known = a.flatMap(ApplyStep.init) ?? .place
        return (known.number >= b.number ? known : b).rawValue
    }

    // MARK: Step 1: where and who

    private struct PlaceForm: Content {
        var procedureCode: String?
        var unit: String?
        var unitChoice: String?
        var oldAddress: String?
        var fullName: String?
        var idNumber: String?
        var phone: String?
        var email: String?
        var intent: String?
    }

    /// `?thu-tuc=<code>` starts a new application; `?nhap=<draft>` resumes one at the step it reached.
    func start(req: Request) async throws -> Response {
        guard let p = CitizenPagesController.citizen(req) else { return CitizenPagesController.toSignIn(req) }
        if let id = req.query[String.self, at: "nhap"] {
            let draft = try await CitizenAccount(try req.services, citizen: p).draft(id: id)
            return Self.go(req, draft.id, draft.content.step.flatMap(ApplyStep.init) ?? .place)
        }
        let code = (req.query[String.self, at: "thu-tuc"] ?? "").trimmingCharacters(in: .whitespaces)
        guard code.count <= 40, let procedure = try req.reference.catalogue.procedure(code: code) else {
            throw APIError(.procedureNotFound, code.isEmpty ? "—" : String(code.prefix(40)))
        }
        let profile = try await CitizenAccount(try req.services, citizen: p).profile()
        let form = PlaceForm(procedureCode: procedure.code, fullName: profile.fullName, idNumber: profile.facts?.citizenID, phone: profile.phone,
                             email: profile.email)
        return try await Self.placePage(req, procedure: procedure, draftId: nil, reached: .place, form: form, choices: nil, failure: nil)
    }

    func startPost(req: Request) async throws -> Response {
        guard let p = CitizenPagesController.citizen(req) else { return CitizenPagesController.toSignIn(req) }
        let form = try req.content.decode(PlaceForm.self)
        let code = (form.procedureCode ?? "").trimmingCharacters(in: .whitespaces)
        guard code.count <= 40, let procedure = try req.reference.catalogue.procedure(code: code) else {
            throw APIError(.procedureNotFound, code.isEmpty ? "—" : String(code.prefix(40)))
        }
        return try await place(req, citizen: p, procedure: procedure, context: nil, form: form)
    }

    private static func placePage(_ req: Request, procedure: ProcedureSummary, draftId: String?, reached: ApplyStep, form: PlaceForm,
                                  choices: [ApplyPage.Choice]?, failure: PageFailure?) async throws -> Response {
        let l = req.language
        var model = ApplyPage(step: .place, reached: reached, procedure: (procedure.name, procedure.code), draftId: draftId,
                              formKey: "", language: l)
        var fields = ApplyPage.placeFields(unit: form.unit, oldAddress: form.oldAddress, fullName: form.fullName, idNumber: form.idNumber,
                                           phone: form.phone, email: form.email, language: l)
        model.unitChoices = choices
        if let failure {
            model.error = FormField.mark(&fields, failure.field, failure.text) ? UIText.text("form_has_errors", l) : failure.text
        } else if choices != nil {
            model.notice = UIText.text("apply_choose_unit", l)
        }
        model.fields = fields
        return try await render(req, model, status: failure?.status ?? .ok)
    }

    private func place(_ req: Request, citizen p: Principal, procedure: ProcedureSummary, context: Context?, form: PlaceForm) async throws -> Response {
        let snapshot = try req.reference
        let today = Self.today(req)
        let reached = context?.reached ?? .place
        func blank(_ s: String?) -> String? { s.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0.trimmingCharacters(in: .whitespacesAndNewlines) } }
        func again(_ failure: PageFailure?, choices: [ApplyPage.Choice]? = nil, form: PlaceForm = form) async throws -> Response {
            try await Self.placePage(req, procedure: procedure, draftId: context?.draft.id, reached: reached, form: form, choices: choices, failure: failure)
        }
        // Where: a chosen unit, an old address converted, or a name or code typed.
        var unitCode: String?
        var choices: [ApplyPage.Choice]?
        if let chosen = blank(form.unitChoice), snapshot.units.unit(chosen, asOf: today) != nil {
            unitCode = chosen
        } else if let old = blank(form.oldAddress) {
            let parts = old.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let rows = snapshot.converter.convert(commune: String(parts[0].prefix(120)), district: parts.count > 1 ? parts[1] : nil,
                                                  province: parts.count > 2 ? parts[parts.count - 1] : nil)
            let codes = Array(Set(rows.flatMap(\.newCommuneCodes))).sorted()
            if codes.count == 1 { unitCode = codes[0] } else if codes.isEmpty {
                return try await again(PageFailure(status: .badRequest, code: "old_commune_not_found",
                                                   text: UIText.text("apply_old_address_unknown", req.language), field: "oldAddress"))
            } else {
                choices = codes.prefix(12).compactMap { code in snapshot.units.unit(code, asOf: today).map { Self.choice($0, snapshot: snapshot, today: today) } }
            }
        } else if let typed = blank(form.unit) {
            if let exact = snapshot.units.unit(Self.codeInParentheses(typed) ?? typed, asOf: today) {
                unitCode = exact.code
            } else {
                let matches = snapshot.units.search(typed, asOf: today, limit: 8)
                if let best = matches.first, matches.filter({ $0.score == best.score }).count == 1, form.intent != "search" {
                    unitCode = best.unit.code
                } else if matches.isEmpty {
                    return try await again(PageFailure(status: .badRequest, code: "unit_not_found", text: UIText.text("apply_unit_unknown", req.language),
                                                       field: "unit"))
                } else {
                    choices = matches.map { Self.choice($0.unit, snapshot: snapshot, today: today) }
                }
            }
        } else if let kept = context?.content.unitCode, form.intent != "search" {
            unitCode = kept
        }
        if let choices {
            return try await again(nil, choices: choices)
        }
        // From here on the place is known: shown again (with any error) by its name and code.
        var form = form
        if let code = unitCode, let u = snapshot.units.unit(code, asOf: today) {
            form.unit = "\(u.fullName) (\(u.code))"
            form.unitChoice = nil
            form.oldAddress = nil
        }
        let applicant = DraftContent.Applicant(fullName: blank(form.fullName), idNumber: blank(form.idNumber), phone: blank(form.phone),
                                               email: blank(form.email), communeCode: context?.content.applicant?.communeCode)
        var content = context?.content ?? DraftContent(procedureCode: procedure.code, channel: "online")
        content.unitCode = unitCode
        content.applicant = applicant
        content.channel = "online"
        if form.intent == "next" {
            guard unitCode != nil else {
                return try await again(PageFailure(status: .badRequest, code: "incomplete", text: UIText.text("apply_unit_needed", req.language), field: "unit"), form: form)
            }
            do {
                _ = try DossierService.validateApplicant(.init(fullName: applicant.fullName ?? "", idNumber: applicant.idNumber ?? "",
                                                               phone: applicant.phone ?? "", email: applicant.email, communeCode: nil), today: today)
            } catch {
                var failure = req.failure(error)
                failure.field = ApplyPage.field(for: failure.code)
                return try await again(failure, form: form)
            }
            content.step = Self.furthest(content.step, .form)
        }
        let account = try CitizenAccount(try req.services, citizen: p)
        let id: String
        if let context { id = try await account.updateDraft(id: context.draft.id, content).id } else { id = try await account.createDraft(content).id }
        return form.intent == "save" ? Self.savedHome(req) : Self.go(req, id, form.intent == "next" ? .form : .place)
    }

    /// `00004` from "Phường Ba Đình (00004)", as the pages show a place.
    static func codeInParentheses(_ text: String) -> String? {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return nil }
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        return inside.allSatisfy(\.isNumber) && (2...5).contains(inside.count) ? String(inside) : nil
    }

    static func choice(_ u: AdministrativeUnit, snapshot: ReferenceSnapshot, today: LocalDate) -> ApplyPage.Choice {
        let province = snapshot.units.unit(Routing.province(of: u), asOf: today)?.name
        return ApplyPage.Choice(value: u.code, label: u.fullName + (province.map { u.level == .province ? "" : ", \($0)" } ?? "") + " (\(u.code))",
                                selected: false)
    }

    // MARK: Steps 2 to 4

    func show(req: Request) async throws -> Response {
        guard let p = CitizenPagesController.citizen(req) else { return CitizenPagesController.toSignIn(req) }
        let c = try await Self.context(req, citizen: p, id: try req.parameters.require("id"))
        let step = try Self.step(req)
        guard step.number <= c.reached.number else { return Self.go(req, c.draft.id, c.reached) }
        switch step {
        case .place:
            let a = c.content.applicant
            let unit = c.content.unitCode.flatMap { code in try? req.reference.units.unit(code, asOf: Self.today(req)) }
            let form = PlaceForm(procedureCode: c.procedure.code, unit: unit.map { "\($0.fullName) (\($0.code))" } ?? c.content.unitCode,
                                 fullName: a?.fullName, idNumber: a?.idNumber, phone: a?.phone, email: a?.email)
            return try await Self.placePage(req, procedure: c.procedure, draftId: c.draft.id, reached: c.reached, form: form, choices: nil, failure: nil)
        case .form:
            if let typed = c.content.form { return try await Self.formPage(req, c, values: typed, problems: []) }
            return try await Self.formPage(req, c, values: Self.prefilled(c, profile: try await c.account.profile()), problems: [])
        case .documents:
            return try await Self.documentsPage(req, c, problems: [], failure: nil)
        case .review:
            return try await Self.reviewPage(req, c, failure: nil)
        }
    }

    func post(req: Request) async throws -> Response {
        guard let p = CitizenPagesController.citizen(req) else { return CitizenPagesController.toSignIn(req) }
        let id = try req.parameters.require("id")
        let step = try Self.step(req)
        let c: Context
        do {
            c = try await Self.context(req, citizen: p, id: id)
        } catch let e as APIError where e.code == ErrorCode.draftNotFound.rawValue && step == .review {
            // Sent already (a double click, a resent page): the dossier it became.
            guard let code = try await CitizenAccount(try req.services, citizen: p).dossierSent(fromDraft: id) else { throw e }
            return req.redirect(to: SiteRoute.citizenDossier.path(code, query: ["ok": "submitted"]), redirectType: .normal)
        }
        switch step {
        case .place:
            return try await place(req, citizen: p, procedure: c.procedure, context: c, form: try req.content.decode(PlaceForm.self))
        case .form:
            return try await postForm(req, c)
        case .documents:
            return try await postDocuments(req, c)
        case .review:
            return try await postReview(req, c)
        }
    }

    // MARK: Step 2: the e-form

    /// The fields the definition fills from the applicant given in step 1, then from the citizen's profile (what their
    /// identity provider vouched for: date of birth, residence…).
    static func prefilled(_ c: Context, profile: CitizenAccount.Profile) -> [String: DeclarationValue] {
        let a = c.content.applicant
        var sources: [String: String?] = profile.sources.mapValues { $0 }
        for (key, value) in ["profile.fullName": a?.fullName, "profile.citizenID": a?.idNumber, "profile.phone": a?.phone, "profile.email": a?.email]
        where value != nil { sources[key] = value }
        var out: [String: DeclarationValue] = [:]
        for s in c.definition.sections {
            for f in s.fields {
                if f.kind == .group {
                    var inner: [String: DeclarationValue] = [:]
                    for sub in f.fields ?? [] { if let source = sub.prefill, let v = sources[source] ?? nil { inner[sub.key] = .text(v) } }
                    if !inner.isEmpty { out[f.key] = .group(inner) }
                } else if let source = f.prefill, let v = sources[source] ?? nil {
                    out[f.key] = .text(v)
                }
            }
        }
        return out
    }

    private static func formPage(_ req: Request, _ c: Context, values: [String: DeclarationValue], problems: [DeclarationProblem],
                                 status: HTTPStatus = .ok) async throws -> Response {
        let l = req.language
        var model = ApplyPage(step: .form, reached: c.reached, procedure: (c.procedure.name, c.procedure.code), draftId: c.draft.id, formKey: "", language: l)
        model.sections = DeclarationFormView(form: c.definition, language: l, today: today(req)).sections(values: values, problems: problems)
        if !problems.isEmpty { model.error = UIText.text("apply_form_errors", l, problems.count) }
        return try await render(req, model, status: status)
    }

    private func postForm(_ req: Request, _ c: Context) async throws -> Response {
        let posted = try req.content.decode([String: String].self)
        let intent = posted["intent"] ?? "next"
        let snapshot = try req.reference
        let today = Self.today(req)
        var values = DeclarationFormInput(form: c.definition, commune: { typed in
            if let u = snapshot.units.unit(typed, asOf: today), u.level == .commune { return u.code }
            let matches = snapshot.units.search(typed, asOf: today, limit: 3).filter { $0.unit.level == .commune }
            guard let best = matches.first, matches.filter({ $0.score == best.score }).count == 1 else { return nil }
            return best.unit.code
        }).values(from: posted)
        var content = c.content
        if intent.hasPrefix("add:") || intent.hasPrefix("remove:") {
            let path = String(intent.drop { $0 != ":" }.dropFirst())
            if intent.hasPrefix("add:") {
                DeclarationFormInput.editList(&values, path: path, remove: nil)
            } else if let dot = path.lastIndex(of: "."), let index = Int(path[path.index(after: dot)...]) {
                DeclarationFormInput.editList(&values, path: String(path[..<dot]), remove: index)
            }
            content.form = values
            _ = try await c.account.updateDraft(id: c.draft.id, content)
            return try await Self.formPage(req, c, values: values, problems: [])
        }
        content.form = values
        if intent == "next" {
            // A required part left wholly blank: each of its required fields is named, not only the part.
            var checked = values
            for section in c.definition.sections {
                for f in section.fields where f.kind == .group && f.required == true && checked[f.key] == nil { checked[f.key] = .group([:]) }
            }
            let problems = DeclarationValidator(form: c.definition, today: today, communeExists: { snapshot.units.unit($0, asOf: today)?.level == .commune })
                .problems(checked)
            guard problems.isEmpty else {
                _ = try await c.account.updateDraft(id: c.draft.id, content)
                return try await Self.formPage(req, c, values: values, problems: problems, status: .badRequest)
            }
            content.step = Self.furthest(content.step, .documents)
        }
        _ = try await c.account.updateDraft(id: c.draft.id, content)
        switch intent {
        case "save": return Self.savedHome(req)
        case "back": return Self.go(req, c.draft.id, .place)
        default: return Self.go(req, c.draft.id, .documents)
        }
    }

    // MARK: Step 3: documents, slot by slot

    private static func needed(_ c: Context, today: LocalDate) -> Set<String> {
        DeclarationValidator(form: c.definition, today: today, communeExists: { _ in true }).neededSlots(c.content.form ?? [:])
    }

    private static func documentsPage(_ req: Request, _ c: Context, problems: [DeclarationProblem], failure: PageFailure?,
                                      status: HTTPStatus = .ok) async throws -> Response {
        let l = req.language
        var model = ApplyPage(step: .documents, reached: c.reached, procedure: (c.procedure.name, c.procedure.code), draftId: c.draft.id, formKey: "", language: l)
        let held = try await c.account.heldDocuments(forDraft: c.draft.id)
        let all = ApplyPage.slots(c.definition, needed: needed(c, today: today(req)), attachments: c.content.attachments ?? [], problems: problems,
                                  held: held, language: l)
        // Needed in the case declared, or already holding a file: shown; the others folded below.
        let shown = all.filter { $0.required || $0.attached != nil || $0.error != nil || $0.held != nil }
        let others = all.filter { !($0.required || $0.attached != nil || $0.error != nil || $0.held != nil) }
        model.slots = shown
        model.otherSlots = others.isEmpty ? nil : others
        model.otherSlotsSummary = others.isEmpty ? nil : UIText.text("apply_other_slots", l, others.count)
        if let failure { model.error = failure.text } else if !problems.isEmpty { model.error = UIText.text("apply_documents_missing", l) }
        return try await render(req, model, status: failure?.status ?? status)
    }

    private func postDocuments(_ req: Request, _ c: Context) async throws -> Response {
        let intent = (try? req.content.get(String.self, at: "intent")) ?? "next"
        var current = c
        // Files chosen in any slot are attached first, whatever the button.
        for slot in c.definition.documents {
            guard let file = try? req.content.get(File.self, at: "slot-" + slot.key), file.data.readableBytes > 0 else { continue }
            do {
                let draft = try await c.account.attach(id: c.draft.id, slot: slot.key, data: Data(buffer: file.data), fileName: file.filename)
                current = Context(account: c.account, draft: draft, procedure: c.procedure, definition: c.definition)
            } catch {
                var failure = req.failure(error)
                failure = PageFailure(status: failure.status, code: failure.code, text: "\(slot.name): \(failure.text)")
                return try await Self.documentsPage(req, current, problems: [], failure: failure)
            }
        }
        if intent.hasPrefix("reuse:") {
            let parts = intent.split(separator: ":").map(String.init)
            guard parts.count == 3 else { throw APIError(.notFound) }
            let draft = try await c.account.reuse(id: c.draft.id, slot: parts[1], sha256: parts[2])
            return try await Self.documentsPage(req, Context(account: c.account, draft: draft, procedure: c.procedure, definition: c.definition),
                                                problems: [], failure: nil)
        }
        if intent.hasPrefix("remove:"), let index = Int(intent.dropFirst("remove:".count)) {
            let draft = try await c.account.detach(id: c.draft.id, index: index)
            return try await Self.documentsPage(req, Context(account: c.account, draft: draft, procedure: c.procedure, definition: c.definition),
                                                problems: [], failure: nil)
        }
        switch intent {
        case "save": return Self.savedHome(req)
        case "back": return Self.go(req, c.draft.id, .form)
        case "upload": return Self.go(req, c.draft.id, .documents)
        default:
            let attached = Set((current.content.attachments ?? []).map(\.slot))
            let problems = DeclarationValidator(form: c.definition, today: Self.today(req), communeExists: { _ in true })
                .documentProblems(attached: attached, values: current.content.form ?? [:])
            guard problems.isEmpty else { return try await Self.documentsPage(req, current, problems: problems, failure: nil, status: .badRequest) }
            var content = current.content
            content.step = Self.furthest(content.step, .review)
            _ = try await c.account.updateDraft(id: c.draft.id, content)
            return Self.go(req, c.draft.id, .review)
        }
    }

    // MARK: Step 4: review and send

    private static func reviewPage(_ req: Request, _ c: Context, failure: PageFailure?) async throws -> Response {
        let l = req.language
        let snapshot = try req.reference
        let today = today(req)
        var model = ApplyPage(step: .review, reached: c.reached, procedure: (c.procedure.name, c.procedure.code), draftId: c.draft.id,
                              formKey: "", language: l)
        let values = c.content.form ?? [:]
        let unit = c.content.unitCode.flatMap { snapshot.units.unit($0, asOf: today) }
        let a = c.content.applicant
        var blocks = [ApplyPage.ReviewBlock(title: UIText.text("apply_step_place", l), rows: [
            .init(label: UIText.text("apply_unit", l), value: unit.map { "\($0.fullName) (\($0.code))" } ?? "—"),
            .init(label: UIText.text("field_applicant_name", l), value: a?.fullName ?? "—"),
            .init(label: UIText.text("field_id_number", l), value: a?.idNumber ?? "—"),
            .init(label: UIText.text("track_phone", l), value: a?.phone ?? "—"),
            .init(label: UIText.text("field_email", l), value: a?.email ?? "—"),
        ], editHref: ApplyPage.path(c.draft.id, .place))]
        let reader = DeclarationReading(form: c.definition, language: l, communeName: { code in snapshot.units.unit(code, asOf: today)?.fullName })
        for section in reader.sections(values) {
            blocks.append(.init(title: section.title, rows: section.rows.map { .init(label: $0.label, value: $0.value) },
                                editHref: ApplyPage.path(c.draft.id, .form)))
        }
        let attachments = c.content.attachments ?? []
        blocks.append(.init(title: UIText.text("apply_step_documents", l), rows: c.definition.documents.compactMap { slot in
            let files = attachments.filter { $0.slot == slot.key }.map(\.fileName)
            return files.isEmpty ? nil : .init(label: l.pick(slot.name, slot.nameEn ?? slot.name), value: files.joined(separator: ", "))
        }, editHref: ApplyPage.path(c.draft.id, .documents)))
        model.review = blocks
        // Everything still wrong, so that nothing is found only after sending.
        var problems = c.draft.missing.map { UIText.text("apply_missing", l, CitizenPagesController.fieldNames[$0] ?? $0) }
        let validator = DeclarationValidator(form: c.definition, today: today, communeExists: { snapshot.units.unit($0, asOf: today)?.level == .commune })
        problems += (validator.problems(values) + validator.documentProblems(attached: Set(attachments.map(\.slot)), values: values))
            .map { l.pick($0.message, $0.messageEn) }
        model.problems = problems.isEmpty ? nil : problems
        model.ready = problems.isEmpty
        if let failure { model.error = failure.text }
        return try await render(req, model, status: failure?.status ?? .ok)
    }

    private func postReview(_ req: Request, _ c: Context) async throws -> Response {
        let intent = (try? req.content.get(String.self, at: "intent")) ?? "submit"
        switch intent {
        case "save": return Self.savedHome(req)
        case "back": return Self.go(req, c.draft.id, .documents)
        default:
            do {
                let (result, _) = try await c.account.submitDraft(id: c.draft.id)
                return req.redirect(to: SiteRoute.citizenDossier.path(result.code, query: ["ok": "submitted"]), redirectType: .normal)
            } catch let invalid as DeclarationInvalid {
                let l = req.language
                return try await Self.reviewPage(req, c, failure: PageFailure(status: .badRequest, code: "form_invalid",
                                                                              text: invalid.problems.map { l.pick($0.message, $0.messageEn) }.joined(separator: " ")))
            } catch {
                return try await Self.reviewPage(req, c, failure: req.failure(error))
            }
        }
    }
}
