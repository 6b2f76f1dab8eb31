/// The steps of applying online, in order, each with its page (`/ca-nhan/nop-ho-so/<draft>/<slug>`).
enum ApplyStep: String, CaseIterable, Sendable {
    case place = "noi-nop"
    case form = "to-khai"
    case documents = "giay-to"
    case review = "xem-lai"

    var number: Int { Self.allCases.firstIndex(of: self)! + 1 }
    var next: ApplyStep? { Self.allCases.dropFirst(number).first }
    var previous: ApplyStep? { number > 1 ? Self.allCases[number - 2] : nil }
    /// The key of its title in ``UIText``.
    var titleKey: String { "apply_step_" + String(describing: self) }
}
