import MotCuaCore

/// A declaration as people read it: each section with its filled fields as label and value — a choice by its words,
/// a commune by its name, a date as written in the person's language, a group's and a list's fields under their
/// heading. Fields left blank are left out. Used to review before sending, on the officers' page and in print.
struct DeclarationReading {
    let form: DeclarationForm
    let language: Language
    let communeName: (String) -> String?

    struct Row: Encodable, Equatable { let label: String; let value: String }
    struct Section: Encodable, Equatable { let title: String; let rows: [Row] }

    func sections(_ values: [String: DeclarationValue]) -> [Section] {
        form.sections.compactMap { s in
            var rows: [Row] = []
            for f in s.fields { add(f, values[f.key], prefix: nil, into: &rows) }
            return rows.isEmpty ? nil : Section(title: language.pick(s.title, s.titleEn ?? s.title), rows: rows)
        }
    }

    private func label(_ f: DeclarationField) -> String { language.pick(f.label, f.labelEn ?? f.label) }

    private func add(_ f: DeclarationField, _ value: DeclarationValue?, prefix: String?, into rows: inout [Row]) {
        guard let value else { return }
        let name = prefix.map { "\($0) — \(label(f))" } ?? label(f)
        switch value {
        case .group(let inner):
            // A section's single group (the child, the mother) needs no second heading.
            let head = f.kind == .group && form.sections.contains(where: { $0.fields.count == 1 && $0.fields[0].key == f.key }) && prefix == nil ? nil : name
            for sub in f.fields ?? [] { add(sub, inner[sub.key], prefix: head, into: &rows) }
        case .list(let entries):
            for (i, entry) in entries.enumerated() {
                for sub in f.fields ?? [] { add(sub, entry[sub.key], prefix: "\(name) \(i + 1)", into: &rows) }
            }
        case .text:
            guard let text = value.text else { return }
            rows.append(Row(label: name, value: shown(f, text)))
        }
    }

    func shown(_ f: DeclarationField, _ text: String) -> String {
        switch f.kind {
        case .choice:
            return f.options?.first(where: { $0.value == text }).map { language.pick($0.label, $0.labelEn ?? $0.label) } ?? text
        case .commune:
            return communeName(text).map { "\($0) (\(text))" } ?? text
        case .date:
            return LocalDate(iso: text).map { DisplayFormat.date($0, language) } ?? text
        default:
            return text
        }
    }
}
