import Foundation

/// The declaration (tờ khai) of a procedure and its document slots, as data: a versioned definition written from the
/// official form, or derived from the catalogue entry where none is written. A dossier keeps the version it was
/// submitted with.
public struct DeclarationForm: Codable, Sendable, Equatable {
    public var procedureCode: String
    public var version: Int
    public var title: String
    public var titleEn: String?
    /// The official form it follows (`Mẫu tờ khai … ban hành kèm theo Thông tư 04/2024/TT-BTP`).
    public var source: String?
    public var sections: [DeclarationSection]
    public var documents: [DocumentSlot]
    public var checks: [DeclarationCheck]?

    /// Why a definition was refused, with the line of the definition file it concerns.
    public struct LoadError: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var problem: String
        public var description: String { "line \(line): \(problem)" }

        public init(line: Int, problem: String) {
            self.line = line; self.problem = problem
        }
    }

    /// Reads and checks a definition: JSON that decodes, keys unique within their group, conditions and checks that name
    /// fields of the form, choices with options, groups with fields, lengths and ranges that make sense.
    public static func load(_ text: String) -> Result<DeclarationForm, LoadError> {
        let data = Data(text.utf8)
        do {
            _ = try JSONSerialization.jsonObject(with: data)
        } catch {
            let info = (error as NSError).userInfo
            let detail = info["NSDebugDescription"] as? String ?? "\(error)"
            var at = 1
            if let index = info["NSJSONSerializationErrorIndex"] as? Int {
                at = line(ofOffset: index, in: text)
            } else if let r = detail.range(of: "line "), let n = Int(detail[r.upperBound...].prefix { $0.isNumber }) {
                at = n
            } else if let r = detail.range(of: "character "), let n = Int(detail[r.upperBound...].prefix { $0.isNumber }) {
                at = line(ofOffset: n, in: text)
            }
            return .failure(LoadError(line: at, problem: "not JSON: \(detail)"))
        }
        let form: DeclarationForm
        do {
            form = try JSONDecoder().decode(DeclarationForm.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            return .failure(LoadError(line: line(of: context.codingPath.last?.stringValue, in: text), problem: "\"\(key.stringValue)\" is missing"))
        } catch let DecodingError.dataCorrupted(context), let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            return .failure(LoadError(line: line(of: context.codingPath.last?.stringValue, in: text),
                                      problem: "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"))
        } catch {
            return .failure(LoadError(line: 1, problem: "\(error)"))
        }
        if let problem = form.structuralProblem() {
            // A key that appears twice is shown where it appears the second time.
            let twice = problem.text.hasSuffix("appears twice")
            return .failure(LoadError(line: line(ofKey: problem.key, in: text, occurrence: twice ? 2 : 1), problem: problem.text))
        }
        return .success(form)
    }

    /// Every field's dotted path, groups and lists included (a list's fields as `list.field`).
    public var paths: Set<String> {
        var out = Set<String>()
        func walk(_ fields: [DeclarationField], _ prefix: String) {
            for f in fields {
                out.insert(prefix + f.key)
                if let sub = f.fields { walk(sub, prefix + f.key + ".") }
            }
        }
        for s in sections { walk(s.fields, "") }
        return out
    }

    /// The field at a dotted path (a list's item fields as `list.field`).
    public func field(at path: String) -> DeclarationField? {
        var fields = sections.flatMap(\.fields)
        var found: DeclarationField?
        for part in path.split(separator: ".") {
            guard let f = fields.first(where: { $0.key == part }) else { return nil }
            found = f
            fields = f.fields ?? []
        }
        return found
    }

    private func structuralProblem() -> (key: String, text: String)? {
        guard version >= 1 else { return ("version", "the version starts at 1") }
        guard !sections.isEmpty else { return ("sections", "a declaration has at least one section") }
        let paths = self.paths
        var seen = Set<String>()
        for s in sections where !seen.insert(s.key).inserted { return (s.key, "section \"\(s.key)\" appears twice") }
        func check(_ fields: [DeclarationField], _ prefix: String) -> (String, String)? {
            var keys = Set<String>()
            for f in fields {
                guard keys.insert(f.key).inserted else { return (f.key, "field \"\(prefix)\(f.key)\" appears twice") }
                guard !f.key.isEmpty, !f.key.contains("."), !f.label.isEmpty else { return (f.key, "field \"\(f.key)\" needs a key without dots and a label") }
                for c in [f.requiredWhen, f.shownWhen].compactMap({ $0 }) where !paths.contains(c.field) {
                    return (f.key, "field \"\(prefix)\(f.key)\" depends on \"\(c.field)\", which the form does not have")
                }
                switch f.kind {
                case .choice:
                    guard let options = f.options, !options.isEmpty else { return (f.key, "choice \"\(prefix)\(f.key)\" has no options") }
                case .group, .list:
                    guard let sub = f.fields, !sub.isEmpty else { return (f.key, "\(f.kind.rawValue) \"\(prefix)\(f.key)\" has no fields") }
                    if f.kind == .list, let lo = f.minItems, let hi = f.maxItems, lo > hi {
                        return (f.key, "list \"\(prefix)\(f.key)\" asks for at least \(lo) and at most \(hi) items")
                    }
                    if let problem = check(sub, prefix + f.key + ".") { return problem }
                case .number:
                    if let lo = f.min, let hi = f.max, lo > hi { return (f.key, "number \"\(prefix)\(f.key)\" has min above max") }
                default: break
                }
                if let n = f.maxLength, n < 1 { return (f.key, "field \"\(prefix)\(f.key)\" has maxLength below 1") }
            }
            return nil
        }
        for s in sections { if let problem = check(s.fields, "") { return problem } }
        var slots = Set<String>()
        for d in documents {
            guard slots.insert(d.key).inserted else { return (d.key, "document slot \"\(d.key)\" appears twice") }
            if let c = d.requiredWhen, !paths.contains(c.field) {
                return (d.key, "document slot \"\(d.key)\" depends on \"\(c.field)\", which the form does not have")
            }
        }
        for c in checks ?? [] {
            guard c.fields.count == 2 else { return (c.rule.rawValue, "a \(c.rule.rawValue) check names two fields") }
            for f in c.fields where !paths.contains(f) { return (f, "a \(c.rule.rawValue) check names \"\(f)\", which the form does not have") }
            if c.rule == .yearsApart, c.years == nil { return (c.rule.rawValue, "a yearsApart check needs years") }
        }
        return nil
    }

    static func line(ofOffset offset: Int, in text: String) -> Int {
        1 + text.utf8.prefix(offset).filter { $0 == UInt8(ascii: "\n") }.count
    }

    /// The line where `"key": "<value>"` (or the name itself) first stands.
    public static func line(ofKey value: String, in text: String, occurrence: Int = 1) -> Int {
        for needle in ["\"key\": \"\(value)\"", "\"key\":\"\(value)\"", "\"key\" : \"\(value)\"", "\"\(value)\""] {
            var from = text.startIndex
            var found: Range<String.Index>?
            for _ in 0..<max(1, occurrence) {
                guard let r = text.range(of: needle, range: from..<text.endIndex) else { break }
                found = r
                from = r.upperBound
            }
            if let r = found { return line(ofOffset: text.utf8.distance(from: text.startIndex, to: r.lowerBound), in: text) }
        }
        return 1
    }

    static func line(of name: String?, in text: String) -> Int {
        guard let name, Int(name) == nil else { return 1 }
        if let r = text.range(of: "\"\(name)\"") { return line(ofOffset: text.utf8.distance(from: text.startIndex, to: r.lowerBound), in: text) }
        return 1
    }
}
