import Foundation

/// Derives a declaration from a procedure's catalogue entry: the person asking (prefilled from their profile), what
/// they ask for, and one slot per document line — the declaration or request itself left to the e-form, notes set
/// apart, documents needed only in a case made optional with the case as their note.
public enum DeclarationDerivation {
    /// Openings of a line that is a note, not a document.
    static let noteOpenings = ["luu y", "doi voi", "nguoi tiep nhan", "ca nhan co quyen", "co quan", "can bo", "nguoi co yeu cau",
                               "nguoi yeu cau", "ho so", "thanh phan", "so luong", "ghi chu", "viec ", "ban chup"]
    /// Openings of the declaration or request, which the e-form replaces.
    static let formOpenings = ["to khai", "mau ho tich dien tu", "don de nghi", "don xin", "don yeu cau", "don dang ky", "phieu de nghi",
                               "van ban de nghi", "giay de nghi", "ban khai"]

    public static func derive(from p: Procedure) -> DerivedDeclaration {
        var slots: [DocumentSlot] = []
        var replaced: [String] = [], notes: [String] = [], unparsed: [String] = []
        for d in p.documents {
            let name = d.name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else { continue }
            let folded = VietnameseText.fold(name)
            let group = VietnameseText.fold(d.group ?? "")
            if group.contains("luu y") { notes.append(name); continue }
            if formOpenings.contains(where: { folded.hasPrefix($0) }) { replaced.append(name); continue }
            let counted = d.originals + d.copies > 0
            let conditional = folded.hasPrefix("truong hop") || folded.contains("(neu co)") || folded.contains("neu co ")
            if !counted {
                if noteOpenings.contains(where: { folded.hasPrefix($0) }) || folded.hasPrefix("truong hop") { notes.append(name) } else { unparsed.append(name) }
                continue
            }
            let shown = group.contains("xuat trinh")
            slots.append(DocumentSlot(
                key: "doc\(slots.count + 1)", name: String(name.prefix(300)), nameEn: nil,
                required: !conditional, requiredWhen: nil,
                form: shown || d.copies == 0 ? .original : d.originals == 0 ? .copy : .originalOrCertifiedCopy,
                count: max(1, d.originals + d.copies), reusable: shown ? true : nil, mediaTypes: nil,
                note: conditional ? "Chỉ cần trong trường hợp nêu ở tên giấy tờ." : shown ? "Giấy tờ xuất trình: khi nộp trực tuyến, tải lên bản chụp." : nil))
        }
        let applicant = DeclarationField(
            key: "applicant", label: "Người yêu cầu", labelEn: "Person asking", kind: .group, required: true,
            fields: [
                field("fullName", "Họ, chữ đệm, tên", "Full name", .text, required: true, maxLength: 100, prefill: "profile.fullName"),
                field("citizenID", "Số định danh cá nhân", "Personal ID number", .citizenID, required: true, prefill: "profile.citizenID"),
                field("phone", "Số điện thoại", "Phone", .phone, required: true, prefill: "profile.phone"),
                field("email", "Thư điện tử", "E-mail", .email, required: false, prefill: "profile.email"),
                field("address", "Nơi cư trú", "Residence", .text, required: false, maxLength: 200, prefill: "profile.residence"),
            ])
        let request = field("content", "Nội dung đề nghị", "What you ask for", .longText, required: true, maxLength: 2000,
                            hint: p.result.map { "Kết quả: \($0.prefix(200))" })
        let form = DeclarationForm(
            procedureCode: p.code, version: 1, title: "Tờ khai — \(p.name)", titleEn: nil,
            source: "Lập tự động từ thành phần hồ sơ trong danh mục thủ tục; quản trị viên có thể chỉnh sửa.",
            sections: [DeclarationSection(key: "applicant", title: "Người yêu cầu", titleEn: "The person asking", fields: [applicant]),
                       DeclarationSection(key: "request", title: "Nội dung đề nghị", titleEn: "The request", fields: [request])],
            documents: slots, checks: nil)
        return DerivedDeclaration(form: form, replacedByForm: replaced, notes: notes, unparsed: unparsed)
    }

    static func field(_ key: String, _ label: String, _ labelEn: String, _ kind: DeclarationField.Kind, required: Bool,
                      maxLength: Int? = nil, prefill: String? = nil, hint: String? = nil) -> DeclarationField {
        DeclarationField(key: key, label: label, labelEn: labelEn, kind: kind, required: required, maxLength: maxLength, prefill: prefill,
                         hint: hint)
    }
}
