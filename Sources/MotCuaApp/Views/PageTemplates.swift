import Foundation
import NIOConcurrencyHelpers
import Leaf
import LeafKit
import Vapor

/// The page templates (Leaf, in the module's resources): parsed once, kept in memory, rendered with a model.
///
/// Leaf was chosen over Plot because every `#( )` is HTML-escaped, text and attribute values alike: a value can
/// only reach the page raw through an explicit `#unsafeHTML`, which only the QR code's SVG uses. Plot escapes text
/// nodes but writes attribute values as given, so one forgotten call in an `href` or `value` is a hole again.
final class PageTemplates: @unchecked Sendable {
    static let shared = PageTemplates()

    let directory: String
    private let sources: LeafSources
    private let cache = DefaultLeafCache()
    private let configuration: LeafConfiguration

    private init() {
        // The templates live in the build folder (`.build/…/motcua_MotCuaApp.resources`): hidden folders are allowed.
        let views = Bundle.module.url(forResource: "Resources", withExtension: nil)!.appendingPathComponent("Views").path
        directory = views
        configuration = LeafConfiguration(rootDirectory: views)
        sources = LeafSources.singleSource(NIOLeafFiles(fileio: NonBlockingFileIO(threadPool: .singleton), limits: [.toSandbox, .requireExtensions],
                                                        sandboxDirectory: views, viewDirectory: views))
    }

    func renderer(on eventLoop: any EventLoop) -> LeafRenderer {
        LeafRenderer(configuration: configuration, cache: cache, sources: sources, eventLoop: eventLoop)
    }

    /// Renders `template` with `context`.
    func render(_ template: String, _ context: some Encodable, on eventLoop: any EventLoop) async throws -> ByteBuffer {
        try await renderer(on: eventLoop).render(path: template, context: context).get()
    }

    /// What a template (with the templates it extends) names of `t.` and `paths.`, read once from its files: a page's
    /// context carries just those, not every text of the site (the context is encoded for every request).
    func names(usedBy template: String) -> (texts: Set<String>, paths: Set<String>) {
        if let known = used.withLockedValue({ $0[template] }) { return known }
        var texts = Set<String>(), paths = Set<String>(), seen = Set<String>(), queue = [template]
        while let name = queue.popLast() {
            guard seen.insert(name).inserted,
                  let text = try? String(contentsOfFile: directory + "/\(name).leaf", encoding: .utf8) else { continue }
            texts.formUnion(Self.matches(#"\bt\.([a-z0-9_]+)"#, in: text))
            paths.formUnion(Self.matches(#"\bpaths\.([A-Za-z]+)"#, in: text))
            queue += Self.matches(#"#extend\("([a-z-]+)"\)"#, in: text)
        }
        used.withLockedValue { $0[template] = (texts, paths) }
        return (texts, paths)
    }

    private let used = NIOLockedValueBox<[String: (texts: Set<String>, paths: Set<String>)]>([:])
    private let tables = NIOLockedValueBox<[String: (t: [String: String], paths: [String: String])]>([:])

    /// The texts (in `language`) and paths `template` names, made once per template and language.
    func context(for template: String, _ language: Language) -> (t: [String: String], paths: [String: String]) {
        let key = "\(template) \(language.rawValue)"
        if let known = tables.withLockedValue({ $0[key] }) { return known }
        let used = names(usedBy: template)
        let made = (UIText.table(language).filter { used.texts.contains($0.key) }, SiteRoute.fixedPaths.filter { used.paths.contains($0.key) })
        tables.withLockedValue { $0[key] = made }
        return made
    }

    private static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } }
    }

    /// Every template's name (for the tests that render each one).
    func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".leaf") }.map { String($0.dropLast(5)) }.sorted()
    }
}

extension Request {
    private struct LanguageKey: StorageKey { typealias Value = Language }

    /// The reader's language for this request.
    var language: Language {
        if let known = storage[LanguageKey.self] { return known }
        let language = Language.of(self)
        storage[LanguageKey.self] = language
        return language
    }

    /// A page: `template` with `model`, inside the layout of `area`.
    func page<Model: Encodable>(_ template: String, title: String, _ model: Model, area: PageChrome.Area = .portal,
                                status: HTTPStatus = .ok) async throws -> Response {
        let language = self.language
        let context = PageContext(template: template, language: language, chrome: PageChrome(self, title: title, area: area, language: language), page: model)
        let body = try await PageTemplates.shared.render(template, context, on: eventLoop)
        return Self.htmlResponse(body, status: status, language: language)
    }

    static func htmlResponse(_ body: ByteBuffer, status: HTTPStatus = .ok, language: Language) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .contentLanguage, value: language.rawValue)
        headers.replaceOrAdd(name: .vary, value: "Accept-Language, Cookie")
        return Response(status: status, headers: headers, body: .init(buffer: body))
    }
}
