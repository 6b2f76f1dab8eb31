import MotCuaCore
import Vapor

struct FieldDTO: Content {
    let field: String
    let count: Int
}
