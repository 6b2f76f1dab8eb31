import MotCuaCore
import Vapor

/// The result of converting one old commune.
struct ConversionDTO: Content {
    struct Old: Content {
        let code: String
        let name: String
        let districtCode: String
        let districtName: String
        let provinceCode: String
        let provinceName: String
    }
    struct New: Content {
        let code: String
        let name: String
        let fullName: String
        let provinceCode: String?
        let provinceName: String?
    }
    let old: Old
    /// The old unit was split between several new communes: every candidate is listed.
    let split: Bool
    let newUnits: [New]
}
