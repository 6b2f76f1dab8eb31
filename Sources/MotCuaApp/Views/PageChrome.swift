import Vapor

/// What every page shows around its content: the deployment's authority, the menu for the reader, who is signed
/// in, the language switch. Built once per request from the principal and configuration.
struct PageChrome: Encodable, Sendable {
    enum Area: String, Encodable, Sendable { case portal, office, print }

    struct Link: Encodable, Sendable {
        let href: String
        let label: String
        var current = false
    }

    struct Account: Encodable, Sendable {
        let name: String
        let home: String
        let signOut: String
    }

    let lang: String
    let title: String
    let area: Area
    let nav: [Link]
    let account: Account?
    /// Shown to anonymous readers of the portal.
    let signIn: Link?
    /// The session's CSRF token, for every form that posts.
    let csrf: String?
    let authority: Authority
    let hotlineHref: String
    let switchLanguage: Link
    let stylesheet: String
    let favicon: String

    init(_ req: Request, title: String, area: Area, language: Language) {
        self.init(title: title, area: area, language: language, path: req.url.path, query: req.url.query, principal: req.principal,
                  authority: req.application.motcuaConfig.authority)
    }

    init(title: String, area: Area, language: Language, path here: String, query: String?, principal: Principal?, authority: Authority) {
        let t = UIText.table(language)
        self.lang = language.rawValue
        self.title = title
        self.area = area
        func link(_ route: SiteRoute, _ key: String) -> Link {
            let href = route.path()
            return Link(href: href, label: t[key] ?? key, current: here == href)
        }
        let staff = principal?.isStaff == true
        switch area {
        case .office:
            nav = [link(.officeInbox, "nav_inbox"), link(.officeReceive, "nav_receive"), link(.officeWarnings, "nav_warnings")]
                + (principal?.isAdministrator == true ? [link(.officeCatalogue, "nav_catalogue")] : []) + [link(.home, "nav_portal")]
        case .portal, .print:
            nav = [link(.home, "nav_procedures"), link(.assistant, "nav_assistant"), link(.track, "nav_track"), link(.indexRankings, "nav_index"),
                   staff ? link(.officeInbox, "nav_office") : link(.citizenHome, "nav_mine")]
        }
        if let p = principal, p.kind == .citizen || p.kind == .staff {
            account = Account(name: p.name, home: (p.kind == .citizen ? SiteRoute.citizenHome : .officeInbox).path(),
                              signOut: (p.kind == .citizen ? SiteRoute.citizenSignOut : .officeSignOut).path())
        } else {
            account = nil
        }
        signIn = principal == nil && area == .portal ? link(.citizenSignIn, "sign_in") : nil
        csrf = principal?.csrf
        self.authority = authority
        hotlineHref = "tel:" + authority.hotline.filter { $0.isNumber || $0 == "+" }
        let back = here + (query.map { "?" + $0 } ?? "")
        switchLanguage = Link(href: SiteRoute.language.path(language.other.rawValue, query: ["tiep": back]),
                              label: language == .vi ? "English" : "Tiếng Việt")
        stylesheet = StaticAssets.stylesheetPath
        favicon = SiteRoute.favicon.path()
    }
}
