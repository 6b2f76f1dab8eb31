

/// A citizen's rating of how a dossier was served, given once the dossier has ended (result returned, refused,
/// withdrawn or stopped). It feeds the satisfaction group of the service index, so it is given once and never edited.
public enum ServiceRating: String, CaseIterable, Codable, Sendable {
    case verySatisfied = "very_satisfied"
    case satisfied
    case dissatisfied

    public var vietnamese: String {
        switch self {
        case .verySatisfied: return "Rất hài lòng"
        case .satisfied: return "Hài lòng"
        case .dissatisfied: return "Không hài lòng"
        }
    }
}
