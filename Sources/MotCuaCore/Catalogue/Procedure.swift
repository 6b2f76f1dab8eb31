/// The level of government at which a procedure is carried out.
public enum ProcedureLevel: String, Codable, Sendable, CaseIterable {
    /// Cấp bộ (ministries and other central agencies).
    case central
    /// Cấp tỉnh.
    case province
    /// Cấp xã.
    case commune
    /// Cơ quan khác (courts, agencies outside the hierarchy).
    case other
}

/// How a dossier reaches the authority.
public enum Channel: String, Codable, Sendable, CaseIterable {
    case online, post, counter
}

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

/// A document the applicant submits or shows (thành phần hồ sơ).
public struct RequiredDocument: Hashable, Codable, Sendable {
    public var name: String
    /// The form template, when the catalogue names one (e.g. "Mẫu số 05.docx").
    public var form: String?
    public var originals: Int
    public var copies: Int
    /// The heading the document stands under ("Giấy tờ phải nộp", "Giấy tờ phải xuất trình"…).
    public var group: String?

    public init(name: String, form: String?, originals: Int, copies: Int, group: String?) {
        self.name = name; self.form = form; self.originals = originals; self.copies = copies; self.group = group
    }
}

/// A legal document a procedure rests on.
public struct LegalDocument: Hashable, Codable, Sendable {
    public var title: String
    public var number: String
}

/// Something the importer could not read reliably; a person should look at it.
public enum ReviewFlag: String, Codable, Sendable, CaseIterable {
    /// The time amount has no unit and none could be inferred.
    case timeUnitMissing
    /// The unit was missing and was inferred from the note.
    case timeUnitInferred
    /// A channel has no processing time.
    case timeMissing
    /// The time is zero ("not prescribed", left to the province…).
    case timeNotPrescribed
    /// The time and fee cells were flattened into one number.
    case timeAndFeeMerged
    /// The fee could not be read as free, an amount, or unknown.
    case feeUnparsed
    /// The fee is in a foreign currency.
    case feeForeignCurrency
    /// The document list could not be split into documents.
    case documentsUnparsed
    /// Tagged commune level, but carried out by a regional branch of a central agency (customs, tax…).
    case communeLevelDoubtful
    /// No channel of submission is listed.
    case noChannels
}

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
