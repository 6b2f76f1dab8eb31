import Foundation
import MotCuaCore

/// A dossier's documents: who may add one (decided before it is read), the dossier's caps, keeping a checked file
/// (stored by hash, recorded, audited) and reading one back (staff, audited).
struct DossierDocuments {
    let context: ServiceContext

    private var files: DocumentStore { DocumentStore(directory: context.config.filesDirectory) }

    static let tooManyDocuments = APIError(.tooManyDocuments, DocumentStore.maxDocumentsPerDossier,
                                           DocumentStore.maxBytesPerDossier / 1024 / 1024)

    /// Who may add a document to the dossier: staff who may see it, or the applicant (account, or phone within the guess
    /// budget) while it awaits receipt or a supplement. Returns the dossier and who adds it.
    func uploadTarget(code: String, by principal: Principal?, phone: String?, proof: ApplicantProof) async throws -> (Dossier, Principal) {
        if principal == nil && (phone ?? "").isEmpty { throw APIError.unauthenticated }
        if let p = principal, p.kind == .integration, !p.scopes.contains(.submit) { throw APIError.forbidden }
        guard DossierCode.isWellFormed(code) else { throw DossierService.notFound(code) }
        let found = try await DossierStore(context.db).dossier(code: code)
        let actor: Principal
        let row: Dossier
        if let p = principal, p.isStaff {
            guard let f = found, AccessRules.canView(p.grants, f.scope) else { throw DossierService.notFound(code) }
            row = f
            actor = p
        } else {
            guard try await proof.check(found, code: code, principal: principal, phone: phone), let f = found else {
                throw DossierService.notFound(code)
            }
            row = f
            guard [.submitted, .supplementRequested].contains(row.state) else { throw APIError(.notAcceptingDocuments) }
            actor = principal ?? .applicant(named: row.applicantName)
        }
        guard !row.state.isFinal else { throw APIError(.dossierClosed) }
        return (row, actor)
    }

    /// Refuses a document that would take the dossier past its cap on files or bytes.
    func checkRoom(code: String, adding bytes: Int) async throws {
        let docs = try await DossierStore(context.db).documents(code: code)
        guard docs.count < DocumentStore.maxDocumentsPerDossier,
              docs.reduce(0, { $0 + $1.size }) + bytes <= DocumentStore.maxBytesPerDossier else { throw Self.tooManyDocuments }
    }

    /// Checks and keeps one document held in memory (a form's file).
    @discardableResult
    func add(code: String, data: Data, fileName: String, docType: String?, original: Bool?, by principal: Principal?,
             phone: String? = nil, proof: ApplicantProof) async throws -> DossierDocument {
        let (row, actor) = try await uploadTarget(code: code, by: principal, phone: phone, proof: proof)
        let checked = try DocumentStore.check(data, fileName: fileName, docType: docType, original: original,
                                              maxBytes: context.config.maxUploadBytes)
        return try await keep(checked, of: row, by: actor)
    }

    /// Keeps a checked document of a dossier: stored by hash, recorded and audited, within the dossier's cap.
    func keep(_ checked: DocumentStore.Checked, of row: Dossier, by actor: Principal) async throws -> DossierDocument {
        let code = row.code
        try await checkRoom(code: code, adding: checked.size)
        try files.write(checked)
        let now = LocalDateTime(context.now)
        let doc = DossierDocument(id: UUID().uuidString.lowercased(), dossierCode: code, sha256: checked.sha256, mediaType: checked.kind.mediaType,
                              size: checked.size, fileName: checked.fileName, docType: checked.docType, original: checked.original,
                              kind: row.state == .supplementRequested ? "supplement" : "submitted",
                              uploadedAt: now, uploadedBy: actor.auditName)
        let auditName = actor.auditName
        try await context.writeTransaction { db in
            let store = DossierStore(db)
            // Counted again inside the write, so that uploads racing each other cannot pass the cap together.
            guard try await store.documentCount(code: code) < DocumentStore.maxDocumentsPerDossier else { throw Self.tooManyDocuments }
            try await store.insert(doc)
            try await AuditChain.append(db, actor: auditName, action: "document.upload", subject: code, detail: "\(doc.id) \(doc.sha256)",
                                        at: now.instant)
        }
        return doc
    }

    /// A document's record and content, for staff who may see the dossier (every access is audited).
    func read(code: String, id: String, by reader: Principal) async throws -> (DossierDocument, Data) {
        guard reader.isStaff else { throw APIError.forbidden }
        let store = DossierStore(context.db)
        guard let row = try await store.dossier(code: code), AccessRules.canView(reader.grants, row.scope),
              let doc = try await store.documents(code: code).first(where: { $0.id == id }) else {
            throw APIError(.documentNotFound)
        }
        let data = try files.read(sha256: doc.sha256)
        let now = context.now
        try await context.writeTransaction { db in
            try await AuditChain.append(db, actor: reader.auditName, action: "document.read", subject: code, detail: doc.id, at: now)
        }
        return (doc, data)
    }
}
