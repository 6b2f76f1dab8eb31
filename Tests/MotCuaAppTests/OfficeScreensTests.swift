import Foundation
import Testing
import VaporTesting
@testable import MotCuaApp
@testable import MotCuaCore

@Suite("Officers' screens")
struct OfficeScreensTests {
    @Test("Screens need a staff session, forms need the CSRF token, and the permission checks are the API's")
    func screens() async throws {
        try await withApp(.sqlite) { app in
            let api = try await APIClient.seeded(app)
            api.setNow("2026-03-02T09:00:00+07:00")
            let anonymous = try await api.call(.GET, "can-bo")
            #expect(anonymous.status == .seeOther && anonymous.headers.first(name: .location)?.hasPrefix("/can-bo/dang-nhap") == true)

            let wrong = try await api.call(.POST, "can-bo/dang-nhap", body: Data("login=motcua.badinh&password=sai-mat-khau".utf8),
                                           headers: [("Content-Type", "application/x-www-form-urlencoded")])
            #expect(wrong.status == .unauthorized && wrong.text.contains("không đúng"))
            let citizen = try await api.call(.POST, "can-bo/dang-nhap", body: Data("login=0912345678&password=\(DemoSeed.password)".utf8),
                                             headers: [("Content-Type", "application/x-www-form-urlencoded")])
            #expect(citizen.status == .unauthorized && citizen.text.contains("không phải tài khoản cán bộ"))

            let signedIn = try await api.call(.POST, "can-bo/dang-nhap", body: Data("login=motcua.badinh&password=\(DemoSeed.password)".utf8),
                                              headers: [("Content-Type", "application/x-www-form-urlencoded")])
            #expect(signedIn.status == .seeOther)
            let cookie = try #require(signedIn.headers.setCookie?[AuthenticationMiddleware.cookieName]?.string)
            let session = [("Cookie", "\(AuthenticationMiddleware.cookieName)=\(cookie)")]
            let inbox = try await api.call(.GET, "can-bo", headers: session)
            #expect(inbox.status == .ok && inbox.text.contains("id=\"inbox\""))
            let csrf = try #require(inbox.text.components(separatedBy: "name=\"_csrf\" value=\"").dropFirst().first?.components(separatedBy: "\"").first)

            let form = "procedureCode=1.004194&unitCode=00004&fullName=Nguy%E1%BB%85n+B%C3%ACnh&idNumber=001203012345&phone=0987654321"
            let noToken = try await api.call(.POST, "can-bo/tiep-nhan", body: Data(form.utf8),
                                             headers: session + [("Content-Type", "application/x-www-form-urlencoded")])
            #expect(noToken.status == .forbidden)
            let received = try await api.call(.POST, "can-bo/tiep-nhan", body: Data((form + "&_csrf=\(csrf)").utf8),
                                              headers: session + [("Content-Type", "application/x-www-form-urlencoded")])
            #expect(received.status == .seeOther)
            let location = try #require(received.headers.first(name: .location))
            let code = String(location.dropFirst("/can-bo/ho-so/".count).prefix { $0 != "?" })
            let page = try await api.call(.GET, String(location.dropFirst()), headers: session)
            #expect(page.text.contains("Đã thực hiện: Tiếp nhận hồ sơ") && page.text.contains("id=\"action-assign\""))
            #expect(!page.text.contains("id=\"action-approve\""), "a counter officer cannot approve")

            // A step the role may not take is refused on the screen as in the API, and nothing changes.
            let approve = try await api.call(.POST, "can-bo/ho-so/\(code)/thao-tac/approve", body: Data("_csrf=\(csrf)".utf8),
                                             headers: session + [("Content-Type", "application/x-www-form-urlencoded")])
            #expect(approve.status.code >= 400 && approve.status.code < 500 && approve.text.contains("class=\"error\""))
            let after = try await api.call(.GET, "api/v1/dossiers/\(code)", as: "motcua.badinh")
            #expect(after.object["state"] as? String == "received")

            // Another commune's officer does not see it.
            let other = try await api.call(.GET, "can-bo/ho-so/\(code)", as: "motcua.ngocha")
            #expect(other.status == .notFound)
        }
    }
}
