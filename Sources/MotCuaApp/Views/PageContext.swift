import Foundation
import NIOConcurrencyHelpers
import Leaf
import LeafKit
import Vapor

/// What a template sees: the interface texts in the reader's language, the page's frame and its model.
struct PageContext<Model: Encodable>: Encodable {
    let t: [String: String]
    /// The site's fixed paths by name (`#(paths.track)`), from ``SiteRoute``.
    let paths: [String: String]
    let chrome: PageChrome
    let page: Model

    init(template: String, language: Language, chrome: PageChrome, page: Model) {
        (t, paths) = PageTemplates.shared.context(for: template, language)
        self.chrome = chrome
        self.page = page
    }
}
