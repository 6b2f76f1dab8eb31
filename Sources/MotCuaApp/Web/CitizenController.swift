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
        me.on(.POST, "drafts", ":id", "attachments", body: .collect(maxSize: "40mb"), use: attach)
        me.delete("drafts", ":id", "attachments", ":index", use: detach)
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

    /// A document for a slot of the draft's declaration, as the raw body: `?slot=<key>&fileName=…`.
    func attach(req: Request) async throws -> DraftDTO {
        let account = try account(req)
        guard let slot = req.query[String.self, at: "slot"], !slot.isEmpty, slot.count <= 80 else { throw APIError(.missingSlot) }
        let data = req.body.data.map { Data(buffer: $0) } ?? Data()
        return try await account.attach(id: try req.parameters.require("id"), slot: slot, data: data,
                                        fileName: req.query[String.self, at: "fileName"] ?? "tai-lieu")
    }

    func detach(req: Request) async throws -> DraftDTO {
        let account = try account(req)
        guard let index = Int(try req.parameters.require("index")) else { throw APIError(.notFound) }
        return try await account.detach(id: try req.parameters.require("id"), index: index)
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
