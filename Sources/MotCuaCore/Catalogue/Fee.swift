

/// Fees and charges (phí, lệ phí) of a channel.
public enum Fee: Hashable, Codable, Sendable {
    case free
    /// A fixed amount in đồng.
    case vnd(Int)
    /// A fixed amount in a foreign currency (some immigration and customs procedures).
    case foreign(amount: Double, currency: String)
    /// A rule in words (per page, per case, decided by the provincial council…), kept as written.
    case rule(String)
    /// The catalogue says nothing.
    case unknown
}
