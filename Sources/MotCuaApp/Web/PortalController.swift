import MotCuaCore
import Vapor

/// The public portal pages: procedure search and a procedure's page, the language switch, the style sheet.
struct PortalController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.home, use: home)
        routes.get(.procedure, use: procedure)
        routes.get(.language, use: switchLanguage)
        StaticAssets.register(routes)
    }

    func home(req: Request) async throws -> Response {
        let snapshot = try req.reference
        let q = String((req.query[String.self, at: "q"] ?? "").prefix(500))
        let levelText = req.query[String.self, at: "level"] ?? ""
        let page = max(1, min(req.query[Int.self, at: "trang"] ?? 1, 1000))
        let language = req.language
        let today = LocalDateTime(req.now).date
        // Anonymous readers asking the same thing get the page made for the first (per language, day and catalogue version).
        // Only a known level goes in the key, and the question last: two different requests never share a key.
        let key = "\(language.rawValue) \(today) \(ProcedureLevel(rawValue: levelText)?.rawValue ?? "-") \(page) \(q)"
        let anonymous = req.principal == nil
        if anonymous, let cached = req.application.searchPages.get(key, version: snapshot.version) {
            return Request.htmlResponse(cached, language: language)
        }
        var hits: [ProcedureSummary] = []
        var total = 0
        if !q.trimmingCharacters(in: .whitespaces).isEmpty {
            let abolished = snapshot.changes.abolishedCodes(on: today)
            let result = snapshot.catalogue.search(q, filter: .init(level: ProcedureLevel(rawValue: levelText), excluding: abolished),
                                                   limit: SearchPage.pageSize, offset: (page - 1) * SearchPage.pageSize)
            hits = result.hits.map(\.0)
            total = result.total
        }
        let model = SearchPage(query: q, level: levelText, page: page, hits: hits, total: total,
                               procedures: snapshot.catalogue.procedures.count, communes: snapshot.units.communeCount, language: language)
        let response = try await req.page("home", title: UIText.text("search_heading", language), model)
        if anonymous, let body = response.body.buffer { req.application.searchPages.put(key, version: snapshot.version, body) }
        return response
    }

    func procedure(req: Request) async throws -> Response {
        let code = req.parameters.get("code") ?? ""
        let snapshot = try req.reference
        let language = req.language
        // The page says what is in force today (an abolition, a change of level), so a day's pages are not the next day's.
        let key = "\(language.rawValue) \(LocalDateTime(req.now).date) \(code)"
        let anonymous = req.principal == nil
        if anonymous, let cached = req.application.renderedPages.get(key, version: snapshot.version) {
            return Request.htmlResponse(cached, language: language)
        }
        guard code.count <= 40, let p = try await req.application.procedureCache.procedures([code], version: snapshot.version, db: req.db)[code] else {
            throw APIError(.procedureNotFound, code.prefix(40))
        }
        let derived = DeclarationDerivation.derive(from: p)
        let declaration = snapshot.corrections.forms[p.code] ?? req.application.declarationForms.written[p.code] ?? derived.form
        let model = ProcedurePage(p, declaration: declaration, derived: derived, changes: snapshot.changes,
                                  today: LocalDateTime(req.now).date, language: language)
        let response = try await req.page("procedure", title: p.name, model)
        if anonymous, let body = response.body.buffer { req.application.renderedPages.put(key, version: snapshot.version, body) }
        return response
    }

    /// The language switch: remembered in a cookie for a year, then back to the page it was clicked on.
    func switchLanguage(req: Request) async throws -> Response {
        let language = Language(rawValue: req.parameters.get("lang") ?? "") ?? .vi
        let next = req.query[String.self, at: "tiep"].flatMap { $0.hasPrefix("/") && !$0.hasPrefix("//") && !$0.contains("\\") ? $0 : nil } ?? "/"
        let response = req.redirect(to: next, redirectType: .normal)
        response.cookies[Language.cookieName] = HTTPCookies.Value(string: language.rawValue, maxAge: 365 * 24 * 3600, path: "/",
                                                                  isSecure: req.application.motcuaConfig.secureCookies, isHTTPOnly: true, sameSite: .lax)
        return response
    }
}
