import Foundation
import Testing

/// The layers, checked on the source text: SQL and stored rows only in the persistence folder, the one cast to SQL,
/// services that never see a request, controllers that never call each other, one type per file.
@Suite("Architecture")
struct ArchitectureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every Swift file under `Sources/<folder>`, by its path from the package root.
    static func sources(_ folder: String = "") throws -> [(path: String, text: String)] {
        let base = root.appendingPathComponent("Sources").appendingPathComponent(folder)
        let files = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" }
        return try files.map { url in
            (String(url.path.dropFirst(root.path.count + 1)), try String(contentsOf: url, encoding: .utf8))
        }.sorted { $0.path < $1.path }
    }

    static func matches(_ pattern: String, _ text: String) throws -> [String] {
        let re = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
        return re.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range, in: text)!]) }
    }

    @Test("SQL, the stored rows and the cast to SQL live in Sources/MotCuaApp/Persistence, the cast once")
    func persistenceBoundary() throws {
        let all = try Self.sources()
        #expect(all.count > 100)
        for (path, text) in all where !path.hasPrefix("Sources/MotCuaApp/Persistence/") {
            let found = try Self.matches(#"import SQLKit|\bSQL(Database|Bind|Row|Literal|Function|Column|Raw)\b|\b(Dossier|Event|Document|Outbox)Record\b"#, text)
            #expect(found.isEmpty, "\(path) reaches into persistence: \(found.prefix(3))")
        }
        let casts = all.flatMap { file in (try? Self.matches(#"as[!?] any SQLDatabase"#, file.text))?.map { _ in file.path } ?? [] }
        #expect(casts == ["Sources/MotCuaApp/Persistence/Database+SQL.swift"])
    }

    @Test("Services take typed arguments: none sees a request")
    func servicesHaveNoRequest() throws {
        let services = try Self.sources("MotCuaApp/Services")
        #expect(services.count >= 8)
        for (path, text) in services {
            #expect(try Self.matches(#"\bRequest\b|\breq\."#, text).isEmpty, "\(path) uses the request")
        }
        for (path, text) in try Self.sources("MotCuaApp/Dossiers") {
            #expect(try Self.matches(#"\bRequest\b|\breq\."#, text).isEmpty, "\(path) uses the request")
        }
    }

    @Test("A controller never calls another controller's handlers; the pages reach the data through the services")
    func controllersAreThin() throws {
        for (path, text) in try Self.sources("MotCuaApp") {
            let calls = try Self.matches(#"\w+Controller\(\)\.\w+"#, text)
            #expect(calls.isEmpty, "\(path) calls \(calls)")
        }
        for (path, text) in try Self.sources("MotCuaApp/Web") {
            #expect(try Self.matches(#"(Dossier|Draft|Feedback|Warning|Outbox|Conversation)Store\(|IdentityStore\(|writeTransaction"#, text).isEmpty,
                    "\(path) reads or writes the database itself")
        }
    }

    @Test("One type per file, named after it (private helpers aside); the core imports Foundation only")
    func oneTypePerFile() throws {
        for (path, text) in try Self.sources() {
            let decl = #"^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|internal|package)\s+)?(?:final\s+)?(?:struct|enum|class|actor|protocol)\s+(\w+)"#
            let names = try Self.matches(decl, text).map { $0.split(separator: " ").last.map(String.init) ?? "" }
            let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            #expect(names.count <= 1, "\(path) declares \(names)")
            if let name = names.first { #expect(name == stem, "\(path) declares \(name)") }
        }
        for (path, text) in try Self.sources("MotCuaCore") {
            let imports = try Self.matches(#"^import \w+"#, text)
            #expect(imports.allSatisfy { $0 == "import Foundation" }, "\(path) imports \(imports)")
        }
    }
}
