import Foundation

/// Checks what a person entered against a declaration's definition: every required field (and every field required
/// in the case at hand), each value by its kind, the rules across fields, and no field the form does not have. The
/// problems name each field by its path and say what is wrong in Vietnamese and English, so that a page can show them
/// beside the fields and the API can list them.
public struct DeclarationValidator: Sendable {
    public let form: DeclarationForm
    /// The day the declaration is made (dates in the future and ages are counted from it).
    public let today: LocalDate
    /// Whether a commune code names a commune in force.
    public let communeExists: @Sendable (String) -> Bool

    public init(form: DeclarationForm, today: LocalDate, communeExists: @escaping @Sendable (String) -> Bool) {
        self.form = form; self.today = today; self.communeExists = communeExists
    }

    public func problems(_ values: [String: DeclarationValue]) -> [DeclarationProblem] {
        var out: [DeclarationProblem] = []
        let fields = form.sections.flatMap(\.fields)
        check(fields, values, prefix: "", root: values, into: &out)
        if out.isEmpty { checkRules(values, into: &out) }
        return out
    }

    // MARK: Fields

    private func check(_ fields: [DeclarationField], _ values: [String: DeclarationValue], prefix: String,
                       root: [String: DeclarationValue], into out: inout [DeclarationProblem]) {
        let known = Set(fields.map(\.key))
        for key in values.keys.sorted() where !known.contains(key) {
            out.append(problem(prefix + key, .unknownField, "Tờ khai không có mục \"\(key)\".", "The form has no field \"\(key)\"."))
        }
        for f in fields {
            let path = prefix + f.key
            let shown = f.shownWhen.map { holds($0, root) } ?? true
            guard shown else { continue }
            let required = f.required == true || (f.requiredWhen.map { holds($0, root) } ?? false)
            let value = values[f.key]
            switch f.kind {
            case .group:
                guard let value else {
                    if required { out.append(missing(path, f)) }
                    continue
                }
                guard case .group(let inner) = value else { out.append(shape(path, f)); continue }
                check(f.fields ?? [], inner, prefix: path + ".", root: root, into: &out)
            case .list:
                guard let value else {
                    if required || (f.minItems ?? 0) > 0 { out.append(missing(path, f)) }
                    continue
                }
                guard case .list(let items) = value else { out.append(shape(path, f)); continue }
                if let lo = f.minItems, items.count < lo {
                    out.append(problem(path, .tooFew, "\(f.label): cần ít nhất \(lo) mục.", "\(f.labelEn ?? f.label): at least \(lo) needed."))
                }
                if items.count > (f.maxItems ?? 50) {
                    out.append(problem(path, .tooMany, "\(f.label): nhiều nhất \(f.maxItems ?? 50) mục.",
                                       "\(f.labelEn ?? f.label): at most \(f.maxItems ?? 50)."))
                }
                for (i, item) in items.prefix(f.maxItems ?? 50).enumerated() {
                    check(f.fields ?? [], item, prefix: "\(path).\(i + 1).", root: root, into: &out)
                }
            default:
                guard let value else {
                    if required { out.append(missing(path, f)) }
                    continue
                }
                guard case .text = value else { out.append(shape(path, f)); continue }
                guard let text = value.text else {
                    if required { out.append(missing(path, f)) }
                    continue
                }
                if let p = checkText(text, f, path) { out.append(p) }
            }
        }
    }

    private func checkText(_ text: String, _ f: DeclarationField, _ path: String) -> DeclarationProblem? {
        let label = f.label, labelEn = f.labelEn ?? f.label
        let controls = text.unicodeScalars.contains { $0.properties.generalCategory == .control && !(f.kind == .longText && $0 == "\n") }
        if controls { return problem(path, .controlCharacters, "\(label): có ký tự không in được.", "\(labelEn): contains unprintable characters.") }
        switch f.kind {
        case .text, .longText:
            let limit = f.maxLength ?? (f.kind == .text ? 200 : 2000)
            if text.count > limit { return problem(path, .tooLong, "\(label): tối đa \(limit) ký tự.", "\(labelEn): at most \(limit) characters.") }
        case .date:
            guard let d = LocalDate(iso: text) else {
                return problem(path, .notADate, "\(label): ngày không hợp lệ (ngày/tháng/năm).", "\(labelEn): not a valid date.")
            }
            if f.notInFuture == true, d > today {
                return problem(path, .inFuture, "\(label): không được là ngày trong tương lai.", "\(labelEn): cannot be in the future.")
            }
            let age = Self.fullYears(from: d, to: today)
            if let lo = f.minAgeYears, age < lo {
                return problem(path, .tooYoung, "\(label): người này phải đủ \(lo) tuổi.", "\(labelEn): the person must be at least \(lo).")
            }
            if let hi = f.maxAgeYears, age > hi {
                return problem(path, .tooOld, "\(label): quá \(hi) tuổi.", "\(labelEn): older than \(hi).")
            }
        case .choice:
            if !(f.options ?? []).contains(where: { $0.value == text }) {
                return problem(path, .notAnOption, "\(label): hãy chọn một trong các lựa chọn.", "\(labelEn): choose one of the options.")
            }
        case .citizenID:
            if case .failure(let reason) = CitizenID.validate(text, currentYear: today.year) {
                return problem(path, .badCitizenID, "\(label): \(reason.vietnamese)", "\(labelEn): \(reason.english)")
            }
        case .phone:
            if PhoneNumber.normalise(text) == nil {
                return problem(path, .badPhone, "\(label): số điện thoại không hợp lệ.", "\(labelEn): not a valid phone number.")
            }
        case .email:
            let parts = text.split(separator: "@", omittingEmptySubsequences: false)
            if parts.count != 2 || parts[0].isEmpty || !parts[1].contains(".") || text.contains(where: \.isWhitespace) || text.count > 200 {
                return problem(path, .badEmail, "\(label): địa chỉ thư điện tử không hợp lệ.", "\(labelEn): not a valid e-mail address.")
            }
        case .commune:
            if !communeExists(text) {
                return problem(path, .badCommune, "\(label): không có xã, phường mã \(text.prefix(20)).", "\(labelEn): no commune has code \(text.prefix(20)).")
            }
        case .number:
            guard let n = Int(text) else { return problem(path, .notANumber, "\(label): phải là một số.", "\(labelEn): must be a number.") }
            if let lo = f.min, n < lo { return problem(path, .outOfRange, "\(label): ít nhất \(lo).", "\(labelEn): at least \(lo).") }
            if let hi = f.max, n > hi { return problem(path, .outOfRange, "\(label): nhiều nhất \(hi).", "\(labelEn): at most \(hi).") }
        case .group, .list:
            return nil
        }
        return nil
    }

    /// The document slots the case at hand needs that have nothing attached, and slot keys the form does not have.
    public func documentProblems(attached: Set<String>, values: [String: DeclarationValue]) -> [DeclarationProblem] {
        var out: [DeclarationProblem] = []
        let slots = Set(form.documents.map(\.key))
        for key in attached.sorted() where !slots.contains(key) {
            out.append(problem("documents." + key, .unknownField, "Hồ sơ không có ô giấy tờ \"\(key)\".", "The dossier has no document slot \"\(key)\"."))
        }
        let needed = neededSlots(values)
        for slot in form.documents where !attached.contains(slot.key) {
            if needed.contains(slot.key) {
                out.append(problem("documents." + slot.key, .required, "\(slot.name): cần đính kèm.", "\(slot.nameEn ?? slot.name): needed."))
            }
        }
        return out
    }

    /// The slots the case at hand needs: the required ones and those whose condition holds on the values.
    public func neededSlots(_ values: [String: DeclarationValue]) -> Set<String> {
        Set(form.documents.filter { $0.required == true || ($0.requiredWhen.map { holds($0, values) } ?? false) }.map(\.key))
    }

    // MARK: Rules across fields

    private func checkRules(_ values: [String: DeclarationValue], into out: inout [DeclarationProblem]) {
        for c in form.checks ?? [] {
            guard let a = Self.text(at: c.fields[0], in: values), let b = Self.text(at: c.fields[1], in: values) else { continue }
            let fails: Bool
            switch c.rule {
            case .differ:
                fails = a.filter { !$0.isWhitespace }.lowercased() == b.filter { !$0.isWhitespace }.lowercased()
            case .idMatchesBirthYear:
                guard case .success(let id) = CitizenID.validate(a, currentYear: today.year), let born = LocalDate(iso: b) else { continue }
                fails = id.yearOfBirth != born.year
            case .notBefore:
                guard let first = LocalDate(iso: a), let second = LocalDate(iso: b) else { continue }
                fails = first < second
            case .yearsApart:
                guard let older = LocalDate(iso: a), let younger = LocalDate(iso: b) else { continue }
                fails = Self.fullYears(from: older, to: younger) < (c.years ?? 0)
            }
            if fails { out.append(problem(c.fields[0], .checkFailed, c.message, c.messageEn)) }
        }
    }

    // MARK: Helpers

    /// Whether the condition holds on the values entered.
    func holds(_ c: DeclarationCondition, _ root: [String: DeclarationValue]) -> Bool {
        guard let v = Self.text(at: c.field, in: root) else { return false }
        return c.equals.contains(v)
    }

    /// The text at a dotted path through groups.
    public static func text(at path: String, in values: [String: DeclarationValue]) -> String? {
        var current = values
        let parts = path.split(separator: ".").map(String.init)
        for (i, part) in parts.enumerated() {
            guard let v = current[part] else { return nil }
            if i == parts.count - 1 { return v.text }
            guard case .group(let inner) = v else { return nil }
            current = inner
        }
        return nil
    }

    /// Whole years from one day to another (an age).
    static func fullYears(from a: LocalDate, to b: LocalDate) -> Int {
        var years = b.year - a.year
        if (b.month, b.day) < (a.month, a.day) { years -= 1 }
        return years
    }

    private func problem(_ key: String, _ reason: DeclarationProblem.Reason, _ vi: String, _ en: String) -> DeclarationProblem {
        DeclarationProblem(key: key, reason: reason, message: vi, messageEn: en)
    }

    private func missing(_ path: String, _ f: DeclarationField) -> DeclarationProblem {
        problem(path, .required, "\(f.label): bắt buộc.", "\(f.labelEn ?? f.label): required.")
    }

    private func shape(_ path: String, _ f: DeclarationField) -> DeclarationProblem {
        problem(path, .wrongShape, "\(f.label): giá trị không đúng dạng.", "\(f.labelEn ?? f.label): the value has the wrong shape.")
    }
}
