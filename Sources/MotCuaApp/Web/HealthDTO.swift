import Vapor

struct HealthDTO: Content {
    let status: String
    let database: String
    let provinces: Int
    let communes: Int
    let procedures: Int
    let referenceVersion: Int
}
