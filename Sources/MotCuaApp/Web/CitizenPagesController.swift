import Foundation
import MotCuaCore
import Vapor

/// The citizen's own pages (`/ca-nhan`): register, sign in, follow their dossiers (applying online is
/// ``ApplyPagesController``), pay what is owed, supplement when asked, and rate a dossier once it has ended.
/// Plain HTML forms with the session's CSRF token — no script needed. Every page goes through the same services
/// and checks as the API.
struct CitizenPagesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.citizenSignIn, use: signInPage)
        routes.post(.citizenSignIn, use: signIn)
        routes.get(.citizenRegister, use: registerPage)
        routes.post(.citizenRegister, use: register)
        routes.post(.citizenSignOut, use: signOut)
        routes.get(.citizenHome, use: home)
        routes.post(.citizenDraftDelete, use: deleteDraft)
        routes.get(.citizenDossier, use: dossier)
        routes.post(.citizenRate, use: rate)
        routes.post(.citizenSupplement, body: .collect(maxSize: "40mb"), use: supplement)
        routes.post(.citizenWithdraw, use: withdraw)
    }

    static func citizen(_ req: Request) -> Principal? {
        guard let p = req.principal, p.kind == .citizen else { return nil }
        return p
    }

    static func toSignIn(_ req: Request) -> Response {
        let here = req.url.path + (req.url.query.map { "?\($0)" } ?? "")
        return req.redirect(to: SiteRoute.citizenSignIn.path(query: ["tiep": here]))
    }

    static func safeNext(_ next: String?) -> String {
        let home = SiteRoute.citizenHome.path()
        guard let next, next.hasPrefix(home), !next.hasPrefix(home + "/dang"), !next.contains("//") else { return home }
        return next
    }

    // MARK: Register and sign in

    private struct SignInForm: Content { var login: String?; var password: String?; var fullName: String?; var tiep: String? }

    func signInPage(req: Request) async throws -> Response {
        try await Self.signInForm(req, failure: nil, next: req.query[String.self, at: "tiep"])
    }

    static func signInForm(_ req: Request, failure: PageFailure?, next: String?, login: String = "") async throws -> Response {
        var model = SignInPage.citizenSignIn(next: safeNext(next), login: login, language: req.language)
        if let failure { model.show(failure) }
        return try await req.page("sign-in", title: model.heading, model, status: failure?.status ?? .ok)
    }

    func signIn(req: Request) async throws -> Response {
        let form = try req.content.decode(SignInForm.self)
        do {
            try req.rateLimit(.signIn)
            let session = try await Authentication(app: req.application, now: req.now)
                .signIn(login: Authentication.normaliseLogin(form.login ?? ""), password: form.password ?? "")
            guard session.account.kind == "citizen" else {
                let text = req.language.pick("Đây là tài khoản cán bộ; cán bộ đăng nhập tại trang Cán bộ.", "This is a staff account; staff sign in on the staff page.")
                return try await Self.signInForm(req, failure: PageFailure(status: .unauthorized, code: "staff_account", text: text), next: form.tiep, login: form.login ?? "")
            }
            let response = req.redirect(to: Self.safeNext(form.tiep), redirectType: .normal)
            AuthController.setCookie(response, token: session.token, req: req)
            return response
        } catch {
            return try await Self.signInForm(req, failure: req.failure(error), next: form.tiep, login: form.login ?? "")
        }
    }

    func registerPage(req: Request) async throws -> Response {
        try await Self.registerForm(req, failure: nil, values: SignInForm())
    }

    private static func registerForm(_ req: Request, failure: PageFailure?, values: SignInForm) async throws -> Response {
        var model = SignInPage.register(fullName: values.fullName ?? "", login: values.login ?? "", language: req.language)
        if let failure { model.show(failure) }
        return try await req.page("sign-in", title: model.heading, model, status: failure?.status ?? .ok)
    }

    func register(req: Request) async throws -> Response {
        let form = try req.content.decode(SignInForm.self)
        do {
            try req.rateLimit(.register)
            _ = try await Authentication(app: req.application, now: req.now).register(login: form.login ?? "", fullName: form.fullName ?? "", password: form.password ?? "")
            let session = try await Authentication(app: req.application, now: req.now)
                .signIn(login: Authentication.normaliseLogin(form.login ?? ""), password: form.password ?? "")
            let response = req.redirect(to: SiteRoute.citizenHome.path(), redirectType: .normal)
            AuthController.setCookie(response, token: session.token, req: req)
            return response
        } catch {
            return try await Self.registerForm(req, failure: req.failure(error), values: form)
        }
    }

    func signOut(req: Request) async throws -> Response {
        try await req.endPageSession(redirectTo: SiteRoute.home.path())
    }

    // MARK: Home: dossiers, drafts, fees, ratings

    func home(req: Request) async throws -> Response {
        guard let p = Self.citizen(req) else { return Self.toSignIn(req) }
        let context = try req.services
        let account = try CitizenAccount(context, citizen: p)
        let dossiers = try await DossierQueries(context: context).mine(citizen: p, limit: 50, offset: 0)
        let drafts = try await account.allDrafts()
        let payments = try await account.payments()
        let ratings = try await account.ratings()
        let notice = ["draft-deleted": "draft_deleted", "draft-saved": "draft_saved_notice"][req.query[String.self, at: "ok"] ?? ""]
            .map { UIText.text($0, req.language) }
        let model = CitizenHomePage(notice: notice, dossiers: dossiers.items, drafts: drafts, payments: payments, ratings: ratings, language: req.language)
        return try await req.page("citizen-home", title: UIText.text("nav_mine", req.language), model)
    }

    // MARK: Online submission: ``ApplyPagesController``

    /// A unit typed as a code or a name ("Phường Ba Đình, Hà Nội"); a name that fits several units is an error listing them.
    static func resolveUnit(_ text: String?, req: Request, communesOnly: Bool) throws -> String? {
        guard let t = text?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
        let snapshot = try req.reference
        let today = LocalDateTime(req.now).date
        if snapshot.units.unit(t, asOf: today) != nil { return t }
        let matches = snapshot.units.search(t, asOf: today, limit: 6).filter { !communesOnly || $0.unit.level == .commune }
        guard let best = matches.first else {
            throw APIError(.unitNotFound, t)
        }
        let top = matches.filter { $0.score == best.score }
        guard top.count == 1 else {
            let names = top.map { u in "\(u.unit.fullName) (\(snapshot.units.unit(Routing.province(of: u.unit), asOf: today)?.name ?? ""), mã \(u.unit.code))" }
            throw APIError(.unitAmbiguous, t, names.joined(separator: "; "))
        }
        return best.unit.code
    }

    static let fieldNames = ["procedureCode": "mã thủ tục", "unitCode": "nơi nộp", "applicant.fullName": "họ và tên",
                             "applicant.idNumber": "số định danh cá nhân", "applicant.phone": "số điện thoại"]

    func deleteDraft(req: Request) async throws -> Response {
        guard let p = Self.citizen(req) else { return Self.toSignIn(req) }
        try await CitizenAccount(try req.services, citizen: p).deleteDraft(id: try req.parameters.require("id"))
        return req.redirect(to: SiteRoute.citizenHome.path(query: ["ok": "draft-deleted"]), redirectType: .normal)
    }

    // MARK: One dossier

    static let notices = ["submitted": "notice_submitted", "rated": "notice_rated", "supplemented": "notice_supplemented", "withdrawn": "notice_withdrawn"]

    func dossier(req: Request) async throws -> Response {
        guard Self.citizen(req) != nil else { return Self.toSignIn(req) }
        let notice = req.query[String.self, at: "ok"].flatMap { Self.notices[$0] }.map { UIText.text($0, req.language) }
        return try await Self.dossierPage(req, notice: notice, failure: nil)
    }

    static func dossierPage(_ req: Request, notice: String?, failure: PageFailure?) async throws -> Response {
        // Refused before anything about the dossier is shown: the error page says only that it is not there.
        let d = try await DossierQueries(context: try req.services)
            .view(code: try req.parameters.require("code"), reader: req.principal, phone: nil, proof: ApplicantProof(req))
        let model = CitizenDossierPage(d, notice: notice, error: failure?.text, language: req.language)
        return try await req.page("citizen-dossier", title: "\(UIText.text("dossier_heading", req.language)) \(d.code)", model, status: failure?.status ?? .ok)
    }

    private struct RatingForm: Content { var rating: String?; var comment: String? }

    func rate(req: Request) async throws -> Response {
        guard let p = Self.citizen(req) else { return Self.toSignIn(req) }
        let code = try req.parameters.require("code")
        let form = try req.content.decode(RatingForm.self)
        do {
            _ = try await DossierRating(context: try req.services)
                .rate(code: code, input: FeedbackInput(rating: form.rating ?? "", comment: form.comment, phone: nil), by: p, proof: ApplicantProof(req))
            return req.redirect(to: SiteRoute.citizenDossier.path(code, query: ["ok": "rated"]), redirectType: .normal)
        } catch {
            return try await Self.dossierPage(req, notice: nil, failure: req.failure(error))
        }
    }

    private struct FilesForm: Content { var files: [File]? }

    /// The applicant's supplement: the files, then the step that restarts the clock.
    func supplement(req: Request) async throws -> Response {
        guard let p = Self.citizen(req) else { return Self.toSignIn(req) }
        let code = try req.parameters.require("code")
        do {
            let files = (try req.content.decode(FilesForm.self).files ?? []).filter { $0.data.readableBytes > 0 }
            guard !files.isEmpty else {
                throw APIError(.noFilesChosen)
            }
            let documents = DossierDocuments(context: try req.services)
            for file in files {
                try await documents.add(code: code, data: Data(buffer: file.data), fileName: file.filename, docType: nil, original: false,
                                        by: p, proof: ApplicantProof(req))
            }
            _ = try await req.dossierService.act(code: code, action: .supplement, input: ActionInput(), actor: p, proof: ApplicantProof(req), now: req.now)
            return req.redirect(to: SiteRoute.citizenDossier.path(code, query: ["ok": "supplemented"]), redirectType: .normal)
        } catch {
            return try await Self.dossierPage(req, notice: nil, failure: req.failure(error))
        }
    }

    private struct ReasonForm: Content { var reason: String?; var confirm: String? }

    func withdraw(req: Request) async throws -> Response {
        guard let p = Self.citizen(req) else { return Self.toSignIn(req) }
        let code = try req.parameters.require("code")
        do {
            let form = try req.content.decode(ReasonForm.self)
            guard form.confirm == "yes" else {
                throw APIError(.confirmationRequired, DossierAction.withdraw)
            }
            _ = try await req.dossierService.act(code: code, action: .withdraw, input: ActionInput(reason: form.reason), actor: p, proof: ApplicantProof(req), now: req.now)
            return req.redirect(to: SiteRoute.citizenDossier.path(code, query: ["ok": "withdrawn"]), redirectType: .normal)
        } catch {
            return try await Self.dossierPage(req, notice: nil, failure: req.failure(error))
        }
    }
}
