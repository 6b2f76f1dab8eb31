/// One input of a form, with what the person typed and, after a refused submission, what is wrong with it.
/// The first field in error gets the focus (`autofocus`), and is marked `aria-invalid` with its message linked.
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
    var error: String?
    var autofocus: Bool = false

    var id: String { "f-" + name.replacingOccurrences(of: ".", with: "-") }

    enum CodingKeys: String, CodingKey {
        case name, label, hint, value, type, autocomplete, inputmode, required, maxlength, minlength, pattern, placeholder, error, autofocus, id
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name); try c.encode(label, forKey: .label); try c.encodeIfPresent(hint, forKey: .hint)
        try c.encode(value, forKey: .value); try c.encode(type, forKey: .type); try c.encodeIfPresent(autocomplete, forKey: .autocomplete)
        try c.encodeIfPresent(inputmode, forKey: .inputmode); try c.encode(required, forKey: .required)
        try c.encodeIfPresent(maxlength, forKey: .maxlength); try c.encodeIfPresent(minlength, forKey: .minlength)
        try c.encodeIfPresent(pattern, forKey: .pattern); try c.encodeIfPresent(placeholder, forKey: .placeholder)
        try c.encodeIfPresent(error, forKey: .error); try c.encode(autofocus, forKey: .autofocus); try c.encode(id, forKey: .id)
    }

    /// Marks the field named `name` with `message` and focuses the first field in error.
    static func mark(_ fields: inout [FormField], _ name: String?, _ message: String) -> Bool {
        guard let name, let i = fields.firstIndex(where: { $0.name == name }) else { return false }
        fields[i].error = message
        if !fields.contains(where: \.autofocus) { fields[i].autofocus = true }
        return true
    }
}
