import Fluent
import Foundation
import MotCuaCore
import Vapor

/// `motcua staff add` / `motcua token create`: set up accounts and integration tokens from the command line.
struct StaffCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "add") var action: String
        @Option(name: "login") var login: String?
        @Option(name: "name") var name: String?
        @Option(name: "role", help: "counterOfficer, specialist, divisionHead, leader, director, supervisor, administrator") var role: String?
        @Option(name: "unit", help: "unit code (commune or province)") var unit: String?
        @Option(name: "fields", help: "comma-separated fields the role is limited to") var fields: String?
    }
    var help: String { "Adds a staff account with one role (password read from MOTCUA_PASSWORD)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "add", let login = signature.login, let name = signature.name, let roleText = signature.role,
              let unit = signature.unit else {
            throw CLIError("usage: MOTCUA_PASSWORD=… motcua staff add --login L --name N --role R --unit CODE [--fields F1,F2]")
        }
        guard let password = ProcessInfo.processInfo.environment["MOTCUA_PASSWORD"], password.count >= 10 else {
            throw CLIError("set MOTCUA_PASSWORD (at least 10 characters) for the new account")
        }
        let app = context.application
        try await prepareReferenceData(app)
        let grant = try StaffAdministration.validGrant(GrantInput(role: roleText, unitCode: unit, fields: signature.fields?.split(separator: ",").map(String.init)),
                                                   snapshot: app.reference.current!, today: LocalDateTime(Date()).date)
        let id = try await DemoSeed.createStaff(app: app, login: login, name: name, password: password, grants: [grant], by: "cli")
        print("staff account \(login) (\(id)): \(grant.role.rawValue) at \(grant.unitCode)")
    }
}
