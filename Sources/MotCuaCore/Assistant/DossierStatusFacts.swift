import Foundation

/// The facts of a dossier that its applicant may see, for a status answer.
public struct DossierStatusFacts: Sendable {
    public var code: String
    public var procedureName: String
    public var statusCode: Int
    public var stateText: String
    public var appointment: String?
    public var lastStep: String?
    public init(code: String, procedureName: String, statusCode: Int, stateText: String, appointment: String?, lastStep: String?) {
        self.code = code; self.procedureName = procedureName; self.statusCode = statusCode; self.stateText = stateText
        self.appointment = appointment; self.lastStep = lastStep
    }
}
