import Vapor

/// The language of the interface: Vietnamese by default, English on request.
enum Language: String, Codable, Sendable, CaseIterable {
    case vi, en

    static let cookieName = "motcua-lang"

    /// The reader's choice (the switch on every page, kept in a cookie), else the browser's `Accept-Language`, else Vietnamese.
    static func of(_ req: Request) -> Language {
        if let chosen = req.cookies[cookieName]?.string, let language = Language(rawValue: chosen) { return language }
        return preferred(req.headers.first(name: .acceptLanguage))
    }

    /// The first of Vietnamese or English in an `Accept-Language` header, by weight.
    static func preferred(_ header: String?) -> Language {
        guard let header else { return .vi }
        var best: (Language, Double)?
        for part in header.split(separator: ",") {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let tag = pieces.first else { continue }
            let weight = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            let language: Language? = tag.hasPrefix("vi") ? .vi : tag.hasPrefix("en") ? .en : nil
            if let language, weight > (best?.1 ?? 0) { best = (language, weight) }
        }
        return best?.0 ?? .vi
    }

    func pick(_ vi: String, _ en: String) -> String { self == .vi ? vi : en }

    var other: Language { self == .vi ? .en : .vi }
}
