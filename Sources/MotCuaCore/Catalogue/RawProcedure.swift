import Foundation

/// One line of the raw crawl of the National Public Service Portal (procedures/catalogue.jsonl).
public struct RawProcedure: Codable, Sendable {
    public struct RawChannel: Codable, Sendable {
        public var channel: String
        public var timeAmount: Double?
        public var timeUnit: String?
        public var feeAndNote: String
    }
    public var code: String
    public var name: String
    public var decision: String?
    public var levels: [String]
    public var procedureType: String?
    public var field: String?
    public var subjects: String?
    public var competentAgency: String?
    public var implementingAgency: String?
    public var ministry: String?
    public var channels: [RawChannel]
    public var steps: String?
    public var documents: String?
    public var requirements: String?
    public var legalBasis: String?
    public var result: String?
    public var sourceUrl: String?
}
