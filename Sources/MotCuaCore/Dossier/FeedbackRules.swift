

public enum FeedbackRules {
    /// Longest comment kept with a rating.
    public static let maxComment = 2000

    /// Why a rating cannot be given now, or nil when it can.
    public enum Refusal: Error, Equatable, Sendable {
        case notEnded(DossierState)
        case alreadyRated
        case commentTooLong
        /// A dissatisfied rating says what went wrong, so the unit can answer it.
        case reasonRequired
    }

    public static func check(state: DossierState, alreadyRated: Bool, rating: ServiceRating, comment: String?) -> Refusal? {
        guard state.isFinal else { return .notEnded(state) }
        if alreadyRated { return .alreadyRated }
        let text = comment ?? ""
        if text.count > maxComment { return .commentTooLong }
        if rating == .dissatisfied && text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return .reasonRequired }
        return nil
    }
}
