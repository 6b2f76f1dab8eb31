import Vapor

/// One field of a declaration (`child.dateOfBirth`) or document slot (`documents.birthCertificate`) to correct.
struct FieldProblemDTO: Content {
    var key: String
    /// `required`, `inFuture`, `badCitizenID`, `checkFailed`, `unknownField`…
    var reason: String
    var message: String
}
