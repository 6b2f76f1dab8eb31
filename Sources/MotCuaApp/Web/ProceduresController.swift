import MotCuaCore
import Vapor

extension RequiredDocument: Content {}

extension LegalDocument: Content {}

struct ProceduresController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("procedures", use: search)
        routes.get("procedures", "fields", use: fields)
        routes.get("procedures", ":code", use: procedure)
        routes.get("procedures", ":code", "form", use: form)
    }

    func search(req: Request) async throws -> ListDTO<ProcedureSummaryDTO> {
        let limit = try req.intQuery("limit", default: 20, range: 1...200)
        let offset = try req.intQuery("offset", default: 0, range: 0...100_000)
        let q = req.query[String.self, at: "q"] ?? ""
        guard q.count <= 500 else {
            throw APIError(.queryTooLong, 500)
        }
        var filter = ProcedureSearch.Filter()
        if let level = req.query[String.self, at: "level"] {
            guard let l = ProcedureLevel(rawValue: level) else {
                throw APIError(.badLevel, level)
            }
            filter.level = l
        }
        if let field = req.query[String.self, at: "field"], !field.isEmpty { filter.field = field }
        let snapshot = try req.reference
        if try req.boolQuery("includeAbolished") != true {
            filter.excluding = snapshot.changes.abolishedCodes(on: LocalDateTime(req.now).date)
        }
        let result = snapshot.catalogue.search(q, filter: filter, limit: limit, offset: offset)
        return ListDTO(total: result.total,
                       items: result.hits.map { ProcedureSummaryDTO($0.0, score: q.isEmpty ? nil : $0.1) })
    }

    func fields(req: Request) async throws -> [FieldDTO] {
        try req.reference.fields.map { FieldDTO(field: $0.field, count: $0.count) }
    }

    func procedure(req: Request) async throws -> ProcedureDTO {
        let code = req.parameters.get("code") ?? ""
        guard let p = try await ReferenceRepository(db: req.db).procedure(code: code) else {
            throw APIError(.procedureNotFound, code)
        }
        var dto = ProcedureDTO(p)
        let changes = try req.reference.changes
        dto.abolished = changes.abolitions[p.code].map(AbolitionDTO.init)
        let inForce = changes.competence(of: p.code, levels: p.levels, agency: p.competentAgency, on: LocalDateTime(req.now).date)
        dto.levels = inForce.levels.map(\.rawValue)
        dto.competentAgency = inForce.agency
        dto.competenceChanges = (changes.competence[p.code] ?? []).map { CompetenceChangeDTO($0) }
        return dto
    }

    /// The procedure's declaration and document slots: as an administrator refined it, the form written for it, or the
    /// one derived from its entry.
    func form(req: Request) async throws -> DeclarationFormDTO {
        let code = req.parameters.get("code") ?? ""
        guard code.count <= 40, let p = try await ReferenceRepository(db: req.db).procedure(code: code) else {
            throw APIError(.procedureNotFound, code)
        }
        let (form, derived) = req.application.declarationForms.form(for: p, corrections: try req.reference.corrections)
        return DeclarationFormDTO(form, derived: derived)
    }
}
