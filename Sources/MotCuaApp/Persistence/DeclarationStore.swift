import Crypto
import Fluent
import Foundation
import MotCuaCore
import NIOConcurrencyHelpers
import SQLKit

/// Dossiers' declarations: each definition stored once under its digest, each dossier's values beside it.
struct DeclarationStore {
    let db: any Database
    var sql: any SQLDatabase { db.sql }

    init(_ db: any Database) { self.db = db }

    private struct DefinitionRow: Codable {
        var sha256: String
        var procedure_code: String
        var version: Int
        var definition: String
    }

    private struct ValuesRow: Codable {
        var dossier_code: String
        var definition_sha256: String
        var form_version: Int
        var form_values: String
        var counter_check: String?
    }

    static func encoded<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A definition as stored and its digest, made once per definition (encoding one costs more than the rest of a
    /// submission, and it happens inside the write): the last few definitions seen are kept, per procedure.
    static func stored(_ form: DeclarationForm) throws -> (text: String, sha256: String) {
        if let hit = encodedDefinitions.withLockedValue({ cache in cache[form.procedureCode]?.first { $0.form == form } }) {
            return (hit.text, hit.sha256)
        }
        let text = try encoded(form)
        let sha = SHA256.hash(data: Data(text.utf8)).hex
        encodedDefinitions.withLockedValue { cache in
            var list = cache[form.procedureCode] ?? []
            list.insert((form, text, sha), at: 0)
            cache[form.procedureCode] = Array(list.prefix(3))
            if cache.count > 5_000 { cache.removeAll() }
        }
        return (text, sha)
    }

    private static let encodedDefinitions = NIOLockedValueBox<[String: [(form: DeclarationForm, text: String, sha256: String)]]>([:])

    /// Writes the declarations of new dossiers (inside their transaction).
    func write(_ items: [(code: String, declaration: DossierDeclaration)]) async throws {
        guard !items.isEmpty else { return }
        var definitions: [String: DefinitionRow] = [:]
        var rows: [ValuesRow] = []
        for (code, d) in items {
            let (text, sha) = try Self.stored(d.definition)
            definitions[sha] = DefinitionRow(sha256: sha, procedure_code: d.definition.procedureCode, version: d.definition.version, definition: text)
            rows.append(ValuesRow(dossier_code: code, definition_sha256: sha, form_version: d.definition.version,
                                  form_values: try Self.encoded(d.values), counter_check: try d.counterCheck.map(Self.encoded)))
        }
        for row in definitions.values.sorted(by: { $0.sha256 < $1.sha256 }) {
            try await sql.insert(into: "declaration_definitions").model(row).ignoringConflicts(with: "sha256").run()
        }
        try await sql.insert(into: "dossier_declarations").models(rows, nilEncodingStrategy: .asNil).run()
    }

    /// A dossier's declaration, with the definition it was submitted with.
    func declaration(code: String) async throws -> DossierDeclaration? {
        guard let row = try await sql.select().columns("*").from("dossier_declarations").where("dossier_code", .equal, SQLBind(code))
            .first(decoding: ValuesRow.self) else { return nil }
        return try await declaration(row)
    }

    /// The declarations of several dossiers (for an export page).
    func declarations(codes: [String]) async throws -> [String: DossierDeclaration] {
        guard !codes.isEmpty else { return [:] }
        let rows = try await sql.select().columns("*").from("dossier_declarations").where("dossier_code", .in, SQLBind.group(codes))
            .all(decoding: ValuesRow.self)
        var out: [String: DossierDeclaration] = [:]
        var cache: [String: DeclarationForm] = [:]
        for row in rows { out[row.dossier_code] = try await declaration(row, cache: &cache) }
        return out
    }

    private func declaration(_ row: ValuesRow) async throws -> DossierDeclaration {
        var cache: [String: DeclarationForm] = [:]
        return try await declaration(row, cache: &cache)
    }

    private func declaration(_ row: ValuesRow, cache: inout [String: DeclarationForm]) async throws -> DossierDeclaration {
        let definition: DeclarationForm
        if let known = cache[row.definition_sha256] {
            definition = known
        } else {
            guard let stored = try await sql.select().columns("*").from("declaration_definitions")
                .where("sha256", .equal, SQLBind(row.definition_sha256)).first(decoding: DefinitionRow.self) else {
                throw StoredValue.Corrupt(column: "dossier_declarations.definition_sha256", value: row.definition_sha256)
            }
            definition = try StoredValue.json(DeclarationForm.self, stored.definition, "declaration_definitions.definition")
            cache[row.definition_sha256] = definition
        }
        return DossierDeclaration(
            definition: definition,
            values: try StoredValue.json([String: DeclarationValue].self, row.form_values, "dossier_declarations.form_values"),
            counterCheck: try row.counter_check.map { try StoredValue.json(DossierDeclaration.CounterCheck.self, $0, "dossier_declarations.counter_check") })
    }
}
