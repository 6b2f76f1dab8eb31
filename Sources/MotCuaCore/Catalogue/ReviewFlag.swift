

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
