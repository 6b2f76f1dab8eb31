

/// An administrative procedure (thủ tục hành chính) of the national catalogue, cleaned.
public struct Procedure: Hashable, Codable, Sendable {
    public var code: String
    public var name: String
    /// The decision that published it.
    public var decision: String
    public var levels: [ProcedureLevel]
    public var procedureType: String
    public var field: String
    public var subjects: [String]
    public var competentAgency: String?
    public var implementingAgency: String?
    public var ministry: String
    public var channels: [ProcedureChannel]
    public var documents: [RequiredDocument]
    public var steps: [String]
    public var requirements: String?
    public var legalBasis: [LegalDocument]
    public var result: String?
    public var resultCode: String?
    public var sourceUrl: String
    /// Whether the procedure may be done fully online (toàn trình, Decree 42/2022), when the text says so.
    public var fullyOnline: Bool?
    public var flags: [ReviewFlag]

    public func channel(_ c: Channel) -> ProcedureChannel? { channels.first { $0.channel == c } }

    public var isOfferedOnline: Bool { channel(.online) != nil }

    /// The processing time that applies to a channel (falling back to the counter's, then any).
    public func processingTime(for c: Channel) -> ProcessingTime? {
        channel(c)?.time ?? channel(.counter)?.time ?? channels.lazy.compactMap(\.time).first
    }
}
