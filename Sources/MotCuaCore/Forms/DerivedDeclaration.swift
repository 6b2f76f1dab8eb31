/// A declaration derived from a catalogue entry where no form has been written, with what the derivation did with each
/// of the entry's document lines — so that an administrator refining it sees what to check.
public struct DerivedDeclaration: Sendable, Equatable {
    public var form: DeclarationForm
    /// Lines that are the declaration or request itself: the e-form takes their place.
    public var replacedByForm: [String]
    /// Lines that are notes for the officer or the applicant, not documents.
    public var notes: [String]
    /// Lines the derivation could not read as a document or a note (no count of originals or copies, no known opening).
    public var unparsed: [String]
}
