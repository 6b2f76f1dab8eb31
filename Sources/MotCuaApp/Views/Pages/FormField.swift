/// One input of a form, with what the person typed and, after a refused submission, what is wrong with it.
/// The first field in error gets the focus (`autofocus`), and is marked `aria-invalid` with its message linked.
/// Its element id is `f-<name>`.
struct FormField: Encodable {
    let name: String
    let label: String
    var hint: String?
    var value: String = ""
    var type: String = "text"
    var autocomplete: String?
    var inputmode: String?
    var required: Bool = false
    var maxlength: Int?
    var minlength: Int?
    var pattern: String?
    var placeholder: String?
    /// The id of a `<datalist>` offering values (a picker that still accepts typing).
    var list: String?
    var error: String?
    var autofocus: Bool = false

    /// Marks the field named `name` with `message` and focuses the first field in error.
    static func mark(_ fields: inout [FormField], _ name: String?, _ message: String) -> Bool {
        guard let name, let i = fields.firstIndex(where: { $0.name == name }) else { return false }
        fields[i].error = message
        if !fields.contains(where: \.autofocus) { fields[i].autofocus = true }
        return true
    }
}
