

/// A document the applicant submits or shows (thành phần hồ sơ).
public struct RequiredDocument: Hashable, Codable, Sendable {
    public var name: String
    /// The form template, when the catalogue names one (e.g. "Mẫu số 05.docx").
    public var form: String?
    public var originals: Int
    public var copies: Int
    /// The heading the document stands under ("Giấy tờ phải nộp", "Giấy tờ phải xuất trình"…).
    public var group: String?

    public init(name: String, form: String?, originals: Int, copies: Int, group: String?) {
        self.name = name; self.form = form; self.originals = originals; self.copies = copies; self.group = group
    }
}
