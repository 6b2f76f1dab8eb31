import MotCuaCore
import Vapor

struct ConversionResultDTO: Content {
    /// More than one old commune matched the names given.
    let ambiguous: Bool
    let matches: [ConversionDTO]
    let note: String?
}
