import Foundation
import MotCuaCore

/// Checks a submission's declaration and documents against the procedure's definition, before anything is written.
///
/// - A procedure with a written e-form needs it filled (`form`) when submitted online or by an integration; at the
///   counter the paper declaration may stand in for it. A derived definition's form is checked when sent.
/// - Each document's `slot` must be one of the definition's; a slot that limits file kinds is held to them.
/// - Every slot the case needs has a document — or, at the counter, was seen on paper or waived with a reason; the
///   rest may be asked for at once as a supplement (`counter.requestSupplement`).
struct SubmissionDeclaration {
    let definition: DeclarationForm
    /// Whether the definition was written for the procedure (not derived from its catalogue entry).
    let written: Bool
    let today: LocalDate
    let communeExists: @Sendable (String) -> Bool

    struct Outcome {
        var declaration: DossierDeclaration?
        /// Required slots neither attached, seen nor waived (only at the counter, with a supplement asked for them).
        var missing: [DocumentSlot]
    }

    func check(_ input: SubmissionInput, channel: MotCuaCore.Channel, documents: [DocumentStore.Checked]) throws -> Outcome {
        var problems: [DeclarationProblem] = []
        let slots = Dictionary(definition.documents.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        if input.counter != nil && channel != .counter {
            problems.append(Self.problem("counter", .unknownField, "Chỉ cán bộ tiếp nhận tại quầy mới kiểm tra giấy tờ theo từng ô.",
                                         "Only a counter officer checks documents slot by slot."))
        }
        // Each document's slot, and the kinds of file it allows.
        for d in documents {
            guard let key = d.slot else { continue }
            guard let slot = slots[key] else {
                problems.append(Self.problem("documents." + key, .unknownField, "Hồ sơ không có ô giấy tờ \"\(key.prefix(40))\".",
                                             "The dossier has no document slot \"\(key.prefix(40))\"."))
                continue
            }
            if let allowed = slot.mediaTypes, !allowed.contains(d.kind.mediaType) {
                problems.append(Self.problem("documents." + key, .wrongShape, "\(slot.name): tệp \(d.fileName) không phải loại được nhận (\(allowed.joined(separator: ", "))).",
                                             "\(slot.nameEn ?? slot.name): \(d.fileName) is not a kind this slot takes (\(allowed.joined(separator: ", ")))."))
            }
        }
        guard var values = input.form else {
            if written && channel != .counter {
                problems.append(Self.problem("form", .required, "Thủ tục này cần điền tờ khai điện tử (\(definition.title)).",
                                             "This procedure needs its e-form filled in (\(definition.titleEn ?? definition.title))."))
            }
            guard problems.isEmpty else { throw DeclarationInvalid(problems: problems) }
            return Outcome(declaration: nil, missing: [])
        }
        if !written, values["applicant"] == nil {
            // A derived form's person asking is the submission's applicant.
            var person: [String: DeclarationValue] = ["fullName": .text(input.applicant.fullName), "citizenID": .text(input.applicant.idNumber),
                                                      "phone": .text(input.applicant.phone)]
            if let email = input.applicant.email, !email.isEmpty { person["email"] = .text(email) }
            values["applicant"] = .group(person)
        }
        let validator = DeclarationValidator(form: definition, today: today, communeExists: communeExists)
        problems += validator.problems(values)
        // The applicant named in the form is the one the dossier is for.
        for (path, given, en, length) in [("applicant.citizenID", input.applicant.idNumber, "ID number", 12), ("applicant.phone", input.applicant.phone, "phone", 9)] {
            if let inForm = DeclarationValidator.text(at: path, in: values), Self.digits(inForm).suffix(length) != Self.digits(given).suffix(length),
               !problems.contains(where: { $0.key == path }) {
                problems.append(Self.problem(path, .checkFailed, "Khác với thông tin người nộp hồ sơ (\(given.prefix(20))).",
                                             "Differs from the applicant's \(en) given with the dossier."))
            }
        }
        // Slots: attached, or at the counter seen on paper or waived.
        var accounted = Set(documents.compactMap(\.slot))
        var check: DossierDeclaration.CounterCheck?
        if let c = input.counter, channel == .counter {
            let presented = Array(Set(c.presented ?? [])).sorted()
            var waived: [String: String] = [:]
            for key in presented where slots[key] == nil {
                problems.append(Self.problem("documents." + key, .unknownField, "Hồ sơ không có ô giấy tờ \"\(key.prefix(40))\".",
                                             "The dossier has no document slot \"\(key.prefix(40))\"."))
            }
            for (key, reason) in c.waived ?? [:] {
                let text = reason.trimmingCharacters(in: .whitespacesAndNewlines)
                guard let slot = slots[key] else {
                    problems.append(Self.problem("documents." + key, .unknownField, "Hồ sơ không có ô giấy tờ \"\(key.prefix(40))\".",
                                                 "The dossier has no document slot \"\(key.prefix(40))\"."))
                    continue
                }
                guard !text.isEmpty, text.count <= 500, !TextRules.hasControlCharacters(text) else {
                    problems.append(Self.problem("documents." + key, .required, "\(slot.name): cần ghi lý do không cần giấy tờ này.",
                                                 "\(slot.nameEn ?? slot.name): say why this document is not needed."))
                    continue
                }
                waived[key] = text
            }
            accounted.formUnion(presented)
            accounted.formUnion(waived.keys)
            check = .init(presented: presented, waived: waived, missing: [])
        }
        var missing: [DocumentSlot] = []
        for p in validator.documentProblems(attached: accounted, values: values) {
            let key = String(p.key.dropFirst("documents.".count))
            if p.reason == .required, check != nil, input.counter?.requestSupplement == true, let slot = slots[key] {
                missing.append(slot)
            } else if p.reason != .unknownField {
                problems.append(p)
            }
        }
        guard problems.isEmpty else { throw DeclarationInvalid(problems: problems) }
        check?.missing = missing.map(\.key)
        return Outcome(declaration: DossierDeclaration(definition: definition, values: values, counterCheck: check), missing: missing)
    }

    static func digits(_ s: String) -> String { String(s.filter(\.isNumber)) }

    static func problem(_ key: String, _ reason: DeclarationProblem.Reason, _ vi: String, _ en: String) -> DeclarationProblem {
        DeclarationProblem(key: key, reason: reason, message: vi, messageEn: en)
    }
}
