/// What is wrong with one value of a declaration, named by its dotted path (`mother.citizenID`, `heirs.1.fullName`).
public struct DeclarationProblem: Codable, Sendable, Equatable {
    public enum Reason: String, Codable, Sendable {
        case required, unknownField, tooLong, notADate, inFuture, tooYoung, tooOld, notAnOption, badCitizenID, badPhone, badEmail
        case badCommune, notANumber, outOfRange, tooFew, tooMany, wrongShape, checkFailed, controlCharacters
    }

    public var key: String
    public var reason: Reason
    public var message: String
    public var messageEn: String

    public init(key: String, reason: Reason, message: String, messageEn: String) {
        self.key = key; self.reason = reason; self.message = message; self.messageEn = messageEn
    }
}
