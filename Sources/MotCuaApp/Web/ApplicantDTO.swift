import Fluent
import Foundation
import MotCuaCore
import Vapor

struct ApplicantDTO: Content {
    var fullName: String
    var idNumber: String
    var phone: String
    var email: String?
    var communeCode: String?
}
