import Foundation
import MotCuaCore

/// The declaration a dossier was submitted with: the definition it was checked against (kept whole, so a later
/// version of the procedure's form never changes how it reads), the values, and — at the counter — which document
/// slots the officer saw on paper and why any required one was not needed.
struct DossierDeclaration: Sendable, Equatable {
    var definition: DeclarationForm
    var values: [String: DeclarationValue]
    var counterCheck: CounterCheck?

    /// The counter officer's slot-by-slot completeness check.
    struct CounterCheck: Codable, Sendable, Equatable {
        /// Slots whose paper document the officer has seen.
        var presented: [String]
        /// Required slots not needed here, with the officer's reason.
        var waived: [String: String]
        /// Required slots missing, for which a supplement was asked.
        var missing: [String]
    }
}
