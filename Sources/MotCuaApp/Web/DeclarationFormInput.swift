import MotCuaCore

/// Reads an e-form posted by a page (inputs named `f.<path>`) back into a declaration's values, guided by the
/// definition: blank inputs are left out, a group with nothing filled in is absent, a list keeps its entries in
/// order (an entry left wholly blank is dropped unless the list needs it). Dates typed as `dd/mm/yyyy` become
/// `yyyy-mm-dd`; a commune typed as a name becomes its code when `commune` can resolve it.
struct DeclarationFormInput {
    let form: DeclarationForm
    /// A commune's code from what was typed (a code or a name), nil when it cannot be told.
    let commune: (String) -> String?

    func values(from posted: [String: String]) -> [String: DeclarationValue] {
        var out: [String: DeclarationValue] = [:]
        for s in form.sections {
            for f in s.fields { if let v = value(f, path: f.key, posted: posted) { out[f.key] = v } }
        }
        return out
    }

    private func value(_ f: DeclarationField, path: String, posted: [String: String]) -> DeclarationValue? {
        switch f.kind {
        case .group:
            var inner: [String: DeclarationValue] = [:]
            for sub in f.fields ?? [] { if let v = value(sub, path: path + "." + sub.key, posted: posted) { inner[sub.key] = v } }
            return inner.isEmpty ? nil : .group(inner)
        case .list:
            let prefix = "f." + path + "."
            let indices = Set(posted.keys.filter { $0.hasPrefix(prefix) }.compactMap { Int($0.dropFirst(prefix.count).prefix { $0 != "." }) })
            var entries: [[String: DeclarationValue]] = []
            for i in indices.sorted() where i < 200 {
                var inner: [String: DeclarationValue] = [:]
                for sub in f.fields ?? [] { if let v = value(sub, path: "\(path).\(i).\(sub.key)", posted: posted) { inner[sub.key] = v } }
                if !inner.isEmpty || entries.count < (f.minItems ?? 0) { entries.append(inner) }
            }
            return entries.isEmpty ? nil : .list(entries)
        default:
            guard let raw = posted["f." + path]?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty else { return nil }
            switch f.kind {
            case .date: return .text(Self.isoDate(raw) ?? raw)
            case .citizenID: return .text(raw.filter { !$0.isWhitespace && $0 != "." })
            case .commune: return .text(commune(raw) ?? raw)
            default: return .text(raw)
            }
        }
    }

    /// `20/01/2026` or `20-01-2026` as `2026-01-20`; nil when it is not that shape.
    static func isoDate(_ s: String) -> String? {
        let parts = s.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        guard parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// Adds an empty entry to the list at `path` (a top-level list or one inside a group), or removes entry `index`.
    static func editList(_ values: inout [String: DeclarationValue], path: String, remove index: Int?) {
        let keys = path.split(separator: ".").map(String.init)
        func edit(_ dict: inout [String: DeclarationValue], _ keys: ArraySlice<String>) {
            guard let key = keys.first else { return }
            if keys.count == 1 {
                var entries: [[String: DeclarationValue]] = []
                if case .list(let l)? = dict[key] { entries = l }
                if let index { if entries.indices.contains(index) { entries.remove(at: index) } } else { entries.append([:]) }
                dict[key] = .list(entries)
                return
            }
            var inner: [String: DeclarationValue] = [:]
            if case .group(let g)? = dict[key] { inner = g }
            edit(&inner, keys.dropFirst())
            dict[key] = .group(inner)
        }
        edit(&values, keys[...])
    }
}
