import Foundation
import MotCuaCore
import Vapor

/// A citizen's own space over the API (``CitizenAccount``), and the rating of a dossier (``DossierRating``), which the
/// applicant gives with their account or the dossier's phone.
struct CitizenController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let me = routes.grouped("me")
        me.get("drafts", use: drafts)
        me.on(.POST, "drafts", body: .collect(maxSize: "64kb"), use: createDraft)
        me.get("drafts", ":id", use: draft)
        me.on(.PUT, "drafts", ":id", body: .collect(maxSize: "64kb"), use: updateDraft)
        me.delete("drafts", ":id", use: deleteDraft)
        me.post("drafts", ":id", "submit", use: submitDraft)
        me.get("payments", use: payments)
        me.get("feedback", use: myFeedback)
        routes.post("dossiers", ":code", "feedback", use: giveFeedback)
    }

    private func account(_ req: Request) throws -> CitizenAccount {
        try CitizenAccount(try req.services, citizen: try req.requireSignedIn())
    }

    func drafts(req: Request) async throws -> [DraftDTO] {
        try await account(req).allDrafts()
    }

    func draft(req: Request) async throws -> DraftDTO {
        try await account(req).draft(id: try req.parameters.require("id"))
    }

    func createDraft(req: Request) async throws -> Response {
        let account = try account(req)
        let dto = try await account.createDraft(try req.content.decode(DraftContent.self))
        let response = Response(status: .created)
        try response.content.encode(dto)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/me/drafts/\(dto.id)")
        return response
    }

    func updateDraft(req: Request) async throws -> DraftDTO {
        let account = try account(req)
        return try await account.updateDraft(id: try req.parameters.require("id"), try req.content.decode(DraftContent.self))
    }

    func deleteDraft(req: Request) async throws -> HTTPStatus {
        try await account(req).deleteDraft(id: try req.parameters.require("id"))
        return .noContent
    }

    func submitDraft(req: Request) async throws -> Response {
        let (dto, created) = try await account(req).submitDraft(id: try req.parameters.require("id"))
        let response = Response(status: created ? .created : .ok)
        try response.content.encode(dto)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/dossiers/\(dto.code)")
        return response
    }

    func payments(req: Request) async throws -> [PaymentDTO] {
        try await account(req).payments()
    }

    func myFeedback(req: Request) async throws -> [FeedbackDTO] {
        try await account(req).ratings()
    }

    func giveFeedback(req: Request) async throws -> Response {
        let code = try req.parameters.require("code")
        if req.principal == nil { try req.rateLimit(.lookup) }
        let dto = try await DossierRating(context: try req.services)
            .rate(code: code, input: try req.content.decode(FeedbackInput.self), by: req.principal, proof: ApplicantProof(req))
        let response = Response(status: .created)
        try response.content.encode(dto)
        return response
    }
}
