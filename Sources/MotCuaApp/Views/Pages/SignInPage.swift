/// Sign-in (citizen or staff) and the citizen's registration: the same form page with different fields.
struct SignInPage: Encodable {
    let heading: String
    let action: String
    let button: String
    let next: String?
    let citizen: Bool
    var error: String?
    var fields: [FormField]

    static func citizenSignIn(next: String?, login: String = "", language l: Language) -> SignInPage {
        SignInPage(heading: UIText.text("sign_in_heading", l), action: SiteRoute.citizenSignIn.path(), button: UIText.text("sign_in", l),
                   next: next, citizen: true, fields: [
                       FormField(name: "login", label: UIText.text("field_login", l), value: login, autocomplete: "username", required: true, maxlength: 254),
                       FormField(name: "password", label: UIText.text("field_password", l), type: "password", autocomplete: "current-password", required: true),
                   ])
    }

    static func staffSignIn(next: String?, login: String = "", language l: Language) -> SignInPage {
        SignInPage(heading: UIText.text("office_sign_in_heading", l), action: SiteRoute.officeSignIn.path(), button: UIText.text("sign_in", l),
                   next: next, citizen: false, fields: [
                       FormField(name: "login", label: UIText.text("field_staff_login", l), value: login, autocomplete: "username", required: true, maxlength: 254),
                       FormField(name: "password", label: UIText.text("field_password", l), type: "password", autocomplete: "current-password", required: true),
                   ])
    }

    static func register(fullName: String = "", login: String = "", language l: Language) -> SignInPage {
        SignInPage(heading: UIText.text("register_heading", l), action: SiteRoute.citizenRegister.path(), button: UIText.text("register", l),
                   next: nil, citizen: false, fields: [
                       FormField(name: "fullName", label: UIText.text("field_full_name", l), value: fullName, autocomplete: "name", required: true, maxlength: 120),
                       FormField(name: "login", label: UIText.text("field_login", l), value: login, autocomplete: "username", required: true, maxlength: 254),
                       FormField(name: "password", label: UIText.text("field_new_password", l), hint: UIText.text("field_new_password_hint", l),
                                 type: "password", autocomplete: "new-password", required: true, minlength: 10),
                   ])
    }

    /// Shows a refused submission: next to its field when the error belongs to one, else above the form.
    mutating func show(_ failure: PageFailure) {
        let field: String? = switch failure.code {
        case "weak_password": "password"
        case "login_taken", "bad_login", "bad_email", "bad_phone": "login"
        case "bad_name": "fullName"
        default: nil
        }
        if !FormField.mark(&fields, field, failure.text) { error = failure.text }
    }
}
