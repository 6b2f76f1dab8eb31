import Foundation
import MotCuaCore
import Vapor

/// The declarations written for procedures (one definition file a procedure, `Resources/Forms/<code>.json`, checked when
/// loaded: a file with an error is refused, with its line, and logged) and, for every other procedure, the one derived
/// from its catalogue entry.
final class DeclarationForms: Sendable {
    let written: [String: DeclarationForm]
    /// Files refused at load, with why.
    let refused: [String: DeclarationForm.LoadError]

    init(directory: URL) {
        var written: [String: DeclarationForm] = [:], refused: [String: DeclarationForm.LoadError] = [:]
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        for file in files.filter({ $0.pathExtension == "json" }).sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else {
                refused[file.lastPathComponent] = .init(line: 1, problem: "not UTF-8 text")
                continue
            }
            switch DeclarationForm.load(text) {
            case .success(let form) where form.procedureCode + ".json" == file.lastPathComponent:
                written[form.procedureCode] = form
            case .success(let form):
                refused[file.lastPathComponent] = .init(line: 1, problem: "the file of procedure \(form.procedureCode) must be named \(form.procedureCode).json")
            case .failure(let error):
                refused[file.lastPathComponent] = error
            }
        }
        self.written = written
        self.refused = refused
    }

    /// The definitions shipped with MotCua.
    static func bundled() -> DeclarationForms {
        DeclarationForms(directory: Bundle.module.url(forResource: "Resources", withExtension: nil)!.appendingPathComponent("Forms"))
    }

    /// The procedure's declaration: the one an administrator refined, else the written one, else the one derived from
    /// its catalogue entry (with what the derivation set apart or could not read).
    func form(for procedure: Procedure, corrections: ProcedureCorrections) -> (form: DeclarationForm, derived: DerivedDeclaration?) {
        if let form = corrections.forms[procedure.code] ?? written[procedure.code] { return (form, nil) }
        let derived = DeclarationDerivation.derive(from: procedure)
        return (derived.form, derived)
    }
}

extension DeclarationForms {
    /// The declaration of the procedure with `code` in the reference `snapshot` (its catalogue entry read only when no
    /// form was refined or written for it).
    func form(code: String, snapshot: ReferenceSnapshot, app: Application) async throws -> (form: DeclarationForm, derived: DerivedDeclaration?)? {
        if let form = snapshot.corrections.forms[code] ?? written[code] { return (form, nil) }
        guard let p = try await app.procedureCache.procedures([code], version: snapshot.version, db: app.db)[code] else { return nil }
        return form(for: p, corrections: snapshot.corrections)
    }
}

extension Application {
    private struct DeclarationFormsKey: StorageKey { typealias Value = DeclarationForms }

    /// Loaded once at configuration; refused files are logged there.
    var declarationForms: DeclarationForms {
        get { storage[DeclarationFormsKey.self]! }
        set { storage[DeclarationFormsKey.self] = newValue }
    }
}
