import MotCuaCore

/// Lays a declaration's definition out as the items of a page (``FormItem``), with the values entered so far, each
/// problem beside its field, and hints saying when a conditional field applies. The first field in error gets the focus.
struct DeclarationFormView {
    let form: DeclarationForm
    let language: Language
    let today: LocalDate

    struct Section: Encodable, Equatable {
        var key: String
        var title: String
        var items: [FormItem]
    }

    func sections(values: [String: DeclarationValue], problems: [DeclarationProblem]) -> [Section] {
        let messages = Dictionary(problems.map { ($0.key, language.pick($0.message, $0.messageEn)) }, uniquingKeysWith: { a, _ in a })
        var out = form.sections.map { s in
            var items: [FormItem] = []
            var title = language.pick(s.title, s.titleEn ?? s.title)
            if s.fields.count == 1, let group = s.fields.first, group.kind == .group {
                // A section that is one person: its fields directly under the section's heading.
                if group.required != true {
                    title += language.pick(" (nếu có)", " (if any)")
                    items.append(FormItem(kind: "note", label: group.requiredWhen.map { language.pick("Bắt buộc khi ", "Required when ") + conditionText($0) }
                                          ?? language.pick("Không bắt buộc: để trống cả phần này nếu không có.", "Optional: leave this whole part blank if it does not apply.")))
                }
                if let error = messages[group.key] { items.append(FormItem(kind: "note", label: "", error: error)) }
                let inner: [String: DeclarationValue]
                if case .group(let g)? = values[group.key] { inner = g } else { inner = [:] }
                for sub in group.fields ?? [] { add(sub, path: group.key + "." + sub.key, values: inner, messages: messages, into: &items) }
            } else {
                for f in s.fields { add(f, path: f.key, values: values, messages: messages, into: &items) }
            }
            return Section(key: s.key, title: title, items: items)
        }
        // The first field in error takes the focus.
        outer: for i in out.indices {
            for j in out[i].items.indices where out[i].items[j].error != nil && !["open", "close", "add", "remove", "note"].contains(out[i].items[j].kind) {
                out[i].items[j].autofocus = true
                break outer
            }
        }
        return out
    }

    private func label(_ f: DeclarationField) -> String { language.pick(f.label, f.labelEn ?? f.label) }

    /// "Required when the applicant is: the child's mother" — the condition in the person's words.
    func conditionText(_ c: DeclarationCondition) -> String {
        let field = form.field(at: c.field)
        let name = field.map(label) ?? c.field
        let values = c.equals.map { v in
            field?.options?.first(where: { $0.value == v }).map { language.pick($0.label, $0.labelEn ?? $0.label) } ?? v
        }
        // Spellings of one value ("Việt Nam", "Viet Nam", "Vietnam") are shown once.
        var seen = Set<String>()
        let unique = values.filter { seen.insert(VietnameseText.fold($0).replacingOccurrences(of: " ", with: "")).inserted }
        return "\(name): \(unique.joined(separator: language.pick(" hoặc ", " or ")))"
    }

    private func hint(_ f: DeclarationField) -> String? {
        var parts: [String] = []
        if let h = f.hint { parts.append(h) }
        if let c = f.requiredWhen { parts.append(language.pick("Bắt buộc khi ", "Required when ") + conditionText(c)) }
        else if let c = f.shownWhen { parts.append(language.pick("Chỉ điền khi ", "Only when ") + conditionText(c)) }
        else if f.required != true && f.kind != .group && f.kind != .list { parts.append(language.pick("Không bắt buộc", "Optional")) }
        if f.kind == .citizenID { parts.append(language.pick("12 chữ số, trên căn cước", "12 digits, on the ID card")) }
        if f.kind == .commune { parts.append(language.pick("Tên hoặc mã xã, phường", "Name or code of the commune")) }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    static func id(_ path: String) -> String { "f-" + path.replacingOccurrences(of: ".", with: "-") }

    /// `path` names the inputs (list entries from 0, as posted); `at` is the path problems use (entries from 1, as people count).
    private func add(_ f: DeclarationField, path: String, at: String? = nil, values: [String: DeclarationValue], messages: [String: String],
                     into items: inout [FormItem]) {
        let value = values[f.key]
        let at = at ?? path
        switch f.kind {
        case .group:
            let inner: [String: DeclarationValue]
            if case .group(let g)? = value { inner = g } else { inner = [:] }
            var legend = label(f)
            if f.required != true && f.requiredWhen == nil { legend += language.pick(" (nếu có)", " (if any)") }
            items.append(FormItem(kind: "open", id: Self.id(path), label: legend, hint: hint(f).flatMap { f.required == true ? nil : $0 }, error: messages[at]))
            for sub in f.fields ?? [] { add(sub, path: path + "." + sub.key, at: at + "." + sub.key, values: inner, messages: messages, into: &items) }
            items.append(FormItem(kind: "close"))
        case .list:
            let entries: [[String: DeclarationValue]]
            if case .list(let l)? = value { entries = l } else { entries = [] }
            let count = max(entries.count, f.minItems ?? 0)
            items.append(FormItem(kind: "open", id: Self.id(path), label: label(f), hint: f.hint, error: messages[at]))
            for i in 0..<count {
                let entryPath = "\(path).\(i)"
                items.append(FormItem(kind: "open", id: Self.id(entryPath), label: "\(label(f)) \(i + 1)"))
                let inner = i < entries.count ? entries[i] : [:]
                for sub in f.fields ?? [] { add(sub, path: entryPath + "." + sub.key, at: "\(at).\(i + 1).\(sub.key)", values: inner, messages: messages, into: &items) }
                if count > (f.minItems ?? 0) {
                    items.append(FormItem(kind: "remove", name: "remove:" + entryPath, label: language.pick("Bỏ mục \(i + 1)", "Remove entry \(i + 1)")))
                }
                items.append(FormItem(kind: "close"))
            }
            if count < (f.maxItems ?? 50) {
                items.append(FormItem(kind: "add", name: "add:" + path, label: language.pick("Thêm: ", "Add: ") + label(f).lowercased()))
            }
            items.append(FormItem(kind: "close"))
        default:
            var item = FormItem(kind: "input", name: "f." + path, id: Self.id(path), label: label(f), hint: hint(f), value: value?.text ?? "",
                                required: f.required == true, maxlength: f.maxLength, error: messages[at])
            switch f.kind {
            case .longText: item.kind = "textarea"
            case .date:
                item.type = "date"
                if f.notInFuture == true { item.max = today.description }
            case .phone: item.type = "tel"; item.inputmode = "tel"; item.autocomplete = path == "applicant.phone" ? "tel" : nil; item.maxlength = 20
            case .email: item.type = "email"; item.maxlength = 254
            case .citizenID: item.inputmode = "numeric"; item.maxlength = 12
            case .number: item.inputmode = "numeric"
            case .choice:
                let options = (f.options ?? []).map { o in
                    FormItem.Option(value: o.value, label: language.pick(o.label, o.labelEn ?? o.label), selected: o.value == value?.text)
                }
                item.kind = options.count <= 4 ? "radios" : "select"
                item.options = options
            case .commune:
                item.maxlength = 120
            default: break
            }
            items.append(item)
        }
    }
}
