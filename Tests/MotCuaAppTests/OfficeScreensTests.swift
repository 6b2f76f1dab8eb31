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
            // A transfer picks the unit from the province's units (not a typed code), the competent unit left out.
            let picker = try #require(page.text.components(separatedBy: "<select id=\"action-transfer-target\" name=\"targetUnit\" required>")
                .dropFirst().first?.components(separatedBy: "</select>").first)
            #expect(picker.contains("<option value=\"00008\">Phường Ngọc Hà</option>") && picker.contains("<option value=\"01\">"))
            #expect(!picker.contains("value=\"00004\""))

            // A step the role may not take is refused on the screen as in the API, and nothing changes.
            let approve = try await api.call(.POST, "can-bo/ho-so/\(code)/thao-tac/approve", body: Data("_csrf=\(csrf)".utf8),
                                             headers: session + [("Content-Type", "application/x-www-form-urlencoded")])
            #expect(approve.status.code >= 400 && approve.status.code < 500 && approve.text.contains("class=\"error\""))
            let after = try await api.call(.GET, "api/v1/dossiers/\(code)", as: "motcua.badinh")
            #expect(after.object["state"] as? String == "received")

            // Refusing ends a dossier for good: the screen asks for a confirmation, and without it nothing changes.
            let online = try await api.call(.POST, "api/v1/dossiers", json: ["procedureCode": "1.004194", "unitCode": "00004", "channel": "online",
                                                                           "applicant": ["fullName": "Trần An", "idNumber": "001203012346", "phone": "0987654322"]])
            let onlineCode = try #require(online.object["code"] as? String, "\(online.text)")
            let refusePage = try await api.call(.GET, "can-bo/ho-so/\(onlineCode)", headers: session)
            #expect(refusePage.text.contains("<details class=\"action\"><summary>Từ chối tiếp nhận") && refusePage.text.contains("name=\"confirm\""))
            let refuse = "_csrf=\(csrf)&reason=Sai+n%C6%A1i+n%E1%BB%99p"
            let unconfirmed = try await api.call(.POST, "can-bo/ho-so/\(onlineCode)/thao-tac/refuse", body: Data(refuse.utf8),
                                                 headers: session + [("Content-Type", "application/x-www-form-urlencoded")])
            #expect(unconfirmed.status == .badRequest && unconfirmed.text.contains("xác nhận"))
            #expect(try await api.call(.GET, "api/v1/dossiers/\(onlineCode)", as: "motcua.badinh").object["state"] as? String == "submitted")
            let confirmed = try await api.call(.POST, "can-bo/ho-so/\(onlineCode)/thao-tac/refuse", body: Data((refuse + "&confirm=yes").utf8),
                                               headers: session + [("Content-Type", "application/x-www-form-urlencoded")])
            #expect(confirmed.status == .seeOther)
            #expect(try await api.call(.GET, "api/v1/dossiers/\(onlineCode)", as: "motcua.badinh").object["state"] as? String == "notAccepted")

            // Another commune's officer does not see it.
            let other = try await api.call(.GET, "can-bo/ho-so/\(code)", as: "motcua.ngocha")
            #expect(other.status == .notFound)
        }
    }
}

@Suite("Citizens' pages")
struct CitizenPagesTests {
    /// A multipart/form-data body with text fields and files.
    static func multipart(_ fields: [(String, String)], files: [(String, Data, String)] = []) -> (Data, String) {
        let boundary = "motcua-test-\(UUID().uuidString)"
        var body = Data()
        for (name, value) in fields {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        for (name, data, fileName) in files {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
            body.append(data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return (body, "multipart/form-data; boundary=\(boundary)")
    }

    @Test("A citizen registers, keeps a draft, submits online with a document, withdraws, and rates — each page checks the session, CSRF and owner")
    func citizenPages() async throws {
        try await withApp(.sqlite) { app in
            let api = try await APIClient.seeded(app)
            api.setNow("2026-03-02T09:00:00+07:00")
            let form = [("Content-Type", "application/x-www-form-urlencoded")]
            let anonymous = try await api.call(.GET, "ca-nhan/nop-ho-so?thu-tuc=1.001193")
            #expect(anonymous.status == .seeOther && anonymous.headers.first(name: .location)?.hasPrefix("/ca-nhan/dang-nhap?tiep=") == true)
            let weak = try await api.call(.POST, "ca-nhan/dang-ky", body: Data("fullName=Ph%E1%BA%A1m+Thu&login=0987222333&password=ngan".utf8), headers: form)
            #expect(weak.status == .badRequest && weak.text.contains("ít nhất 10 ký tự") && weak.text.contains("value=\"0987222333\""))
            let staff = try await api.call(.POST, "ca-nhan/dang-nhap", body: Data("login=motcua.badinh&password=\(DemoSeed.password)".utf8), headers: form)
            #expect(staff.status == .unauthorized && staff.text.contains("tài khoản cán bộ"))
            let registered = try await api.call(.POST, "ca-nhan/dang-ky", body: Data("fullName=Ph%E1%BA%A1m+Thu&login=0987222333&password=mat-khau-rat-dai".utf8), headers: form)
            #expect(registered.status == .seeOther && registered.headers.first(name: .location) == "/ca-nhan")
            let cookie = try #require(registered.headers.setCookie?[AuthenticationMiddleware.cookieName]?.string)
            let session = [("Cookie", "\(AuthenticationMiddleware.cookieName)=\(cookie)")]
            let blank = try await api.call(.GET, "ca-nhan/nop-ho-so?thu-tuc=1.001193", headers: session)
            #expect(blank.status == .ok && blank.text.contains("Bước 1/4") && blank.text.contains("value=\"0987222333\""))
            let csrf = try #require(blank.text.components(separatedBy: "name=\"_csrf\" value=\"").dropFirst().first?.components(separatedBy: "\"").first)
            func post(_ path: String, _ fields: [(String, String)]) async throws -> APIClient.Reply {
                let body = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
                return try await api.call(.POST, path, body: Data(body.utf8), headers: session + form)
            }
            func upload(_ path: String, _ fields: [(String, String)], _ files: [(String, Data, String)]) async throws -> APIClient.Reply {
                let (body, type) = Self.multipart(fields, files: files)
                return try await api.call(.POST, path, body: body, headers: session + [("Content-Type", type)])
            }

            // Step 1, half done: the place typed by name, then saved as a draft.
            let saved = try await post("ca-nhan/nop-ho-so", [("_csrf", csrf), ("procedureCode", "1.001193"), ("unit", "Phường Ba Đình, Hà Nội"),
                                                              ("fullName", "Phạm Thu"), ("intent", "save")])
            #expect(saved.status == .seeOther && saved.headers.first(name: .location) == "/ca-nhan?ok=draft-saved", "\(saved.text)")
            let home = try await api.call(.GET, "ca-nhan?ok=draft-saved", headers: session)
            #expect(home.text.contains("Đã lưu bản nháp") && home.text.contains("còn thiếu 2 mục"))
            let draftId = try #require(home.text.components(separatedBy: "/ca-nhan/nop-ho-so?nhap=").dropFirst().first?.components(separatedBy: "\"").first)
            // Resumed (on any device): back at the step reached, with what was typed.
            let resumed = try await api.call(.GET, "ca-nhan/nop-ho-so?nhap=\(draftId)", headers: session)
            let step1 = "ca-nhan/nop-ho-so/\(draftId)/noi-nop"
            #expect(resumed.headers.first(name: .location) == "/" + step1)
            #expect(try await api.call(.GET, step1, headers: session).text.contains("(00004)"))
            #expect(try await api.call(.GET, "ca-nhan/nop-ho-so/\(draftId)/xem-lai", headers: session).headers.first(name: .location) == "/" + step1,
                    "a step not reached yet sends back to the one reached")
            let badID = try await post(step1, [("_csrf", csrf), ("unit", "00004"), ("fullName", "Phạm Thu"), ("idNumber", "12345"),
                                               ("phone", "0987222333"), ("intent", "next")])
            #expect(badID.status == .badRequest && badID.text.contains("id=\"f-idNumber-error\"") && badID.text.contains("value=\"12345\""))
            let placed = try await post(step1, [("_csrf", csrf), ("unit", "00004"), ("fullName", "Phạm Thu"), ("idNumber", "001203012345"),
                                                ("phone", "0987222333"), ("intent", "next")])
            let step2 = "ca-nhan/nop-ho-so/\(draftId)/to-khai"
            #expect(placed.headers.first(name: .location) == "/" + step2, "\(placed.text)")

            // Step 2: the e-form, prefilled with the applicant; errors beside their fields, what was typed kept.
            let form2 = try await api.call(.GET, step2, headers: session)
            #expect(form2.text.contains("name=\"f.child.fullName\"") && form2.text.contains("name=\"f.applicant.fullName\" type=\"text\" value=\"Phạm Thu\""))
            var declaration: [(String, String)] = [("_csrf", csrf), ("f.applicant.fullName", "Phạm Thu"), ("f.applicant.citizenID", "001203012345"),
                ("f.applicant.phone", "0987222333"), ("f.applicant.relationship", "father"), ("f.child.fullName", "Phạm Minh An"),
                ("f.child.sex", "female"), ("f.child.dateOfBirth", "2026-03-20"), ("f.child.birthPlaceKind", "healthFacility"),
                ("f.child.placeOfBirth", "Bệnh viện Phụ sản Hà Nội"), ("f.child.ethnicity", "Kinh"), ("f.child.nationality", "Việt Nam"),
                ("f.mother.fullName", "Lê Thị Hoa"), ("f.mother.dateOfBirth", "2001-04-02"), ("f.mother.ethnicity", "Kinh"),
                ("f.mother.nationality", "Việt Nam"), ("f.mother.citizenID", "001301012345"), ("f.mother.residence", "Phường Ba Đình, Hà Nội"),
                ("intent", "next")]
            let future = try await post(step2, declaration)
            #expect(future.status == .badRequest && future.text.contains("id=\"f-child-dateOfBirth-error\"") && future.text.contains("value=\"Lê Thị Hoa\""),
                    "a date of birth after today")
            declaration[7] = ("f.child.dateOfBirth", "20/02/2026")
            let filled = try await post(step2, declaration)
            let step3 = "ca-nhan/nop-ho-so/\(draftId)/giay-to"
            #expect(filled.headers.first(name: .location) == "/" + step3, "\(filled.text)")

            // Step 3: documents slot by slot: a disguised file is refused; the birth certificate is required.
            let disguised = try await upload(step3, [("_csrf", csrf), ("intent", "upload")], [("slot-birthCertificate", Data("MZ\u{90}\u{0}".utf8), "giay.pdf")])
            #expect(disguised.status.code >= 400 && disguised.status.code < 500 && disguised.text.contains("class=\"error\""))
            let none = try await upload(step3, [("_csrf", csrf), ("intent", "next")], [])
            #expect(none.status == .badRequest && none.text.contains("id=\"s-birthCertificate-error\""))
            let pdf = Data("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".utf8)
            let uploaded = try await upload(step3, [("_csrf", csrf), ("intent", "upload")], [("slot-birthCertificate", pdf, "giay-chung-sinh.pdf")])
            #expect(uploaded.headers.first(name: .location) == "/" + step3)
            #expect(try await api.call(.GET, step3, headers: session).text.contains("giay-chung-sinh.pdf"))
            let onward = try await upload(step3, [("_csrf", csrf), ("intent", "next")], [])
            let step4 = "ca-nhan/nop-ho-so/\(draftId)/xem-lai"
            #expect(onward.headers.first(name: .location) == "/" + step4, "\(onward.text)")

            // Step 4: everything on one page, then sent; without the CSRF token nothing is sent.
            let review = try await api.call(.GET, step4, headers: session)
            #expect(review.text.contains("Phạm Minh An") && review.text.contains("20/02/2026") && review.text.contains("giay-chung-sinh.pdf")
                    && review.text.contains("value=\"submit\"") && !review.text.contains("id=\"problems\""))
            #expect(try await api.call(.POST, step4, body: Data("intent=submit".utf8), headers: session + form).status == .forbidden)
            let sent = try await post(step4, [("_csrf", csrf), ("intent", "submit")])
            #expect(sent.status == .seeOther, "\(sent.text)")
            let location = try #require(sent.headers.first(name: .location))
            let code = String(location.dropFirst("/ca-nhan/ho-so/".count).prefix { $0 != "?" })
            // Sent again (a double click): the same dossier, not a second one.
            let again = try await post(step4, [("_csrf", csrf), ("intent", "submit")])
            #expect(again.headers.first(name: .location) == location)
            let page = try await api.call(.GET, String(location.dropFirst()), headers: session)
            #expect(page.text.contains("Đã nộp hồ sơ. Cán bộ một cửa") && page.text.contains("Hồ sơ \(code)") && page.text.contains("(dự kiến"))
            let staffView = try await api.call(.GET, "api/v1/dossiers/\(code)", as: "motcua.badinh")
            #expect((staffView.object["documents"] as? [[String: Any]])?.count == 1)
            let child = (staffView.object["form"] as? [String: Any])?["child"] as? [String: Any]
            #expect(child?["fullName"] as? String == "Phạm Minh An" && child?["dateOfBirth"] as? String == "2026-02-20")
            let slot = (staffView.object["slots"] as? [[String: Any]])?.first { $0["key"] as? String == "birthCertificate" }
            #expect((slot?["documents"] as? [String])?.count == 1 && slot?["required"] as? Bool == true)
            let listed = try await api.call(.GET, "ca-nhan", headers: session)
            #expect(listed.text.contains(code) && !listed.text.contains("id=\"drafts\"><li"), "the sent draft is gone")
            // Another citizen does not see it.
            #expect(try await api.call(.GET, "ca-nhan/ho-so/\(code)", as: "0912345678").status == .notFound)

            // Withdraw, then rate: dissatisfied without a reason is refused, with one it is kept.
            // Withdrawing cannot be undone: the page asks for a confirmation, and without it nothing happens.
            let unconfirmed = try await api.call(.POST, "ca-nhan/ho-so/\(code)/rut", body: Data("_csrf=\(csrf)&reason=N%E1%BB%99p+nh%E1%BA%A7m".utf8), headers: session + form)
            #expect(unconfirmed.status == .badRequest && unconfirmed.text.contains("xác nhận"))
            let withdrawn = try await api.call(.POST, "ca-nhan/ho-so/\(code)/rut", body: Data("_csrf=\(csrf)&reason=N%E1%BB%99p+nh%E1%BA%A7m&confirm=yes".utf8), headers: session + form)
            #expect(withdrawn.status == .seeOther)
            let ended = try await api.call(.GET, "ca-nhan/ho-so/\(code)", headers: session)
            #expect(ended.text.contains("name=\"rating\""))
            let noReason = try await api.call(.POST, "ca-nhan/ho-so/\(code)/danh-gia", body: Data("_csrf=\(csrf)&rating=dissatisfied".utf8), headers: session + form)
            #expect(noReason.status == .badRequest && noReason.text.contains("lý do"))
            let rated = try await api.call(.POST, "ca-nhan/ho-so/\(code)/danh-gia",
                                           body: Data("_csrf=\(csrf)&rating=dissatisfied&comment=%3Cscript%3Ex%3C%2Fscript%3E".utf8), headers: session + form)
            #expect(rated.status == .seeOther)
            let shown = try await api.call(.GET, "ca-nhan/ho-so/\(code)?ok=rated", headers: session)
            #expect(shown.text.contains("Cảm ơn") && shown.text.contains("&lt;script&gt;") && !shown.text.contains("<script>x"))
            #expect(!shown.text.contains("name=\"rating\""), "rated once")
        }
    }
}
