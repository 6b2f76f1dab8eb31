import Foundation
import Vapor

/// Every page of the site, by its path pattern: the routes register these patterns and every link and
/// redirect is made from them, so a path is written once.
enum SiteRoute: String, CaseIterable, Sendable {
    case home = "/"
    case procedure = "/thu-tuc/:code"
    case assistant = "/hoi-dap"
    case track = "/tra-cuu"
    case indexRankings = "/chi-so"
    case indexUnit = "/chi-so/:unit"
    case decentralisation = "/phan-cap"
    case printable = "/ho-so/:code/:form"
    case language = "/ngon-ngu/:lang"
    case stylesheet = "/static/motcua.css"
    case favicon = "/favicon.svg"

    case citizenHome = "/ca-nhan"
    case citizenSignIn = "/ca-nhan/dang-nhap"
    case citizenRegister = "/ca-nhan/dang-ky"
    case citizenSignOut = "/ca-nhan/dang-xuat"
    case citizenSubmit = "/ca-nhan/nop-ho-so"
    case citizenApplyStep = "/ca-nhan/nop-ho-so/:id/:step"
    case citizenDraftDelete = "/ca-nhan/nhap/:id/xoa"
    case citizenDossier = "/ca-nhan/ho-so/:code"
    case citizenRate = "/ca-nhan/ho-so/:code/danh-gia"
    case citizenSupplement = "/ca-nhan/ho-so/:code/bo-sung"
    case citizenWithdraw = "/ca-nhan/ho-so/:code/rut"

    case officeInbox = "/can-bo"
    case officeSignIn = "/can-bo/dang-nhap"
    case officeSignOut = "/can-bo/dang-xuat"
    case officeReceive = "/can-bo/tiep-nhan"
    case officeDossier = "/can-bo/ho-so/:code"
    case officeAction = "/can-bo/ho-so/:code/thao-tac/:action"
    case officeWarnings = "/can-bo/canh-bao"
    case officeCatalogue = "/can-bo/danh-muc"
    case officeCatalogueProcedure = "/can-bo/danh-muc/:code"

    /// The paths without parameters, by case name, for templates.
    static let fixedPaths: [String: String] = Dictionary(uniqueKeysWithValues: allCases.filter { !$0.rawValue.contains(":") }
        .map { (String(describing: $0), $0.path()) })

    /// The pattern as Vapor path components (`:code` is a parameter).
    var components: [PathComponent] {
        rawValue.split(separator: "/").map { PathComponent(stringLiteral: String($0)) }
    }

    /// The path with its parameters filled in order (each percent-encoded) and an optional query.
    func path(_ values: String..., query: KeyValuePairs<String, String?> = [:]) -> String {
        var values = values.makeIterator()
        let segments = rawValue.split(separator: "/").map { segment -> String in
            guard segment.hasPrefix(":") else { return String(segment) }
            let value = values.next() ?? ""
            return value.addingPercentEncoding(withAllowedCharacters: Self.segmentAllowed) ?? ""
        }
        var out = "/" + segments.joined(separator: "/")
        let items = query.compactMap { key, value in
            value.map { "\(key)=\($0.addingPercentEncoding(withAllowedCharacters: Self.queryAllowed) ?? "")" }
        }
        if !items.isEmpty { out += "?" + items.joined(separator: "&") }
        return out
    }

    private static let segmentAllowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
    private static let queryAllowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~/"))
}

extension RoutesBuilder {
    @discardableResult
    func get<R: AsyncResponseEncodable>(_ route: SiteRoute, use handler: @Sendable @escaping (Request) async throws -> R) -> Route {
        get(route.components, use: handler)
    }

    @discardableResult
    func post<R: AsyncResponseEncodable>(_ route: SiteRoute, body: HTTPBodyStreamStrategy = .collect,
                                         use handler: @Sendable @escaping (Request) async throws -> R) -> Route {
        on(.POST, route.components, body: body, use: handler)
    }
}
