import Foundation
import MotCuaCore

/// Administrators' review of the catalogue as imported: the procedures the import flagged, each one's raw text beside
/// what MotCua read from it, and corrections — a refined declaration (fields and document slots), processing times the
/// import could not read, and the flags marked as checked — each recorded as a numbered revision with who, when and why, and audited.
struct CatalogueReview {
    let context: ServiceContext
    let actor: Principal

    /// What an administrator sends to correct a procedure.
    struct Correction: Sendable {
        /// The declaration's definition as JSON (nil: unchanged).
        var definition: String?
        /// Processing times by channel (`online`, `counter`, `post`) as people write them (`15 ngày làm việc`, `3 working-days`,
        /// `trong ngày`); a channel left empty or unchanged is not corrected.
        var times: [String: String] = [:]
        /// Whether the import's flags have been checked.
        var reviewed: Bool
        /// What was corrected and why.
        var note: String
    }

    /// Which procedures a list shows.
    enum State: String, CaseIterable, Sendable { case toReview = "chua", reviewed = "da", all = "tat-ca" }

    static let maxNote = 1_000
    static let maxDefinition = 256 * 1024

    init(_ context: ServiceContext, by actor: Principal) throws {
        guard actor.isAdministrator else { throw APIError.forbidden }
        self.context = context
        self.actor = actor
    }

    /// The flagged procedures (with `flag`, in `state`, matching `query` in code or name), in code order.
    func queue(flag: ReviewFlag?, state: State, query: String?) -> [ProcedureSummary] {
        let corrections = context.snapshot.corrections
        let typed = (query ?? "").trimmingCharacters(in: .whitespaces)
        let folded = typed.isEmpty ? nil : VietnameseText.fold(typed)
        return context.snapshot.catalogue.procedures.filter { p in
            guard !p.flags.isEmpty, flag.map(p.flags.contains) ?? true else { return false }
            switch state {
            case .toReview: if corrections.reviewed.contains(p.code) { return false }
            case .reviewed: if !corrections.reviewed.contains(p.code) { return false }
            case .all: break
            }
            return folded.map { p.code.hasPrefix(typed) || VietnameseText.fold(p.name).contains($0) } ?? true
        }.sorted { $0.code < $1.code }
    }

    /// Flagged procedures per flag, and how many of them have been reviewed.
    func counts() -> (flags: [ReviewFlag: Int], flagged: Int, reviewed: Int) {
        var flags: [ReviewFlag: Int] = [:]
        var flagged = 0, reviewed = 0
        for p in context.snapshot.catalogue.procedures where !p.flags.isEmpty {
            flagged += 1
            if context.snapshot.corrections.reviewed.contains(p.code) { reviewed += 1 }
            for f in p.flags { flags[f, default: 0] += 1 }
        }
        return (flags, flagged, reviewed)
    }

    /// What the review page of one procedure shows.
    struct Review: Sendable {
        let procedure: Procedure
        /// The catalogue line as imported (nil when it is not what the importer reads).
        let raw: RawProcedure?
        let derived: DerivedDeclaration
        /// The declaration in force: refined, else written, else derived.
        let inForce: DeclarationForm
        let written: Bool
        let history: [ProcedureCorrection]
        /// Who recorded each correction, by audit name.
        let names: [String: String]
    }

    func review(code: String) async throws -> Review {
        let snapshot = context.snapshot
        guard code.count <= 40,
              let p = try await context.app.procedureCache.procedures([code], version: snapshot.version, db: context.db)[code] else {
            throw APIError(.procedureNotFound, code.prefix(40))
        }
        let derived = DeclarationDerivation.derive(from: p)
        let written = context.app.declarationForms.written[code]
        let history = try await self.history(code: code)
        var names: [String: String] = [:]
        let identities = IdentityStore(db: context.db)
        for who in Set(history.map(\.recordedBy)) {
            if let id = who.split(separator: ":", maxSplits: 1).last, let account = try await identities.account(id: String(id)) { names[who] = account.fullName }
        }
        return Review(procedure: p, raw: try await ReferenceRepository(db: context.db).raw(code: code), derived: derived,
                      inForce: snapshot.corrections.forms[code] ?? written ?? derived.form, written: written != nil, history: history, names: names)
    }

    /// A procedure's corrections, newest first.
    func history(code: String) async throws -> [ProcedureCorrection] {
        try await ReferenceRepository(db: context.db).corrections(code: code)
    }

    /// Records a correction. A definition is checked as when MotCua loads its files (an error names its line, and
    /// the declaration in force is kept); it must be the procedure's own; its version is raised above the one in force
    /// (dossiers keep the version they were submitted with). A definition equal to the one in force is no change.
    func correct(code: String, _ input: Correction) async throws -> ProcedureCorrection {
        let snapshot = context.snapshot
        guard code.count <= 40, snapshot.catalogue.procedure(code: code) != nil,
              let (inForce, _) = try await context.app.declarationForms.form(code: code, snapshot: snapshot, app: context.app) else {
            throw APIError(.procedureNotFound, code.prefix(40))
        }
        guard let procedure = try await context.app.procedureCache.procedures([code], version: snapshot.version, db: context.db)[code] else {
            throw APIError(.procedureNotFound, code.prefix(40))
        }
        var times: [MotCuaCore.Channel: ProcessingTime] = [:]
        for (key, text) in input.times.sorted(by: { $0.key < $1.key }) {
            let typed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !typed.isEmpty else { continue }
            guard let channel = MotCuaCore.Channel(rawValue: key), let current = procedure.channel(channel) else {
                throw APIError(.badChannel, String(key.prefix(20)))
            }
            let time: ProcessingTime
            do { time = try ProcessingTime.parse(typed) } catch {
                throw APIError(.badTime, LocalizedText(vi: error.vietnamese, en: error.description))
            }
            if current.time != time { times[channel] = time }
        }
        let note = input.note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty, note.count <= Self.maxNote else { throw APIError(.correctionNote, Self.maxNote) }
        var refined: DeclarationForm?
        if let text = input.definition, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            guard text.utf8.count <= Self.maxDefinition else { throw APIError(.definitionInvalid, 1, "longer than \(Self.maxDefinition / 1024) KB") }
            switch DeclarationForm.load(text) {
            case .failure(let error):
                throw APIError(.definitionInvalid, error.line, error.problem)
            case .success(var form):
                guard form.procedureCode == code else {
                    throw APIError(.definitionInvalid, DeclarationForm.line(ofKey: "procedureCode", in: text),
                                   "procedureCode is \"\(form.procedureCode)\", this procedure is \"\(code)\"")
                }
                var same = form
                same.version = inForce.version
                if same != inForce {
                    form.version = max(form.version, inForce.version + 1)
                    refined = form
                }
            }
        }
        return try await ReferenceRepository.recordCorrection(app: context.app, code: code, definition: refined, times: times, reviewed: input.reviewed, note: note,
                                                              by: actor.auditName, at: context.now)
    }
}
