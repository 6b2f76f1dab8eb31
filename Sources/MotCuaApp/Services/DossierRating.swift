import Foundation
import MotCuaCore

/// The applicant rates an ended dossier, once: with their account, or the dossier's phone (within the guess budget).
struct DossierRating {
    let context: ServiceContext

    /// Checks who rates before anything about the dossier is told; records the rating and its audit entry together.
    func rate(code: String, input: FeedbackInput, by principal: Principal?, proof: ApplicantProof) async throws -> FeedbackDTO {
        guard let rating = ServiceRating(rawValue: input.rating) else { throw APIError(.badRating) }
        let comment = input.comment.map { text in
            String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 == "\n" || $0.properties.generalCategory != .control }))
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }.flatMap { $0.isEmpty ? nil : $0 }
        guard DossierCode.isWellFormed(code) else { throw DossierService.notFound(code) }
        let found = try await DossierStore(context.db).dossier(code: code)
        // Staff who may see the dossier know it exists: they are told only the applicant rates (anyone else, that there
        // is no such dossier).
        if let p = principal, p.isStaff, let row = found, AccessRules.canView(p.grants, row.scope) { throw APIError.forbidden }
        guard try await proof.check(found, code: code, principal: principal, phone: input.phone), let row = found else {
            throw principal == nil && (input.phone ?? "").isEmpty ? APIError.unauthenticated : DossierService.notFound(code)
        }
        let feedback = FeedbackStore.Feedback(dossierCode: code, procedureName: row.procedureName, rating: rating, comment: comment,
                                              createdAt: LocalDateTime(context.now))
        let account = principal?.kind == .citizen ? principal?.id : nil
        let actor = principal?.auditName ?? Principal.applicant(named: row.applicantName).auditName
        let state = row.state
        try await context.writeTransaction { db in
            let store = FeedbackStore(db: db)
            let already = try await store.feedback(code: code) != nil
            if let refusal = FeedbackRules.check(state: state, alreadyRated: already, rating: rating, comment: comment) {
                throw Self.error(refusal)
            }
            guard try await store.insert(feedback, account: account) else { throw Self.error(.alreadyRated) }
            DossierWrites.touch(code)
            try await AuditChain.append(db, actor: actor, action: "dossier.feedback", subject: code, detail: rating.rawValue,
                                        at: feedback.createdAt.instant)
        }
        return FeedbackDTO(feedback)
    }

    static func error(_ refusal: FeedbackRules.Refusal) -> APIError {
        switch refusal {
        case .notEnded(let state): return APIError(.dossierNotEnded, state)
        case .alreadyRated: return APIError(.alreadyRated)
        case .commentTooLong: return APIError(.commentTooLong, FeedbackRules.maxComment)
        case .reasonRequired: return APIError(.commentRequired)
        }
    }
}
