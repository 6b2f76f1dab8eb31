import MotCuaCore
import Vapor

/// A procedure in a list: enough to choose one.
struct ProcedureSummaryDTO: Content {
    let code: String
    let name: String
    let field: String
    let levels: [String]
    let online: Bool
    let fullyOnline: Bool?
    /// The counter channel's statutory time, e.g. "3 working-days".
    let time: String?
    let timeVi: String?
    let fee: FeeDTO?
    let flags: [String]
    let score: Double?
    let url: String

    init(_ p: ProcedureSummary, score: Double?) {
        code = p.code; name = p.name; field = p.field; levels = p.levels.map(\.rawValue)
        online = p.online; fullyOnline = p.fullyOnline
        time = p.time?.description
        timeVi = p.time?.vietnamese
        fee = p.fee.map { FeeDTO($0, note: p.feeNote) }
        flags = p.flags.map(\.rawValue)
        self.score = score.map { ($0 * 1000).rounded() / 1000 }
        url = "/api/v1/procedures/\(p.code)"
    }
}

struct FeeDTO: Content {
    /// free, vnd, foreign, rule or unknown.
    let kind: String
    let amount: Double?
    let currency: String?
    let text: String?
    let note: String?

    init(_ fee: Fee, note: String?) {
        self.note = note
        switch fee {
        case .free: kind = "free"; amount = 0; currency = "VND"; text = "Miễn phí"
        case .vnd(let v): kind = "vnd"; amount = Double(v); currency = "VND"; text = "\(v) đồng"
        case .foreign(let a, let c): kind = "foreign"; amount = a; currency = c; text = "\(a) \(c)"
        case .rule(let t): kind = "rule"; amount = nil; currency = nil; text = t
        case .unknown: kind = "unknown"; amount = nil; currency = nil; text = nil
        }
    }
}

/// A procedure in full.
struct ProcedureDTO: Content {
    struct ChannelDTO: Content {
        let channel: String
        let time: String?
        let timeVi: String?
        let timeAsWritten: String
        let fee: FeeDTO
        let note: String?
    }
    let code: String
    let name: String
    let decision: String
    let levels: [String]
    let procedureType: String
    let field: String
    let subjects: [String]
    let competentAgency: String?
    let implementingAgency: String?
    let channels: [ChannelDTO]
    let documents: [RequiredDocument]
    let steps: [String]
    let requirements: String?
    let legalBasis: [LegalDocument]
    let result: String?
    let resultCode: String?
    let fullyOnline: Bool?
    let sourceUrl: String
    /// What a person should check: the importer could not read these parts reliably.
    let reviewFlags: [String]
    /// Set when a decision abolishes the procedure (from a past or a coming day).
    var abolished: AbolitionDTO?

    init(_ p: Procedure) {
        code = p.code; name = p.name; decision = p.decision; levels = p.levels.map(\.rawValue)
        procedureType = p.procedureType; field = p.field; subjects = p.subjects
        competentAgency = p.competentAgency; implementingAgency = p.implementingAgency
        channels = p.channels.map {
            ChannelDTO(channel: $0.channel.rawValue, time: $0.time?.description, timeVi: $0.time?.vietnamese,
                       timeAsWritten: $0.timeText, fee: FeeDTO($0.fee, note: $0.feeNote), note: $0.note)
        }
        documents = p.documents; steps = p.steps; requirements = p.requirements; legalBasis = p.legalBasis
        result = p.result; resultCode = p.resultCode; fullyOnline = p.fullyOnline; sourceUrl = p.sourceUrl
        reviewFlags = p.flags.map(\.rawValue)
    }
}

extension RequiredDocument: Content {}
extension LegalDocument: Content {}

struct AbolitionDTO: Content {
    let effective: String
    let decision: String
    init(_ a: ProcedureAbolition) { effective = a.effective.description; decision = a.decision }
}

struct FieldDTO: Content {
    let field: String
    let count: Int
}

struct ProceduresController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("procedures", use: search)
        routes.get("procedures", "fields", use: fields)
        routes.get("procedures", ":code", use: procedure)
    }

    func search(req: Request) async throws -> ListDTO<ProcedureSummaryDTO> {
        let limit = try req.intQuery("limit", default: 20, range: 1...200)
        let offset = try req.intQuery("offset", default: 0, range: 0...100_000)
        let q = req.query[String.self, at: "q"] ?? ""
        guard q.count <= 500 else {
            throw APIError(.queryTooLong, 500)
        }
        var filter = ProcedureSearch.Filter()
        if let level = req.query[String.self, at: "level"], !level.isEmpty {
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
        dto.abolished = try req.reference.changes.abolitions[p.code].map(AbolitionDTO.init)
        return dto
    }
}
