import Foundation
import MotCuaCore

/// What the corrections leave in force, held with the reference data: per procedure, the declaration an administrator
/// refined (it replaces the written or derived one) and whether its import flags were reviewed.
public struct ProcedureCorrections: Sendable {
    /// The refined declaration of each procedure that has one.
    public let forms: [String: DeclarationForm]
    /// Procedures whose import flags an administrator has reviewed.
    public let reviewed: Set<String>
    /// How many corrections each procedure has.
    public let revisions: [String: Int]

    public init() { forms = [:]; reviewed = []; revisions = [:] }

    init(_ corrections: [ProcedureCorrection]) {
        var forms: [String: DeclarationForm] = [:], reviewed = Set<String>(), revisions: [String: Int] = [:]
        for c in corrections.sorted(by: { ($0.code, $0.revision) < ($1.code, $1.revision) }) {
            if let d = c.definition { forms[c.code] = d }
            if c.reviewed { reviewed.insert(c.code) } else { reviewed.remove(c.code) }
            revisions[c.code] = c.revision
        }
        self.forms = forms; self.reviewed = reviewed; self.revisions = revisions
    }
}
