import Fluent
import Foundation
import MotCuaCore
import NIOConcurrencyHelpers
import Vapor

extension AssistantCitation: Content {}

extension Application {
    private struct ProcedureCacheKey: StorageKey { typealias Value = ProcedureCache }

    var procedureCache: ProcedureCache {
        if let c = storage[ProcedureCacheKey.self] { return c }
        let c = ProcedureCache()
        storage[ProcedureCacheKey.self] = c
        return c
    }
}

/// Answers questions: understands them with the core assistant, remembers the conversation, looks up a
/// dossier's status when the phone matches, composes the answer from the catalogue (optionally phrased by a
/// language model whose text must pass the citation check), and records each turn with personal data masked.
struct AssistantService {
    let app: Application
    let db: any Database
    let now: Date
    /// Applied before a dossier is looked up (the public lookup's rate limit).
    var beforeDossierLookup: @Sendable () throws -> Void = {}
    /// Who asks (their address), for the guess budget on a dossier's phone.
    var caller = "local"


    /// Conversations idle longer than this start afresh.
    static let conversationIdleSeconds: TimeInterval = 24 * 3600


    /// A commune whose name (with its type word) matches exactly.
    static func commune(named name: String, in snapshot: ReferenceSnapshot, on date: LocalDate) -> AdministrativeUnit? {
        snapshot.units.search(name, asOf: date, limit: 1).first.flatMap { $0.score >= 100 && $0.unit.level == .commune ? $0.unit : nil }
    }


    func ask(_ input: AskInput, staff: Bool) async throws -> AskOutput {
        guard let snapshot = app.reference.current else { throw APIError.notReady }
        let config = app.motcuaConfig
        let today = LocalDateTime(now).date

        var commune: AdministrativeUnit?
        if let code = input.communeCode?.trimmingCharacters(in: .whitespaces), !code.isEmpty {
            guard let u = snapshot.units.unit(code, asOf: today), u.level == .commune else {
                throw APIError(.unknownCommune, code)
            }
            commune = u
        }
        if let mode = input.mode, !["citizen", "officer", ""].contains(mode) {
            throw APIError(.badMode)
        }

        // The conversation: an unknown or stale id starts a new one.
        var conversation: ConversationStore.Conversation?
        if let id = input.conversationId, !id.isEmpty {
            guard UUID(uuidString: id) != nil else {
                throw APIError(.badConversation)
            }
            conversation = try await ConversationStore(db: db).conversation(id: id.lowercased())
            if let c = conversation, let updated = c.updatedAt, now.timeIntervalSince(updated.instant) > Self.conversationIdleSeconds {
                conversation = nil
            }
        }
        var state = conversation?.state ?? ConversationState()
        let officer = input.mode == "officer" || (input.mode == nil && (staff || conversation?.officer == true))

        // A commune named in the question counts as the asker's.
        var question = input.question
        if question.count <= Assistant.maxQuestionLength,
           let mention = ConversationRules.placeMention(in: question, resolve: { Self.commune(named: $0, in: snapshot, on: today) }) {
            commune = commune ?? mention.unit
            question = mention.rest
        }
        if commune == nil, let code = conversation?.communeCode { commune = snapshot.units.unit(code, asOf: today) }
        let province = commune?.provinceCode.flatMap { snapshot.units.unit($0, asOf: today) }
        // Officers may ask about another day ("from 01/01/2027, is this ours?"): the day given, else one named in the question.
        var asOf: LocalDate?
        if let text = input.date?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            guard let day = LocalDate(iso: text), (2000...2100).contains(day.year) else { throw APIError(.badDate, text.prefix(20)) }
            asOf = day
        } else if officer {
            asOf = ConversationRules.dateMention(in: question)
        }
        let day = asOf ?? today
        var context = AskerContext(commune: commune, province: province, officer: officer, asOf: asOf)

        var assistant = snapshot.assistant()
        // Citizens are not offered abolished procedures; officers are told that one is abolished.
        assistant.excluding = officer ? [] : snapshot.changes.abolishedCodes(on: today)
        let composer = AnswerComposer(hotline: config.assistantHotline)
        let language = AnswerLanguage.of(input.question)
        let phone = input.phone.flatMap(PhoneNumber.normalise) ?? ConversationRules.phoneNumber(in: input.question)
        let (retrieval, dossierCode) = ConversationRules.retrieve(assistant, question: question, state: state, phone: phone)
        var dossier: AssistantDossierDTO?
        var text: String?
        if let code = dossierCode, let phone {
            try beforeDossierLookup()
            let store = DossierStore(db)
            let found = DossierCode.isWellFormed(code) ? try await store.dossier(code: code) : nil
            if DossierCode.isWellFormed(code), try await ApplicantProof(app: app, caller: caller, now: now).check(found, code: code, principal: nil, phone: phone),
               let row = found {
                let s = row.state
                let lastStep = try await store.events(code: code).last(where: \.visible)
                    .map { $0.action.vietnamese + " (\($0.at))" }
                text = composer.dossierStatus(DossierStatusFacts(code: code, procedureName: row.procedureName, statusCode: row.statusCode,
                                                                 stateText: s.vietnamese, appointment: row.appointment?.description, lastStep: lastStep),
                                              language: language)
                dossier = AssistantDossierDTO(code: code, statusCode: row.statusCode, state: row.state.rawValue, stateText: s.vietnamese,
                                              appointment: row.appointment?.description)
            } else {
                text = composer.dossierNotFound(code, language: language)
            }
        }

        let changes = snapshot.changes
        for c in retrieval.candidates.prefix(5) {
            let code = c.summary.code
            if changes.competence[code] != nil { context.competence[code] = changes.competence(of: code, levels: c.summary.levels, on: day) }
            if officer, let a = changes.abolished(code, on: day) { context.abolished[code] = a }
        }
        let codes = Array(retrieval.candidates.prefix(3).map(\.summary.code))
        let full = try await app.procedureCache.procedures(codes, version: snapshot.version, db: db)
        var reply = composer.reply(to: retrieval, procedure: { full[$0] }, context: context, language: language)
        if let text { reply.text = text }

        var phrasedBy = "composer"
        if let model = config.languageModel, [.answer, .followUp].contains(reply.decision) {
            if let phrased = await LanguageModelClient(app: app, config: model)
                .phrase(question: input.question, composed: reply.text, citations: reply.citations, language: language) {
                reply.text = phrased
                phrasedBy = "model"
            }
        }

        state = ConversationRules.remember(reply, in: state, awaitingPhoneFor: text == nil ? dossierCode : nil)
        let id = conversation?.id ?? UUID().uuidString.lowercased()
        let isNew = conversation == nil
        let stamp = LocalDateTime(now)
        let turns = (conversation?.turns ?? 0) + 1
        let communeCode = commune?.code
        // Control characters (NUL is refused by PostgreSQL) are dropped from what is stored.
        let printable = String(String.UnicodeScalarView(input.question.prefix(Assistant.maxQuestionLength + 100).unicodeScalars.filter {
            $0.properties.generalCategory != .control || $0 == "\n" || $0 == "\t"
        }))
        let masked = PersonalDataMask.mask(printable)
        let citedCodes = reply.citations.map(\.code).joined(separator: " ")
        let answerText = PersonalDataMask.mask(reply.text)
        let decision = reply.decision.rawValue
        let phrased = phrasedBy
        let record = ConversationStore.Conversation(id: id, updatedAt: stamp, communeCode: communeCode, officer: officer, state: state,
                                                    turns: turns)
        let turn = ConversationStore.Turn(at: stamp.description, question: masked, decision: decision, codes: citedCodes, answer: answerText)
        try await app.writeTransaction { db in
            try await ConversationStore(db: db).save(record, isNew: isNew, turn: turn, phrasedBy: phrased)
        }

        return AskOutput(
            answer: reply.text,
            procedures: reply.candidates.prefix(5).map {
                AssistantProcedureDTO(code: $0.summary.code, name: $0.summary.name, score: ($0.score * 1000).rounded() / 1000,
                                      url: AnswerComposer.url(of: $0.summary.code))
            },
            needsClarification: reply.needsClarification, outOfScope: reply.outOfScope, refused: reply.refused,
            conversationId: id, language: language.rawValue, decision: reply.decision.rawValue, citations: reply.citations,
            aspects: retrieval.query.aspects.map(\.rawValue),
            commune: commune.map { UnitRefDTO(code: $0.code, name: $0.fullName) }, dossier: dossier, phrasedBy: phrasedBy)
    }

    /// One conversation's turns, oldest first (for the portal's chat page).
    static func turns(of id: String, db: any Database, limit: Int = 20) async throws -> [ConversationStore.Turn] {
        guard UUID(uuidString: id) != nil else { return [] }
        return try await ConversationStore(db: db).turns(of: id.lowercased(), limit: limit)
    }

    /// Deletes conversations idle for longer than the retention period, with their turns.
    static func deleteOld(db: any Database, now: Date, retentionDays: Int) async throws -> Int {
        let store = ConversationStore(db: db)
        let old = try await store.idle(since: LocalDateTime(now.addingTimeInterval(-Double(retentionDays) * 86400)))
        try await store.delete(old)
        return old.count
    }
}
