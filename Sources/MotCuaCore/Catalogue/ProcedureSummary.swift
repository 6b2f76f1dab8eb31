

/// What a list of procedures shows, and what search filters on: small enough to hold in memory for all.
public struct ProcedureSummary: Hashable, Codable, Sendable {
    public var code: String
    public var name: String
    public var field: String
    public var levels: [ProcedureLevel]
    public var online: Bool
    public var fullyOnline: Bool?
    /// The statutory time at the counter (falling back to another channel's).
    public var time: ProcessingTime?
    public var fee: Fee?
    public var feeNote: String?
    public var flags: [ReviewFlag]

    public init(_ p: Procedure) {
        code = p.code; name = p.name; field = p.field; levels = p.levels
        online = p.isOfferedOnline; fullyOnline = p.fullyOnline
        time = p.processingTime(for: .counter)
        let main = p.channel(.counter) ?? p.channels.first
        fee = main?.fee; feeNote = main?.feeNote
        flags = p.flags
    }
}
