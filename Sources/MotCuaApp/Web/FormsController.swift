import Fluent
import Foundation
import MotCuaCore
import Vapor

/// The documents a person can hold, as printable HTML in Vietnamese: the receipt-and-appointment slip (Form 01,
/// A5), the supplement request, the refusal notice, the apology with a new appointment and the processing control
/// sheet (A4), the filled declaration (tờ khai) as submitted; and the public tracking page.
struct FormsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.track, use: track)
        routes.get(.printable, use: form)
    }

    enum Form: String, CaseIterable {
        case receipt = "phieu-tiep-nhan"
        case supplement = "phieu-bo-sung"
        case refusal = "phieu-tu-choi"
        case apology = "thu-xin-loi"
        case controlSheet = "phieu-kiem-soat"
        case declaration = "to-khai"

        var title: String {
            switch self {
            case .receipt: return "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
            case .supplement: return "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"
            case .refusal: return "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"
            case .apology: return "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"
            case .controlSheet: return "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"
            case .declaration: return "TỜ KHAI"
            }
        }

        var a5: Bool { self == .receipt }

        /// The template's name for the form's body.
        var kind: String {
            switch self {
            case .receipt: return "receipt"
            case .supplement: return "supplement"
            case .refusal: return "refusal"
            case .apology: return "apology"
            case .controlSheet: return "control"
            case .declaration: return "declaration"
            }
        }
    }

    static func slip(_ t: LocalDateTime?) -> String { t?.slipText ?? "…" }

    static func slip(_ iso: String) -> String { slip(LocalDateTime.parse(iso)) }

    func form(req: Request) async throws -> Response {
        let code = try req.parameters.require("code")
        guard let form = Form(rawValue: try req.parameters.require("form")) else {
            throw APIError(.formNotFound)
        }
        // Staff who may see the dossier get the officers' copy; anyone with its phone number, the applicant's copy.
        if req.principal?.isStaff != true { try req.rateLimit(.lookup) }
        let (row, events, documents, staff) = try await DossierQueries(context: try req.services)
            .printable(code: code, reader: req.principal, phone: req.query[String.self, at: "phone"], proof: ApplicantProof(req))
        let snapshot = try req.reference
        let today = LocalDateTime(req.now).date
        let receiving = snapshot.units.history(row.receivingUnit, upTo: today)?.fullName ?? row.receivingUnit
        let competent = snapshot.units.history(row.competentUnit, upTo: today)?.fullName ?? row.competentUnit
        let lookup = req.application.motcuaConfig.publicURL + SiteRoute.track.path(query: ["ma": row.code])
        let clock = row.clock
        func lastReason(_ action: DossierAction) -> String? { events.last { $0.action == action }?.reason }
        let facts = [PrintableForm.Fact(label: "Người nộp", value: row.applicantName),
                     .init(label: "Số định danh", value: CitizenID(digits: row.applicantId).masked),
                     .init(label: "Điện thoại", value: row.applicantPhone)]
            + (row.applicantEmail.map { [PrintableForm.Fact(label: "Thư điện tử", value: $0)] } ?? [])
            + [.init(label: "Nội dung yêu cầu", value: "\(row.procedureName) (\(row.procedureCode))")]
        let queries = DossierQueries(context: try req.services)
        let declaration = try await queries.declaration(of: row)
        let slotLines: [String]? = declaration.map { d in
            d.slots(documents: documents).compactMap { slot in
                let state: String?
                if !slot.documents.isEmpty { state = "bản điện tử (\(slot.documents.count) tệp)" }
                else if slot.presented { state = "bản giấy" }
                else if let reason = slot.waivedReason { state = "không cần: \(reason)" }
                else { state = slot.missing ? "còn thiếu, đã yêu cầu bổ sung" : nil }
                return state.map { "\(slot.name) — \($0)" }
            }
        }
        var page = PrintableForm(kind: form.kind, a5: form.a5,
                                 title: form == .declaration ? (declaration?.definition.title.uppercased() ?? form.title) : form.title, code: row.code, organisation: "UBND " + receiving.uppercased(),
                                 applicant: facts, backHref: staff ? SiteRoute.officeDossier.path(row.code) : req.principal?.kind == .citizen
                                    ? SiteRoute.citizenDossier.path(row.code) : SiteRoute.track.path(query: ["ma": row.code]))
        page.returnPlace = receiving
        switch form {
        case .receipt:
            guard clock.receivedAt != nil else {
                throw APIError(.notReceived)
            }
            if let slotLines, !slotLines.isEmpty {
                page.documents = slotLines
            } else {
                page.documents = documents.isEmpty ? ["(giấy tờ kiểm tra tại quầy)"] : documents.map { "\($0.docType) — \($0.original ? "bản chính" : "bản sao"), 01 bản" }
            }
            page.statutoryTime = (try? ProcessingTime.parse(row.procedureTime))?.vietnamese ?? row.procedureTime
            page.receivedAt = Self.slip(clock.receivedAt)
            page.appointment = Self.slip(row.appointment)
            page.fee = row.feeText
            page.lookupURL = lookup
            page.qrSVG = (try? QRCode(text: lookup, level: .medium).svg(moduleSize: 2)) ?? ""
        case .supplement:
            guard let reason = lastReason(.requestSupplement) else { throw Self.noSuchNotice() }
            page.reason = reason
        case .refusal:
            guard let reason = lastReason(.refuse) ?? lastReason(.stop) else { throw Self.noSuchNotice() }
            page.reason = reason
        case .apology:
            guard let reason = lastReason(.apologise), let apology = clock.apologyAppointment else { throw Self.noSuchNotice() }
            page.reason = reason
            page.submittedAt = Self.slip(row.submittedAt)
            page.competent = competent
            page.appointment = Self.slip(row.appointment)
            page.newAppointment = apology.slipText
        case .controlSheet:
            // Officers see who did each step; the applicant's copy has the steps of their own view and no names.
            page.staffCopy = staff
            page.receivedAt = Self.slip(clock.receivedAt)
            page.appointment = Self.slip(row.appointment)
            page.dueAt = Self.slip(row.dueAt)
            page.rows = events.enumerated().map { i, e in
                PrintableForm.SheetRow(number: staff ? e.seq : i + 1, at: Self.slip(e.at), action: Names.action(e.action.rawValue, .vi),
                                       actor: staff ? e.actorName : nil, role: staff ? Names.role(e.role.rawValue, .vi) : nil,
                                       state: Names.state(e.toState.rawValue, .vi), note: e.reason ?? "")
            }
            page.outcome = clock.outcome?.vietnamese ?? "đang giải quyết"
        case .declaration:
            guard let declaration else { throw Self.noSuchNotice() }
            page.declaration = DeclarationReading(form: declaration.definition, language: .vi,
                                                  communeName: { snapshot.units.history($0, upTo: today)?.fullName }).sections(declaration.values)
            page.declarationSource = declaration.definition.source
            page.documents = slotLines
            page.place = receiving
            page.submittedAt = Self.slip(row.submittedAt)
        }
        let context = PageContext(template: "printable", language: .vi, chrome: PageChrome(req, title: form.title, area: .print, language: .vi), page: page)
        return Request.htmlResponse(try await PageTemplates.shared.render("printable", context, on: req.eventLoop), language: .vi)
    }

    static func noSuchNotice() -> APIError {
        APIError(.noSuchNotice)
    }

    /// The public tracking page: code and phone, no script needed.
    func track(req: Request) async throws -> Response {
        let code = String((req.query[String.self, at: "ma"] ?? "").prefix(40)).trimmingCharacters(in: .whitespaces)
        let phone = String((req.query[String.self, at: "phone"] ?? "").prefix(20))
        let language = req.language
        var problem: String?
        var found: DossierDTO?
        var status = HTTPStatus.ok
        if !code.isEmpty && !phone.isEmpty {
            try req.rateLimit(.lookup)
            do {
                found = try await DossierQueries(context: try req.services)
                    .view(code: code, reader: nil, phone: phone, proof: ApplicantProof(req))
            } catch let error as APIError where error.status == .notFound {
                problem = UIText.text("track_not_found", language)
            } catch let error as APIError where error.status == .tooManyRequests {
                problem = language.pick(error.vi, error.en)
                status = .tooManyRequests
            }
        }
        let model = TrackPage(code: code, phone: phone, problem: problem, dossier: found, language: language)
        return try await req.page("track", title: UIText.text("track_heading", language), model, status: status)
    }
}
