import Foundation
import NIOConcurrencyHelpers
import Testing
import VaporTesting
@testable import MotCuaApp
@testable import MotCuaCore

/// A small JSON client over the in-process test server, with the demo accounts signed in on demand.
final class APIClient: Sendable {
    let app: Application
    private let tokens = NIOLockedValueBox<[String: String]>([:])

    struct Reply: @unchecked Sendable {
        var status: HTTPStatus
        var object: [String: Any]
        var text: String
        var headers: HTTPHeaders
        var data = Data()
        var code: String? { object["code"] as? String }
    }

    init(_ app: Application) { self.app = app }

    /// Seeds the demo province (Hà Nội), its officers and a citizen.
    static func seeded(_ app: Application) async throws -> APIClient {
        _ = try await DemoSeed.run(app: app)
        return APIClient(app)
    }

    func token(_ login: String) async throws -> String {
        if let t = tokens.withLockedValue({ $0[login] }) { return t }
        let r = try await call(.POST, "api/v1/auth/sign-in", json: ["login": login, "password": DemoSeed.password])
        guard let t = r.object["token"] as? String else { throw CLIError("sign-in failed for \(login): \(r.text)") }
        tokens.withLockedValue { $0[login] = t }
        return t
    }

    /// Signs in an account that is not a demo one (its token is then used for `as: login`).
    func signIn(_ login: String, password: String) async throws {
        let r = try await call(.POST, "api/v1/auth/sign-in", json: ["login": login, "password": password])
        guard let t = r.object["token"] as? String else { throw CLIError("sign-in failed for \(login): \(r.text)") }
        tokens.withLockedValue { $0[login] = t }
    }

    func call(_ method: HTTPMethod, _ path: String, as login: String? = nil, token: String? = nil, json: [String: Any]? = nil,
              body: Data? = nil, headers extra: [(String, String)] = []) async throws -> Reply {
        var headers = HTTPHeaders()
        if let login { headers.bearerAuthorization = .init(token: try await self.token(login)) }
        if let token { headers.bearerAuthorization = .init(token: token) }
        for (k, v) in extra { headers.add(name: k, value: v) }
        var buffer: ByteBuffer?
        if var json {
            if method == .POST, path == "api/v1/dossiers" { json = Self.declared(json) }
            headers.contentType = .json
            buffer = ByteBuffer(data: try JSONSerialization.data(withJSONObject: json))
        } else if let body {
            buffer = ByteBuffer(data: body)
        }
        var reply: Reply?
        try await app.testing().test(method, path, headers: headers, body: buffer) { res in
            let data = Data(buffer: res.body)
            reply = Reply(status: res.status, object: ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any]) ?? [:],
                          text: String(decoding: data, as: UTF8.self), headers: res.headers, data: data)
        }
        return reply!
    }

    /// A small PDF (what a scanned document is checked for: its first bytes).
    static let pdfBase64 = Data("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".utf8).base64EncodedString()

    /// A birth registration's declaration that passes its definition, for the applicant of ``applicant(commune:phone:id:)``.
    static func birthForm(applicant: [String: Any] = APIClient.applicant(), childBorn: String = "2026-01-20") -> [String: Any] {
        [
            "applicant": ["fullName": applicant["fullName"] ?? "", "citizenID": applicant["idNumber"] ?? "", "phone": applicant["phone"] ?? "",
                          "relationship": "mother"],
            "child": ["fullName": "Trần Minh An", "sex": "male", "dateOfBirth": childBorn, "birthPlaceKind": "healthFacility",
                      "placeOfBirth": "Bệnh viện Phụ sản Hà Nội", "ethnicity": "Kinh", "nationality": "Việt Nam"],
            "mother": ["fullName": "Nguyễn Thị Bình", "dateOfBirth": "2003-05-02", "ethnicity": "Kinh", "nationality": "Việt Nam",
                       "citizenID": "001303012345", "residence": "Phường Ba Đình, Hà Nội"],
        ]
    }

    /// An online birth registration needs its e-form and the birth certificate in its slot: a test that does not give
    /// a `form` gets one made from its applicant (a test of the declaration itself gives its own, or `NSNull()` for none).
    static func declared(_ body: [String: Any]) -> [String: Any] {
        guard body["channel"] as? String != "counter", body["form"] == nil else { return body }
        let person = body["applicant"] as? [String: Any] ?? applicant()
        let form: [String: Any], slot: String
        switch body["procedureCode"] as? String {
        case "1.001193": (form, slot) = (birthForm(applicant: person), "birthCertificate")
        case "1.004194": (form, slot) = (residenceForm(applicant: person), "lawfulResidence")
        default: return body
        }
        var out = body
        out["form"] = form
        var documents = body["documents"] as? [[String: Any]] ?? []
        documents.append(["fileName": "\(slot).pdf", "slot": slot, "contentBase64": pdfBase64])
        out["documents"] = documents
        return out
    }

    /// A temporary residence registration's declaration (CT01) that passes its definition: the applicant owns the home.
    static func residenceForm(applicant: [String: Any] = APIClient.applicant()) -> [String: Any] {
        [
            "applicant": ["fullName": applicant["fullName"] ?? "", "dateOfBirth": "2003-05-02", "sex": "male",
                          "citizenID": applicant["idNumber"] ?? "", "phone": applicant["phone"] ?? ""],
            "commune": applicant["communeCode"] ?? "00004", "address": "Số 5 phố Đội Cấn", "housing": "owned",
        ]
    }

    /// Moves the server's clock (sessions expire after eight hours of it, so the client signs in again).
    func setNow(_ iso: String) {
        app.clock.set(LocalDateTime.parse(iso)!.instant)
        tokens.withLockedValue { $0.removeAll() }
    }

    static func applicant(commune: String = "00004", phone: String = "0987654321", id: String = "001203012345") -> [String: Any] {
        ["fullName": "Nguyễn Thị Bình", "idNumber": id, "phone": phone, "email": "binh@example.vn", "communeCode": commune]
    }

    /// Submits at a counter as the given officer; returns the reply.
    func counter(_ procedure: String, unit: String = "00004", as login: String = "motcua.badinh", applicant: [String: Any] = APIClient.applicant(),
                 extra: [String: Any] = [:]) async throws -> Reply {
        var body: [String: Any] = ["procedureCode": procedure, "unitCode": unit, "channel": "counter", "applicant": applicant]
        for (k, v) in extra { body[k] = v }
        return try await call(.POST, "api/v1/dossiers", as: login, json: body)
    }

    func act(_ code: String, _ action: String, as login: String?, _ body: [String: Any] = [:]) async throws -> Reply {
        try await call(.POST, "api/v1/dossiers/\(code)/actions/\(action)", as: login, json: body)
    }

    func accountId(_ login: String) async throws -> String {
        try await IdentityStore(db: app.db).account(login: login)!.id
    }
}
