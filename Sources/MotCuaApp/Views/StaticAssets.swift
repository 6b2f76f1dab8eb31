import Crypto
import Foundation
import Vapor

/// The style sheet and the icon, read once from the module's resources and served with a long cache life (the
/// style sheet's address carries a hash of its content, so a new version is fetched at once).
enum StaticAssets {
    static let stylesheet: Data = load("Public/motcua.css")
    static let favicon: Data = load("Public/favicon.svg")
    static let stylesheetVersion = SHA256.hash(data: stylesheet).prefix(6).map { String(format: "%02x", $0) }.joined()
    static let stylesheetPath = SiteRoute.stylesheet.path(query: ["v": stylesheetVersion])

    private static func load(_ name: String) -> Data {
        let url = Bundle.module.url(forResource: "Resources", withExtension: nil)!.appendingPathComponent(name)
        return (try? Data(contentsOf: url)) ?? Data()
    }

    static func register(_ routes: any RoutesBuilder) {
        routes.get(.stylesheet) { _ in serve(stylesheet, type: HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])) }
        routes.get(.favicon) { _ in serve(favicon, type: HTTPMediaType(type: "image", subType: "svg+xml")) }
        routes.get("favicon.ico") { req in req.redirect(to: SiteRoute.favicon.path(), redirectType: .permanent) }
    }

    private static func serve(_ data: Data, type: HTTPMediaType) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = type
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=31536000, immutable")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
