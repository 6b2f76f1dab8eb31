import NIOConcurrencyHelpers
import NIOCore
import Vapor

/// Pages that are the same for every anonymous reader (a procedure's page), kept rendered per language and
/// reference version. Bounded: when full it starts again (the catalogue has 2,642 procedures, two languages).
final class RenderedPages: Sendable {
    private let box = NIOLockedValueBox<(version: Int, pages: [String: ByteBuffer])>((-1, [:]))
    let capacity: Int

    init(capacity: Int = 6000) { self.capacity = capacity }

    func get(_ key: String, version: Int) -> ByteBuffer? {
        box.withLockedValue { $0.version == version ? $0.pages[key] : nil }
    }

    func put(_ key: String, version: Int, _ page: ByteBuffer) {
        box.withLockedValue { cache in
            if cache.version != version || cache.pages.count >= capacity { cache = (version, [:]) }
            cache.pages[key] = page
        }
    }
}

extension Application {
    private struct RenderedPagesKey: StorageKey { typealias Value = RenderedPages }

    var renderedPages: RenderedPages {
        if let c = storage[RenderedPagesKey.self] { return c }
        let c = RenderedPages()
        storage[RenderedPagesKey.self] = c
        return c
    }

    private struct SearchPagesKey: StorageKey { typealias Value = RenderedPages }

    /// Anonymous search result pages (the same question asked again is common: "khai sinh", "căn cước"…).
    var searchPages: RenderedPages {
        if let c = storage[SearchPagesKey.self] { return c }
        let c = RenderedPages(capacity: 2000)
        storage[SearchPagesKey.self] = c
        return c
    }
}
