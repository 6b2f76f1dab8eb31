

/// One way of submitting a procedure, with its statutory time and fee.
public struct ProcedureChannel: Hashable, Codable, Sendable {
    public var channel: Channel
    /// The statutory processing time, when it could be read.
    public var time: ProcessingTime?
    /// The time as the catalogue gives it (amount and unit), for review.
    public var timeText: String
    public var fee: Fee
    /// What the catalogue says about the fee (the bracketed explanation).
    public var feeNote: String?
    /// Any further note on this channel (often the time limit in words).
    public var note: String?

    public init(channel: Channel, time: ProcessingTime?, timeText: String, fee: Fee, feeNote: String?, note: String?) {
        self.channel = channel; self.time = time; self.timeText = timeText; self.fee = fee
        self.feeNote = feeNote; self.note = note
    }
}
