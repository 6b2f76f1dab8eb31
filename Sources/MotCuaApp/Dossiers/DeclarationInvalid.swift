import MotCuaCore

/// A declaration that does not satisfy its definition: every problem, each named by its field's path (or
/// `documents.<slot>`), so that the API lists them and a page shows each beside its field.
struct DeclarationInvalid: Error, Sendable {
    let problems: [DeclarationProblem]
}
