import Fluent
import Foundation
import MotCuaCore
import Vapor

struct DossierListDTO: Content {
    var total: Int
    var items: [DossierDTO]
}
