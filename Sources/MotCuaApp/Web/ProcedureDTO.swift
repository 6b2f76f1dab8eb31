import MotCuaCore
import Vapor

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
    /// The levels in force today (after any decentralisation change; the catalogue's as published otherwise).
    var levels: [String]
    let procedureType: String
    let field: String
    let subjects: [String]
    var competentAgency: String?
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
    /// Changes of level or competent agency decided for it, oldest first (past and coming).
    var competenceChanges: [CompetenceChangeDTO] = []

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
