import Foundation
import MotCuaCore
import Vapor

/// `motcua convert`: an old (pre-July-2025) commune to the new one(s).
struct ConvertCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "code", help: "old commune code, e.g. 00001") var code: String?
        @Option(name: "commune", help: "old commune name") var commune: String?
        @Option(name: "district", help: "old district name") var district: String?
        @Option(name: "province", help: "old province name") var province: String?
        @Flag(name: "json", help: "print JSON") var json: Bool
    }

    var help: String { "Converts an address from the old communes to the new ones." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await prepareReferenceData(app)
        let snapshot = app.reference.current!
        let rows: [OldCommune]
        if let code = signature.code {
            guard let row = snapshot.converter.convert(oldCommuneCode: code) else { throw CLIError("no old commune with code \(code)") }
            rows = [row]
        } else if let commune = signature.commune {
            rows = snapshot.converter.convert(commune: commune, district: signature.district, province: signature.province)
            guard !rows.isEmpty else { throw CLIError("no old commune named \(commune) with the district and province given") }
        } else {
            throw CLIError("give --code, or --commune (with --district and --province if known)")
        }
        let result = rows.map { AddressController.dto($0, snapshot: snapshot) }
        if signature.json {
            try printJSON(ConversionResultDTO(ambiguous: result.count > 1, matches: result, note: nil))
            return
        }
        for r in result {
            let new = r.newUnits.map { "\($0.fullName) (\($0.code)), \($0.provinceName ?? "")" }.joined(separator: "; ")
            print("\(r.old.name), \(r.old.districtName), \(r.old.provinceName) [\(r.old.code)] → \(new)\(r.split ? "  (split: every candidate listed)" : "")")
        }
    }
}
