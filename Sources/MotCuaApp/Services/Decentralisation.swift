import Fluent
import Foundation
import MotCuaCore
import Vapor

/// Changes of a procedure's level or competent agency with an effective day and the deciding document
/// (administrators only: the catalogue is national), and the report of procedures moved between levels. Each change
/// is audited; routing reads the rules in force on the day a dossier is received.
struct Decentralisation {
    let context: ServiceContext

    init(_ context: ServiceContext) { self.context = context }

    /// The earliest day a report may start: the two-tier reform.
    static let reformDay = LocalDate(year: 2025, month: 7, day: 1)

    /// Records a change; a past effective day is refused unless marked as a correction.
    func record(_ code: String, _ input: CompetenceChangeInput, by actor: Principal) async throws -> CompetenceChangeDTO {
        guard actor.isAdministrator else { throw APIError.forbidden }
        let snapshot = context.snapshot
        guard let summary = snapshot.catalogue.procedure(code: code) else { throw APIError(.procedureNotFound, code) }
        let full = try await context.app.procedureCache.procedures([code], version: snapshot.version, db: context.db)[code]
        let changes = snapshot.changes
        let parsed = CompetenceChange.parse(code: summary.code, kind: input.kind, levels: input.levels, agency: input.agency,
                                            effective: input.effective, decision: input.decision, correction: input.correction ?? false,
                                            today: context.today) { day in
            changes.competence(of: summary.code, levels: summary.levels, agency: full?.competentAgency, on: day)
        }
        switch parsed {
        case .success(let change):
            try await ReferenceRepository.recordCompetence(app: context.app, code: summary.code, change, by: actor.auditName, at: context.now)
            return CompetenceChangeDTO(change)
        case .failure(let problem):
            let text = LocalizedText(vi: problem.vietnamese, en: problem.english)
            if case .pastDate = problem { throw APIError(.pastEffectiveDate, text) }
            throw APIError(.badCompetenceChange, text)
        }
    }

    /// Withdraws the change recorded for a day by mistake.
    func withdraw(_ code: String, effective: String, by actor: Principal) async throws {
        guard actor.isAdministrator else { throw APIError.forbidden }
        guard let day = LocalDate(iso: effective) else { throw APIError(.badDate, effective.prefix(20)) }
        guard context.snapshot.changes.competence[code]?.contains(where: { $0.effective == day }) == true else {
            throw APIError(.competenceChangeNotFound, code.prefix(20), day.description)
        }
        try await ReferenceRepository.recordCompetence(app: context.app, code: code, nil, withdrawing: day, by: actor.auditName, at: context.now)
    }

    /// The report for `from…to` (days, inclusive; by default from the reform to today).
    func report(from: String?, to: String?) async throws -> DecentralisationReport {
        func day(_ text: String?, _ fallback: LocalDate) throws -> LocalDate {
            guard let text else { return fallback }
            guard let d = LocalDate(iso: text), (2000...2100).contains(d.year) else { throw APIError(.badDate, text.prefix(20)) }
            return d
        }
        // Without `from`, from the reform (or from `to` when that is earlier); without `to`, to today (or `from` when later).
        let given = try to.map { try day($0, context.today) }
        let start = try day(from, min(Self.reformDay, given ?? Self.reformDay))
        let end = try given ?? day(nil, max(context.today, start))
        guard start <= end else { throw APIError(.badDate, "\(start) > \(end)") }
        let snapshot = context.snapshot
        let (abolitions, moves) = snapshot.changes.changes(from: start, to: end)
        let codes = Array(Set(abolitions.map(\.code) + moves.map(\.code)))
        let full = try await context.app.procedureCache.procedures(codes, version: snapshot.version, db: context.db)
        return DecentralisationReport(changes: snapshot.changes, from: start, to: end) { code in
            guard let s = snapshot.catalogue.procedure(code: code) else { return nil }
            return .init(name: s.name, field: s.field, ministry: Ministry.name(full[code]?.ministry ?? ""))
        }
    }
}
