import Foundation
import MotCuaCore

/// A signed-in citizen's own space: drafts of submissions (kept until sent), what they paid or owe, the ratings they
/// gave. Every read and write is limited to the account.
struct CitizenAccount {
    static let maxDrafts = 50
    static let maxDraftBytes = 65_536

    let context: ServiceContext
    let citizen: Principal

    /// Refuses anyone but a citizen (staff and integrations have no such space).
    init(_ context: ServiceContext, citizen: Principal) throws {
        guard citizen.kind == .citizen else { throw APIError.forbidden }
        self.context = context
        self.citizen = citizen
    }

    private var drafts: DraftStore { DraftStore(db: context.db) }

    // MARK: Drafts

    func allDrafts() async throws -> [DraftDTO] {
        try await drafts.drafts(account: citizen.id).map(dto)
    }

    func draft(id: String) async throws -> DraftDTO {
        dto(try await stored(id))
    }

    /// Keeps a new draft (at most ``maxDrafts`` per account).
    func createDraft(_ content: DraftContent) async throws -> DraftDTO {
        var fresh = content
        fresh.attachments = nil
        let content = fresh
        let json = try Self.encoded(content)
        let id = UUID().uuidString.lowercased()
        let at = LocalDateTime(context.now)
        let account = citizen.id
        try await context.writeTransaction { db in
            let store = DraftStore(db: db)
            guard try await store.count(account: account) < Self.maxDrafts else { throw APIError(.tooManyDrafts, Self.maxDrafts) }
            try await store.insert(id: id, account: account, content: content, json: json, at: at)
        }
        return try await draft(id: id)
    }

    func updateDraft(id: String, _ content: DraftContent) async throws -> DraftDTO {
        var content = content
        content.attachments = try await stored(id).content.attachments
        return try await write(id: id, content)
    }

    private func write(id: String, _ content: DraftContent) async throws -> DraftDTO {
        let json = try Self.encoded(content)
        let at = LocalDateTime(context.now)
        let account = citizen.id
        try await context.writeTransaction { db in
            try await DraftStore(db: db).update(id: id, account: account, content: content, json: json, at: at)
        }
        return try await draft(id: id)
    }

    /// Attaches a document to a slot of the draft's declaration: checked like any upload (kind by content, size), kept
    /// in the document store, at most ``DocumentStore/maxDocumentsPerDossier`` in all.
    func attach(id: String, slot: String, data: Data, fileName: String) async throws -> DraftDTO {
        let draft = try await stored(id)
        guard let code = draft.content.procedureCode,
              let (definition, _) = try await context.app.declarationForms.form(code: code, snapshot: context.snapshot, app: context.app),
              let target = definition.documents.first(where: { $0.key == slot }) else {
            throw DeclarationInvalid(problems: [DeclarationProblem(key: "documents." + String(slot.prefix(40)), reason: .unknownField,
                                                                   message: "Hồ sơ không có ô giấy tờ này.", messageEn: "The dossier has no such document slot.")])
        }
        let checked = try DocumentStore.check(data, fileName: fileName, docType: nil, original: false, maxBytes: context.config.maxUploadBytes)
        if let allowed = target.mediaTypes, !allowed.contains(checked.kind.mediaType) { throw APIError(.fileType) }
        var content = draft.content
        var attachments = content.attachments ?? []
        guard attachments.count < DocumentStore.maxDocumentsPerDossier,
              attachments.reduce(0, { $0 + $1.size }) + checked.size <= DocumentStore.maxBytesPerDossier else { throw DossierDocuments.tooManyDocuments }
        try DocumentStore(directory: context.config.filesDirectory).write(checked)
        attachments.append(DraftAttachment(slot: slot, sha256: checked.sha256, fileName: checked.fileName, mediaType: checked.kind.mediaType,
                                           size: checked.size))
        content.attachments = attachments
        return try await write(id: id, content)
    }

    /// Documents the citizen already gave in earlier dossiers, for the slots of the draft's form that allow a digitised
    /// copy to be used again (by slot; one per file, newest first).
    func heldDocuments(forDraft id: String) async throws -> [String: [DossierDocument]] {
        let draft = try await stored(id)
        guard let code = draft.content.procedureCode,
              let (definition, _) = try await context.app.declarationForms.form(code: code, snapshot: context.snapshot, app: context.app) else { return [:] }
        let reusable = definition.documents.filter { $0.reusable == true }.map(\.key)
        var seen = Set<String>()
        let held = try await DossierStore(context.db).documents(account: citizen.id, slots: reusable).filter { seen.insert($0.sha256).inserted }
        return Dictionary(grouping: held, by: { $0.slot ?? "" })
    }

    /// Attaches a document the citizen already gave (in a slot that allows it): the file is not sent again.
    func reuse(id: String, slot: String, sha256: String) async throws -> DraftDTO {
        guard let document = try await heldDocuments(forDraft: id)[slot]?.first(where: { $0.sha256 == sha256 }) else { throw APIError(.notFound) }
        var content = try await stored(id).content
        var attachments = content.attachments ?? []
        guard attachments.count < DocumentStore.maxDocumentsPerDossier else { throw DossierDocuments.tooManyDocuments }
        guard !attachments.contains(where: { $0.slot == slot && $0.sha256 == sha256 }) else { return try await draft(id: id) }
        attachments.append(DraftAttachment(slot: slot, sha256: document.sha256, fileName: document.fileName, mediaType: document.mediaType,
                                           size: document.size))
        content.attachments = attachments
        return try await write(id: id, content)
    }

    /// Takes the `index`-th attachment off the draft (the file stays in the store, which keeps files by digest).
    func detach(id: String, index: Int) async throws -> DraftDTO {
        var content = try await stored(id).content
        guard var attachments = content.attachments, attachments.indices.contains(index) else { throw APIError(.notFound) }
        attachments.remove(at: index)
        content.attachments = attachments
        return try await write(id: id, content)
    }

    func deleteDraft(id: String) async throws {
        _ = try await stored(id)
        try await remove(id)
    }

    /// Sends a complete draft as a submission. The draft's id is the submission's idempotency key, so sending twice
    /// (a double click, a retry after a lost answer) gives the one dossier; the draft is then deleted.
    func submitDraft(id: String) async throws -> (SubmissionResultDTO, created: Bool) {
        let draft = try await stored(id)
        let (ready, missing) = draft.content.submission()
        guard var input = ready else { throw APIError(.draftIncomplete, missing.joined(separator: ", ")) }
        let files = DocumentStore(directory: context.config.filesDirectory)
        input.documents = try (draft.content.attachments ?? []).map { a in
            DocumentInput(fileName: a.fileName, docType: nil, original: false, contentBase64: try files.read(sha256: a.sha256).base64EncodedString(),
                          slot: a.slot)
        }
        let service = DossierService(app: context.app, snapshot: context.snapshot)
        let (row, created) = try await service.submit(input, actor: citizen, idempotencyKey: "draft:\(id)", now: context.now)
        try await remove(id)
        return (service.result(of: row, now: context.now), created)
    }

    /// The dossier a draft became, once sent (a resent page finds its draft gone and is shown the dossier instead).
    func dossierSent(fromDraft id: String) async throws -> String? {
        guard id.count <= 64 else { return nil }
        return try await DossierStore(context.db).dossier(idempotencyKey: DossierService.scopedKey("draft:\(id)", citizen, requestHash: ""))?.code
    }

    /// Removes a draft once it has been sent (nothing to do when a resent form finds it gone already).
    func draftSent(id: String) async throws {
        guard id.count <= 64 else { return }
        try await remove(id)
    }

    private func stored(_ id: String) async throws -> DraftStore.Draft {
        guard id.count <= 64, let d = try await drafts.draft(id: id, account: citizen.id) else { throw APIError(.draftNotFound) }
        return d
    }

    private func remove(_ id: String) async throws {
        let account = citizen.id
        try await context.writeTransaction { db in try await DraftStore(db: db).delete(id: id, account: account) }
    }

    private func dto(_ d: DraftStore.Draft) -> DraftDTO {
        DraftDTO(id: d.id, procedureCode: d.procedureCode,
                 procedureName: d.procedureCode.flatMap { context.snapshot.catalogue.procedure(code: $0)?.name },
                 content: d.content, createdAt: d.createdAt.description, updatedAt: d.updatedAt.description,
                 missing: d.content.submission().missing)
    }

    static func encoded(_ content: DraftContent) throws -> String {
        let text = String(decoding: try JSONEncoder().encode(content), as: UTF8.self)
        guard text.utf8.count <= maxDraftBytes else { throw APIError(.draftTooLarge) }
        return text
    }

    // MARK: Profile

    /// What prefills the citizen's forms: the account's phone and e-mail, and what their identity provider vouched for.
    struct Profile: Sendable {
        var fullName: String
        var phone: String?
        var email: String?
        var facts: IdentityFacts?

        /// The values a definition's `prefill` names (`profile.fullName`, `profile.citizenID`, …).
        var sources: [String: String] {
            var out = ["profile.fullName": fullName]
            out["profile.phone"] = phone
            out["profile.email"] = email
            out["profile.citizenID"] = facts?.citizenID
            out["profile.dateOfBirth"] = facts?.dateOfBirth
            out["profile.residence"] = facts?.residence
            return out
        }
    }

    func profile() async throws -> Profile {
        let account = try await IdentityStore(db: context.db).account(id: citizen.id)
        return Profile(fullName: account?.fullName ?? citizen.name, phone: account?.phone, email: account?.email,
                       facts: account?.identityFacts.flatMap { try? JSONDecoder().decode(IdentityFacts.self, from: Data($0.utf8)) })
    }

    // MARK: Payments and ratings

    /// Every fee of the citizen's dossiers: owed, awaited or paid (with what the confirmation recorded).
    func payments() async throws -> [PaymentDTO] {
        var filter = DossierStore.ListFilter()
        filter.applicantAccount = citizen.id
        filter.limit = 500
        let store = DossierStore(context.db)
        let rows = try await store.list(filter).rows.filter { $0.feeDue != 0 }
        let paid = try await store.paymentConfirmations(codes: rows.map(\.code))
        return rows.map { row in
            let confirmation = paid[row.code]
            return PaymentDTO(dossierCode: row.code, procedureName: row.procedureName, feeDue: row.feeDue, feeText: row.feeText,
                              paid: row.feePaid, awaitingPayment: row.state == .paymentRequested,
                              paidAt: confirmation?.at?.description,
                              amount: confirmation?.detail["amount"].flatMap { Int($0) }, method: confirmation?.detail["method"],
                              reference: confirmation?.detail["reference"])
        }
    }

    /// The ratings the citizen gave, newest first.
    func ratings() async throws -> [FeedbackDTO] {
        try await FeedbackStore(db: context.db).feedback(account: citizen.id).map(FeedbackDTO.init)
    }
}
