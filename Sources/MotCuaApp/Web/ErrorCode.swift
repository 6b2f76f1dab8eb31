import MotCuaCore
import Vapor

/// Every error a person can be shown, by its stable code: the HTTP status and the Vietnamese and English text side by
/// side. `{0}`, `{1}`… are the details given where the error is raised (names of states, actions and roles are given as
/// such and shown in each language's words). One wording per code, in one place.
enum ErrorCode: String, CaseIterable, Sendable {
    case abolitionNotFound = "abolition_not_found"
    case accountLocked = "account_locked"
    case accountNotFound = "account_not_found"
    case alreadyApologised = "already_apologised"
    case alreadyRated = "already_rated"
    case amountMismatch = "amount_mismatch"
    case amountRequired = "amount_required"
    case assigneeNotInUnit = "assignee_not_in_unit"
    case assigneeRequired = "assignee_required"
    case badAmount = "bad_amount"
    case badBase64 = "bad_base64"
    case badBoolean = "bad_boolean"
    case badDecision = "bad_decision"
    case badBody = "bad_body"
    case badChannel = "bad_channel"
    case badCompetenceChange = "bad_competence_change"
    case badConversation = "bad_conversation"
    case badCredentials = "bad_credentials"
    case badDate = "bad_date"
    case badDocType = "bad_doc_type"
    case badDueBefore = "bad_due_before"
    case badEmail = "bad_email"
    case badExpiry = "bad_expiry"
    case badFile = "bad_file"
    case badFormat = "bad_format"
    case badIdNumber = "bad_id_number"
    case badIdempotencyKey = "bad_idempotency_key"
    case badLevel = "bad_level"
    case badLogin = "bad_login"
    case badMode = "bad_mode"
    case badName = "bad_name"
    case badNow = "bad_now"
    case badNumber = "bad_number"
    case badPaymentMethod = "bad_payment_method"
    case badPaymentReference = "bad_payment_reference"
    case badPeriod = "bad_period"
    case badPhone = "bad_phone"
    case badRating = "bad_rating"
    case badReason = "bad_reason"
    case badReceived = "bad_received"
    case badRequest = "bad_request"
    case badRole = "bad_role"
    case badScope = "bad_scope"
    case badStaffLogin = "bad_staff_login"
    case badState = "bad_state"
    case badTime = "bad_time"
    case badToken = "bad_token"
    case badTransfer = "bad_transfer"
    case badYear = "bad_year"
    case bodyTooLarge = "body_too_large"
    case busy = "busy"
    case databaseBusy = "database_busy"
    case changedMeanwhile = "changed_meanwhile"
    case commentRequired = "comment_required"
    case commentTooLong = "comment_too_long"
    case communeNotFound = "commune_not_found"
    case communeRequired = "commune_required"
    case confirmationRequired = "confirmation_required"
    case counterNeedsOfficer = "counter_needs_officer"
    case csrf = "csrf"
    case documentNotFound = "document_not_found"
    case dossierClosed = "dossier_closed"
    case dossierNotEnded = "dossier_not_ended"
    case correctionNote = "correction_note"
    case definitionInvalid = "definition_invalid"
    case dossierNotFound = "dossier_not_found"
    case draftIncomplete = "draft_incomplete"
    case draftNotFound = "draft_not_found"
    case draftTooLarge = "draft_too_large"
    case emptyFile = "empty_file"
    case fileTooLarge = "file_too_large"
    case fileType = "file_type"
    case forbidden = "forbidden"
    case formInvalid = "form_invalid"
    case formNotFound = "form_not_found"
    case grantExists = "grant_exists"
    case grantNotFound = "grant_not_found"
    case grantUnitUnknown = "grant_unit_unknown"
    case idempotencyKeyReused = "idempotency_key_reused"
    case illegalTransition = "illegal_transition"
    case incomplete = "incomplete"
    case internalError = "internal"
    case jsonExpected = "json_expected"
    case loginTaken = "login_taken"
    case methodNotAllowed = "method_not_allowed"
    case missingOldCommune = "missing_old_commune"
    case missingSlot = "missing_slot"
    case missingQuery = "missing_query"
    case newAppointmentNotLater = "new_appointment_not_later"
    case newAppointmentRequired = "new_appointment_required"
    case newAppointmentTooFar = "new_appointment_too_far"
    case noFile = "no_file"
    case noFilesChosen = "no_files_chosen"
    case noLocalAuthority = "no_local_authority"
    case noQuestions = "no_questions"
    case noSuchNotice = "no_such_notice"
    case notAcceptingDocuments = "not_accepting_documents"
    case notFound = "not_found"
    case notReady = "not_ready"
    case notReceived = "not_received"
    case notYourPart = "not_your_part"
    case notYourUnit = "not_your_unit"
    case oidcNotConfigured = "oidc_not_configured"
    case oidcProvider = "oidc_provider"
    case oidcRejected = "oidc_rejected"
    case oldCommuneNotFound = "old_commune_not_found"
    case outsideProvince = "outside_province"
    case partsOutstanding = "parts_outstanding"
    case pastEffectiveDate = "past_effective_date"
    case procedureAbolished = "procedure_abolished"
    case procedureNotYetInForce = "procedure_not_yet_in_force"
    case competenceChangeNotFound = "competence_change_not_found"
    case procedureNotFound = "procedure_not_found"
    case provinceNotFound = "province_not_found"
    case queryTooLong = "query_too_long"
    case rateLimited = "rate_limited"
    case reasonRequired = "reason_required"
    case reasonTooLong = "reason_too_long"
    case roleNotAllowed = "role_not_allowed"
    case supervisorNeedsProvince = "supervisor_needs_province"
    case targetUnitRequired = "target_unit_required"
    case timeRequired = "time_required"
    case tokenNotFound = "token_not_found"
    case tooManyDocuments = "too_many_documents"
    case tooManyDrafts = "too_many_drafts"
    case tooManyWrongPhones = "too_many_wrong_phones"
    case unauthenticated = "unauthenticated"
    case unitAmbiguous = "unit_ambiguous"
    case unitNotFound = "unit_not_found"
    case unitNotInForce = "unit_not_in_force"
    case unitWithoutAuthority = "unit_without_authority"
    case unknownAction = "unknown_action"
    case unknownCommune = "unknown_commune"
    case weakPassword = "weak_password"

    var entry: (status: HTTPResponseStatus, vi: String, en: String) {
        switch self {
        case .abolitionNotFound: (.notFound, "Thủ tục \"{0}\" không có quyết định bãi bỏ nào được ghi.",
                                  "No abolition is recorded for procedure \"{0}\".")
        case .accountLocked: (.tooManyRequests, "Tài khoản tạm khóa do đăng nhập sai nhiều lần; thử lại sau {0} phút.",
                              "The account is locked after repeated failed sign-ins; try again in {0} minutes.")
        case .accountNotFound: (.notFound, "Không có cán bộ này.",
                                "No such staff account.")
        case .alreadyApologised: (.conflict, "Hồ sơ đã có thư xin lỗi và hẹn lại; chỉ được hẹn lại một lần.",
                                  "An apology with a new appointment was already issued; it may be issued once.")
        case .alreadyRated: (.conflict, "Hồ sơ này đã được đánh giá.",
                             "This dossier has already been rated.")
        case .amountMismatch: (.unprocessableEntity, "Số tiền đã nộp ({0} đồng) khác số phải nộp ({1} đồng); chưa xác nhận thanh toán.",
                               "The amount paid ({0} VND) differs from the amount owed ({1} VND); the payment is not confirmed.")
        case .amountRequired: (.badRequest, "Cổng thanh toán cần ghi số tiền đã nộp (amount).",
                               "A payment gateway must state the amount paid.")
        case .assigneeNotInUnit: (.unprocessableEntity, "Cán bộ được giao không thuộc đơn vị có thẩm quyền với hồ sơ này.",
                                  "The officer chosen does not work in a unit responsible for this dossier.")
        case .assigneeRequired: (.badRequest, "Cần chọn cán bộ được giao xử lý (assignee).",
                                 "Choose the officer to assign (assignee).")
        case .badBoolean: (.badRequest, "Tham số {0} phải là true hoặc false.", "{0} must be true or false.")
        case .badDecision: (.badRequest, "{0}", "{0}")
        case .badCompetenceChange: (.badRequest, "{0}", "{0}")
        case .competenceChangeNotFound: (.notFound, "Thủ tục \"{0}\" không có thay đổi cấp thực hiện nào ghi hiệu lực ngày {1}.",
                                         "No change of level is recorded for procedure \"{0}\" effective {1}.")
        case .procedureNotYetInForce: (.unprocessableEntity, "{0}", "{0}")
        case .pastEffectiveDate: (.badRequest, "{0}", "{0}")
        case .badAmount: (.badRequest, "Số tiền đã nộp (amount) phải là số đồng từ 0 trở lên.",
                          "amount must be a whole number of dong, 0 or more.")
        case .badBase64: (.badRequest, "Nội dung tệp không phải base64 hợp lệ.",
                          "The file content is not valid base64.")
        case .badBody: (.badRequest, "Dữ liệu gửi lên không đúng định dạng.",
                        "The request body is not in the expected format.")
        case .badChannel: (.badRequest, "Kênh nộp \"{0}\" không hợp lệ; dùng online, counter hoặc post.",
                           "Channel \"{0}\" is not valid; use online, counter or post.")
        case .badConversation: (.badRequest, "Mã cuộc hội thoại không hợp lệ.",
                                "The conversation id is not valid.")
        case .badCredentials: (.unauthorized, "Tên đăng nhập hoặc mật khẩu không đúng.",
                               "Wrong login or password.")
        case .badDate: (.badRequest, "Ngày \"{0}\" không hợp lệ; hãy viết theo dạng YYYY-MM-DD.",
                        "The date \"{0}\" is not valid; use YYYY-MM-DD.")
        case .badDocType: (.badRequest, "Tên loại giấy tờ quá dài hoặc có ký tự không hợp lệ.",
                           "The document type is too long or has invalid characters.")
        case .badDueBefore: (.badRequest, "dueBefore phải là ngày hoặc ngày giờ ISO 8601.",
                             "dueBefore must be an ISO 8601 date or date-time.")
        case .badEmail: (.badRequest, "Địa chỉ thư điện tử không hợp lệ.",
                         "The e-mail address is not valid.")
        case .badExpiry: (.badRequest, "Thời hạn từ 1 đến 3650 ngày.",
                          "Expiry must be 1 to 3650 days.")
        case .badFormat: (.badRequest, "Định dạng \"{0}\" không hỗ trợ: dùng json, csv hoặc xlsx.",
                          "Format \"{0}\" is not offered: use json, csv or xlsx.")
        case .badFile: (.badRequest, "Tệp {0} không đúng dạng JSON lines ({1}).",
                        "{0} is not valid JSON lines: {1}")
        case .badIdNumber: (.badRequest, "{0}",
                            "{0}")
        case .badIdempotencyKey: (.badRequest, "Idempotency-Key phải có từ 1 đến 200 ký tự.",
                                  "Idempotency-Key must be 1 to 200 characters.")
        case .badLevel: (.badRequest, "Cấp \"{0}\" không hợp lệ; chọn central, province, commune hoặc other.",
                         "Unknown level \"{0}\"; use central, province, commune or other.")
        case .badLogin: (.badRequest, "Đăng ký bằng số điện thoại hoặc thư điện tử.",
                         "Register with a phone number or an e-mail address.")
        case .badMode: (.badRequest, "Chế độ phải là citizen hoặc officer.",
                        "mode must be citizen or officer.")
        case .badName: (.badRequest, "Họ và tên phải có từ 2 đến 120 ký tự và không chứa ký tự < >.",
                        "The full name must be 2 to 120 characters, without < or >.")
        case .badNow: (.badRequest, "Tham số now phải là thời điểm dạng 2026-02-13T16:10:00+07:00.",
                       "now must be a date-time such as 2026-02-13T16:10:00+07:00.")
        case .badNumber: (.badRequest, "Tham số {0} phải là số nguyên từ {1} đến {2}.",
                          "{0} must be a whole number from {1} to {2}.")
        case .badPeriod: (.badRequest, "Kỳ \"{0}\" không hợp lệ: viết 2026-08 (tháng), 2026-Q3 (quý) hoặc 2026 (năm).",
                          "Period \"{0}\" is not valid: write 2026-08 (a month), 2026-Q3 (a quarter) or 2026 (a year).")
        case .badPaymentMethod: (.badRequest, "Hình thức nộp (paymentMethod) là online, counter hoặc bank_transfer.",
                                 "paymentMethod is online, counter or bank_transfer.")
        case .badPaymentReference: (.badRequest, "Mã giao dịch (paymentReference) tối đa 100 ký tự.",
                                    "paymentReference is at most 100 characters.")
        case .badPhone: (.badRequest, "Số điện thoại phải gồm 10 chữ số, bắt đầu bằng 0 (hoặc +84).",
                         "The phone number must have 10 digits starting with 0 (or +84).")
        case .badRating: (.badRequest, "Mức đánh giá (rating) là very_satisfied, satisfied hoặc dissatisfied.",
                          "rating is very_satisfied, satisfied or dissatisfied.")
        case .badReason: (.badRequest, "Lý do chứa ký tự điều khiển không hợp lệ.",
                          "The reason contains control characters.")
        case .badReceived: (.badRequest, "Thời điểm tiếp nhận (received) phải theo dạng 2026-02-13T16:10:00+07:00.",
                            "received must be a date-time such as 2026-02-13T16:10:00+07:00.")
        case .badRequest: (.badRequest, "Yêu cầu không hợp lệ: {0}",
                           "Invalid request: {0}")
        case .badRole: (.badRequest, "Vai trò \"{0}\" không hợp lệ.",
                        "Unknown role \"{0}\".")
        case .badScope: (.badRequest, "Phạm vi \"{0}\" không hợp lệ.",
                         "Unknown scope \"{0}\".")
        case .badStaffLogin: (.badRequest, "Tên đăng nhập không hợp lệ.",
                              "The login is not valid.")
        case .badState: (.badRequest, "Trạng thái không hợp lệ: {0}.",
                         "Unknown state: {0}.")
        case .badTime: (.badRequest, "{0}",
                        "{0}")
        case .badToken: (.badRequest, "Cần tên (1–100 ký tự) và ít nhất một phạm vi.",
                         "Give a name (1–100 characters) and at least one scope.")
        case .badTransfer: (.unprocessableEntity, "Chỉ chuyển được sang đơn vị khác trong cùng tỉnh (xã khác hoặc cấp tỉnh).",
                            "A dossier can only be transferred to another unit of the same province (another commune or the province).")
        case .badYear: (.badRequest, "Năm tiếp nhận phải từ 1990 đến 2099.",
                        "The year must be from 1990 to 2099.")
        case .bodyTooLarge: (.payloadTooLarge, "Dữ liệu gửi lên lớn hơn giới hạn của yêu cầu này{0}.",
                             "The request body is larger than this request's limit{0}.")
        case .databaseBusy: (.serviceUnavailable, "Hệ thống đang bận xử lý nhiều yêu cầu cùng lúc; vui lòng gửi lại sau ít phút.",
                              "The service is handling many requests at once; please send again in a few minutes.")
        case .busy: (.serviceUnavailable, "Hệ thống đang nhận nhiều hồ sơ lớn; vui lòng gửi lại sau ít phút.",
                     "Many large submissions are arriving; please send again in a few minutes.")
        case .changedMeanwhile: (.conflict, "Hồ sơ {0} vừa được người khác cập nhật (trạng thái: {1}); hãy tải lại.",
                                 "Dossier {0} was changed meanwhile (now: {1}); reload it.")
        case .commentRequired: (.badRequest, "Khi không hài lòng, xin cho biết lý do để đơn vị trả lời.",
                                "Please say what went wrong, so the unit can answer.")
        case .commentTooLong: (.badRequest, "Ý kiến dài quá {0} ký tự.",
                               "The comment is longer than {0} characters.")
        case .communeNotFound: (.notFound, "Không có xã/phường mã \"{0}\" vào ngày {1}.",
                                "No commune \"{0}\" on {1}.")
        case .communeRequired: (.unprocessableEntity, "Thủ tục cấp xã: hãy chọn xã/phường có thẩm quyền (competentUnitCode hoặc xã của người nộp).",
                                "A commune-level procedure: give the competent commune (competentUnitCode or the applicant's commune).")
        case .confirmationRequired: (.badRequest, "Hãy đánh dấu ô xác nhận trước khi {0}.",
                                     "Tick the confirmation box before you {0}.")
        case .counterNeedsOfficer: (.unprocessableEntity, "Hồ sơ nộp trực tiếp do cán bộ một cửa tiếp nhận; khi nộp trực tuyến hãy chọn kênh online.",
                                    "Counter dossiers are entered by a counter officer; submit online with channel \"online\".")
        case .csrf: (.forbidden, "Phiên làm việc không hợp lệ (thiếu mã chống giả mạo); vui lòng tải lại trang.",
                     "Missing or wrong anti-forgery token; reload the page.")
        case .documentNotFound: (.notFound, "Không tìm thấy tài liệu.",
                                 "Document not found.")
        case .dossierClosed: (.conflict, "Hồ sơ đã kết thúc, không nhận thêm giấy tờ.",
                              "The dossier is closed.")
        case .dossierNotEnded: (.conflict, "Chỉ đánh giá được khi hồ sơ đã kết thúc; hồ sơ đang ở trạng thái \"{0}\".",
                                "A dossier can be rated once it has ended; it is \"{0}\".")
        case .dossierNotFound: (.notFound, "Không tìm thấy hồ sơ {0} (hoặc số điện thoại không khớp).",
                                "No dossier {0} (or the phone number does not match).")
        case .draftIncomplete: (.unprocessableEntity, "Bản nháp còn thiếu: {0}.",
                                "The draft still lacks: {0}.")
        case .draftNotFound: (.notFound, "Không có bản nháp này.",
                              "No such draft.")
        case .draftTooLarge: (.payloadTooLarge, "Bản nháp vượt quá 16 KB.",
                              "The draft is larger than 16 KB.")
        case .emptyFile: (.badRequest, "Tệp đính kèm rỗng.",
                          "The file is empty.")
        case .fileTooLarge: (.payloadTooLarge, "Tệp lớn hơn giới hạn {0} MB.",
                             "The file is larger than {0} MB.")
        case .fileType: (.unsupportedMediaType, "Chỉ nhận tệp PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp, không theo tên).",
                         "Only PDF, JPEG or PNG files are accepted (checked by content, not by name).")
        case .forbidden: (.forbidden, "Bạn không có quyền thực hiện việc này.",
                          "You are not allowed to do this.")
        case .correctionNote: (.badRequest, "Hãy ghi điều đã sửa và lý do (tối đa {0} ký tự).",
                               "Say what you corrected and why (at most {0} characters).")
        case .definitionInvalid: (.badRequest, "Định nghĩa tờ khai chưa đúng, dòng {0}: {1}. Định nghĩa đang dùng được giữ nguyên.",
                                  "The declaration's definition is wrong, line {0}: {1}. The one in force is kept.")
        case .formInvalid: (.badRequest, "Tờ khai hoặc giấy tờ chưa đúng ({0} chỗ): {1}",
                            "The form or its documents need correcting ({0}): {1}")
        case .formNotFound: (.notFound, "Không có mẫu phiếu này.",
                             "No such form.")
        case .grantExists: (.conflict, "Cán bộ đã có vai trò này tại đơn vị này.",
                            "The officer already holds this role here.")
        case .grantUnitUnknown: (.badRequest, "Đơn vị \"{0}\" của quyền không tồn tại vào ngày hôm nay.",
                                 "The grant's unit \"{0}\" does not exist today.")
        case .grantNotFound: (.notFound, "Không có vai trò này.",
                              "No such grant.")
        case .idempotencyKeyReused: (.unprocessableEntity, "Idempotency-Key này đã được dùng cho một yêu cầu nộp hồ sơ khác; hãy dùng khóa mới cho mỗi hồ sơ.",
                                     "This Idempotency-Key was already used with a different submission; use a new key for each dossier.")
        case .illegalTransition: (.conflict, "Không thể \"{0}\" khi hồ sơ đang ở trạng thái \"{1}\" (mã {2}).",
                                  "Cannot \"{0}\" a dossier that is \"{1}\" (status {2}).")
        case .incomplete: (.unprocessableEntity, "Còn thiếu: {0}.",
                           "Missing: {0}.")
        case .internalError: (.internalServerError, "Đã có lỗi hệ thống; vui lòng thử lại sau.",
                         "Something went wrong; please try again later.")
        case .jsonExpected: (.unsupportedMediaType, "Dữ liệu gửi lên phải là JSON.",
                             "The body must be JSON.")
        case .loginTaken: (.conflict, "Đã có tài khoản với tên đăng nhập này.",
                           "An account with this login exists.")
        case .methodNotAllowed: (.methodNotAllowed, "Địa chỉ này không nhận phương thức {0}.", "This address does not accept {0}.")
        case .missingSlot: (.badRequest, "Cần cho biết ô giấy tờ (slot) của tệp.",
                            "Say which document slot the file is for (slot).")
        case .missingOldCommune: (.badRequest, "Hãy cho mã xã cũ (oldCommuneCode) hoặc tên xã cũ (commune, và nếu có district, province).",
                                  "Give oldCommuneCode, or commune (with district and province if known).")
        case .missingQuery: (.badRequest, "Hãy nhập tên đơn vị cần tìm (tham số q).",
                             "Give a unit name to search for (parameter q).")
        case .newAppointmentNotLater: (.unprocessableEntity, "Ngày hẹn mới phải sau hạn giải quyết hiện tại ({0}).",
                                       "The new appointment must be after the current due time ({0}).")
        case .newAppointmentRequired: (.badRequest, "Thư xin lỗi cần ngày hẹn mới (newAppointment, ISO 8601).",
                                       "An apology needs a new appointment (newAppointment, ISO 8601).")
        case .newAppointmentTooFar: (.badRequest, "Ngày hẹn mới phải trong vòng một năm kể từ hôm nay.",
                                     "The new appointment must be within a year from today.")
        case .noFile: (.badRequest, "Không đọc được tệp {0}.",
                       "Cannot read {0}.")
        case .noFilesChosen: (.badRequest, "Hãy chọn giấy tờ cần bổ sung.",
                              "Choose the documents to add.")
        case .noLocalAuthority: (.unprocessableEntity, "Thủ tục {0} do cơ quan trung ương giải quyết, không thuộc thẩm quyền của tỉnh, xã.",
                                 "Procedure {0} is handled by a central agency, not by a province or commune.")
        case .noQuestions: (.badRequest, "Không có câu hỏi mẫu.",
                            "No evaluation questions found.")
        case .noSuchNotice: (.conflict, "Hồ sơ không có phiếu này.",
                             "This dossier has no such notice.")
        case .notAcceptingDocuments: (.conflict, "Chỉ nộp thêm giấy tờ khi hồ sơ chờ tiếp nhận hoặc đang được yêu cầu bổ sung.",
                                      "Documents can be added only while the dossier awaits receipt or a supplement.")
        case .notFound: (.notFound, "Không tìm thấy địa chỉ yêu cầu.",
                         "Not found.")
        case .notReady: (.serviceUnavailable, "Hệ thống đang nạp dữ liệu, vui lòng thử lại sau giây lát.",
                         "Reference data is loading; please retry in a moment.")
        case .notReceived: (.conflict, "Hồ sơ chưa được tiếp nhận nên chưa có giấy hẹn.",
                            "The dossier has not been received yet, so there is no appointment slip.")
        case .notYourPart: (.unprocessableEntity, "Phần việc tiếp theo ({0}) thuộc {1}, không thuộc đơn vị của bạn.",
                            "The next part ({0}) belongs to {1}, not to your unit.")
        case .notYourUnit: (.unprocessableEntity, "Bạn chỉ tiếp nhận hồ sơ tại đơn vị mình được phân công.",
                            "You can only receive dossiers at a unit you are assigned to.")
        case .oidcNotConfigured: (.notFound, "Chưa cấu hình đăng nhập bằng định danh điện tử.",
                                  "OpenID Connect sign-in is not configured.")
        case .oidcProvider: (.badGateway, "Không kết nối được với hệ thống định danh; vui lòng thử lại.",
                             "The identity provider could not be reached; try again.")
        case .oidcRejected: (.unauthorized, "Đăng nhập bằng định danh điện tử không hợp lệ hoặc đã hết hạn; vui lòng thử lại.",
                             "The identity provider's sign-in is invalid or expired; try again.")
        case .oldCommuneNotFound: (.notFound, "Không tìm thấy xã, phường cũ \"{0}\" trong bảng chuyển đổi.",
                                   "No old commune \"{0}\" in the conversion table.")
        case .outsideProvince: (.unprocessableEntity, "Trung tâm chỉ tiếp nhận hồ sơ của đơn vị trong cùng tỉnh.",
                                "A centre only receives dossiers for units of its own province.")
        case .partsOutstanding: (.conflict, "Còn {0} phần việc liên thông chưa hoàn thành.",
                                 "{0} interconnected parts are still open.")
        case .procedureAbolished: (.gone, "{0}",
                                   "{0}")
        case .procedureNotFound: (.notFound, "Không có thủ tục hành chính mã \"{0}\".",
                                  "No administrative procedure with the code \"{0}\".")
        case .provinceNotFound: (.notFound, "Không có tỉnh, thành phố mã \"{0}\" vào ngày {1}.",
                                 "No province with code \"{0}\" on {1}.")
        case .queryTooLong: (.badRequest, "Nội dung tìm kiếm quá dài (tối đa {0} ký tự).",
                             "The query is too long ({0} characters at most).")
        case .rateLimited: (.tooManyRequests, "Bạn đã gửi quá nhiều yêu cầu; vui lòng thử lại sau {0} giây.",
                            "Too many requests; try again in {0} seconds.")
        case .reasonRequired: (.badRequest, "Việc \"{0}\" cần ghi rõ lý do.",
                               "\"{0}\" needs a reason.")
        case .reasonTooLong: (.badRequest, "Lý do dài quá 2.000 ký tự.",
                              "The reason is longer than 2,000 characters.")
        case .roleNotAllowed: (.forbidden, "{0} không được \"{1}\".",
                               "{0} may not \"{1}\".")
        case .supervisorNeedsProvince: (.badRequest, "Giám sát cấp tỉnh phải gắn với một tỉnh.",
                                        "A supervisor is bound to a province.")
        case .targetUnitRequired: (.badRequest, "Cần mã đơn vị nhận hồ sơ chuyển đến (targetUnit) còn hiệu lực.",
                                   "Give the unit to transfer to (targetUnit), in force today.")
        case .timeRequired: (.unprocessableEntity, "Danh mục chưa ghi thời hạn giải quyết của thủ tục {0}; cán bộ cần nhập thời hạn (processingTime).",
                             "The catalogue gives no processing time for {0}; the officer must state it (processingTime).")
        case .tokenNotFound: (.notFound, "Không có mã truy cập này.",
                              "No such token.")
        case .tooManyDocuments: (.conflict, "Hồ sơ đã có quá nhiều giấy tờ (tối đa {0} tệp, {1} MB); hãy liên hệ bộ phận một cửa.",
                                 "The dossier already has too many documents (at most {0} files, {1} MB); contact the one-stop counter.")
        case .tooManyDrafts: (.conflict, "Bạn đã có {0} bản nháp; hãy nộp hoặc xoá bớt.",
                              "You already have {0} drafts; send or delete some.")
        case .tooManyWrongPhones: (.tooManyRequests, "Đã nhập sai số điện thoại quá nhiều lần; vui lòng thử lại sau {0} phút, đăng nhập, hoặc liên hệ bộ phận một cửa.",
                                   "Too many wrong phone numbers; try again in {0} minutes, sign in, or contact the one-stop counter.")
        case .unauthenticated: (.unauthorized, "Bạn cần đăng nhập để thực hiện việc này.",
                                "You need to sign in to do this.")
        case .unitAmbiguous: (.badRequest, "\"{0}\" có thể là: {1}. Hãy ghi thêm tỉnh hoặc nhập mã.",
                              "\"{0}\" could be: {1}. Add the province or give the code.")
        case .unitNotFound: (.notFound, "Không tìm thấy đơn vị hành chính \"{0}\".",
                             "No administrative unit \"{0}\".")
        case .unitNotInForce: (.notFound, "Đơn vị mã \"{0}\" không tồn tại vào ngày {1} (thành lập {2}).",
                               "Unit \"{0}\" did not exist on {1} (established {2}).")
        case .unitWithoutAuthority: (.unprocessableEntity, "Đơn vị được chọn không có thẩm quyền giải quyết thủ tục {0}.",
                                     "The unit chosen has no authority over procedure {0}.")
        case .unknownAction: (.notFound, "Không có thao tác \"{0}\" trên hồ sơ.",
                              "No dossier action \"{0}\".")
        case .unknownCommune: (.badRequest, "Không có xã, phường mã \"{0}\".",
                               "No commune with code \"{0}\".")
        case .weakPassword: (.badRequest, "Mật khẩu cần ít nhất 10 ký tự.",
                             "The password needs at least 10 characters.")
        }
    }
}
