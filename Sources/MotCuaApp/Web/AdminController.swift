import Foundation
import MotCuaCore
import Vapor

/// Staff accounts, role grants, integration tokens, abolitions (``StaffAdministration``) and changes of level
/// (``Decentralisation``) over the API.
struct AdminController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let admin = routes.grouped("admin")
        admin.post("staff", use: createStaff)
        admin.post("staff", ":id", "grants", use: addGrant)
        admin.delete("staff", ":id", "grants", ":grant", use: removeGrant)
        admin.post("tokens", use: createToken)
        admin.delete("tokens", ":id", use: revokeToken)
        admin.put("procedures", ":code", "abolition", use: abolish)
        admin.delete("procedures", ":code", "abolition", use: withdrawAbolition)
        admin.post("procedures", ":code", "competence", use: recordCompetence)
        admin.delete("procedures", ":code", "competence", ":effective", use: withdrawCompetence)
    }

    private func administration(_ req: Request) throws -> StaffAdministration {
        try StaffAdministration(try req.services, by: try req.requireStaff())
    }

    private func created(_ value: some Content) throws -> Response {
        let response = Response(status: .created)
        try response.content.encode(value)
        return response
    }

    func createStaff(req: Request) async throws -> Response {
        let admin = try administration(req)
        return try created(try await admin.createStaff(try req.content.decode(StaffInput.self)))
    }

    func addGrant(req: Request) async throws -> Response {
        let admin = try administration(req)
        return try created(try await admin.addGrant(try req.content.decode(GrantInput.self), to: try req.parameters.require("id")))
    }

    func removeGrant(req: Request) async throws -> HTTPStatus {
        try await administration(req).removeGrant(try req.parameters.require("grant"), from: try req.parameters.require("id"))
        return .noContent
    }

    func createToken(req: Request) async throws -> Response {
        let admin = try administration(req)
        guard admin.actor.isAdministrator else { throw APIError.forbidden }
        return try created(try await admin.createToken(try req.content.decode(TokenInput.self)))
    }

    func revokeToken(req: Request) async throws -> HTTPStatus {
        try await administration(req).revokeToken(try req.parameters.require("id"))
        return .noContent
    }

    func abolish(req: Request) async throws -> AbolitionDTO {
        let admin = try administration(req)
        guard admin.actor.isAdministrator else { throw APIError.forbidden }
        return try await admin.abolish(try req.parameters.require("code"), try req.content.decode(AbolitionInput.self))
    }

    func withdrawAbolition(req: Request) async throws -> HTTPStatus {
        try await administration(req).withdrawAbolition(try req.parameters.require("code"))
        return .noContent
    }

    func recordCompetence(req: Request) async throws -> Response {
        let actor = try req.requireStaff()
        guard actor.isAdministrator else { throw APIError.forbidden }
        let service = Decentralisation(try req.services)
        return try created(try await service.record(try req.parameters.require("code"), try req.content.decode(CompetenceChangeInput.self), by: actor))
    }

    func withdrawCompetence(req: Request) async throws -> HTTPStatus {
        let actor = try req.requireStaff()
        try await Decentralisation(try req.services).withdraw(try req.parameters.require("code"), effective: try req.parameters.require("effective"),
                                                             by: actor)
        return .noContent
    }
}
