

/// One day off for public servants.
public struct DayOff: Hashable, Sendable, Codable {
    public var date: LocalDate
    public var name: String
    public init(date: LocalDate, name: String) { self.date = date; self.name = name }
}
