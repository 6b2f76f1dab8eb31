/// One of the documents a person can hold (receipt slip, supplement request, refusal, apology, control sheet),
/// laid out as the official forms are, to be printed on A5 or A4. Always in Vietnamese: they are legal documents.
struct PrintableForm: Encodable {
    struct Fact: Encodable { let label: String; let value: String }
    struct SheetRow: Encodable { let number: Int; let at: String; let action: String; let actor: String?; let role: String?; let state: String; let note: String }

    let kind: String
    let a5: Bool
    let title: String
    let code: String
    let organisation: String
    let applicant: [Fact]
    /// Receipt slip.
    var documents: [String]?
    var statutoryTime: String?
    var receivedAt: String?
    var appointment: String?
    var returnPlace: String?
    var fee: String?
    var lookupURL: String?
    /// An SVG made by MotCua's QR encoder from the lookup address (no outside text reaches it).
    var qrSVG: String?
    /// Supplement request, refusal, apology.
    var reason: String?
    var submittedAt: String?
    var competent: String?
    var newAppointment: String?
    /// Control sheet.
    var staffCopy: Bool?
    var dueAt: String?
    var rows: [SheetRow]?
    var outcome: String?
    /// The filled declaration (tờ khai): its sections as label and value, and the documents given with it.
    var declaration: [DeclarationReading.Section]?
    var declarationSource: String?
    var place: String?
    var backHref: String
}
