/// One element of an e-form as a page draws it, in order: a group opens and closes a fieldset, a list's entries
/// each open one with a button to remove the entry, and the list ends with a button to add one. Inputs are named
/// `f.<path>` (`f.child.fullName`, `f.members.0.fullName`); their element id is `f-<path with dashes>`.
struct FormItem: Encodable, Equatable {
    /// `open`, `close`, `note` (a line of guidance or a part's error), `input`, `textarea`, `select`, `radios`, `add`, `remove`.
    var kind: String
    var name: String = ""
    var id: String = ""
    var label: String = ""
    var hint: String?
    var value: String = ""
    /// For an input: `text`, `date`, `tel`, `email`, `number`.
    var type: String = "text"
    var required: Bool = false
    var maxlength: Int?
    var inputmode: String?
    var autocomplete: String?
    /// For a date: the latest day allowed (`YYYY-MM-DD`).
    var max: String?
    var options: [Option]?
    var error: String?
    var autofocus: Bool = false

    struct Option: Encodable, Equatable {
        var value: String
        var label: String
        var selected: Bool
    }
}
