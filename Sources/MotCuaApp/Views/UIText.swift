/// Every text of the interface, Vietnamese and English side by side, keyed as the templates name them
/// (`#(t.key)`). A test checks that every key a template uses is here and that every key here is used.
enum UIText {
    static let entries: [String: (vi: String, en: String)] = [
        // Frame
        "site_name": ("Dịch vụ công một cửa", "One-stop public services"),
        "site_name_office": ("Một cửa · Cán bộ", "One-stop · Staff"),
        "skip_to_content": ("Bỏ qua, đến nội dung chính", "Skip to main content"),
        "signed_in_as": ("Đang đăng nhập:", "Signed in as"),
        "sign_out": ("Đăng xuất", "Sign out"),
        "sign_in": ("Đăng nhập", "Sign in"),
        "nav_label": ("Trình đơn chính", "Main menu"),
        "nav_procedures": ("Thủ tục", "Procedures"),
        "nav_assistant": ("Hỏi đáp", "Ask"),
        "nav_track": ("Tra cứu hồ sơ", "Track a dossier"),
        "nav_mine": ("Hồ sơ của tôi", "My dossiers"),
        "nav_office": ("Trang cán bộ", "Staff area"),
        "nav_inbox": ("Hồ sơ cần xử lý", "Dossiers to process"),
        "nav_receive": ("Tiếp nhận hồ sơ", "Receive a dossier"),
        "nav_portal": ("Cổng thủ tục", "Public portal"),
        "footer_address": ("Địa chỉ", "Address"),
        "footer_hotline": ("Đường dây nóng", "Hotline"),
        "footer_data": ("Dữ liệu thủ tục: Cổng Dịch vụ công quốc gia. Thời hạn tính theo ngày làm việc.",
                        "Procedures from the National Public Service Portal. Time limits are in working days."),
        "footer_staff": ("Dành cho cán bộ", "For staff"),
        // Error pages
        "error_home": ("Về trang tra cứu thủ tục", "Go to the procedure search"),
        "error_track": ("Tra cứu hồ sơ bằng mã và số điện thoại", "Track a dossier with its code and phone number"),
        "error_call": ("Cần giúp đỡ? Gọi", "Need help? Call"),
        "error_404": ("Không tìm thấy trang", "Page not found"),
        "error_4xx": ("Không thực hiện được yêu cầu", "The request could not be completed"),
        "error_5xx": ("Hệ thống đang gặp sự cố", "Something went wrong"),
        "error_back": ("Quay lại trang trước", "Back to the previous page"),
        // Search
        "search_heading": ("Tra cứu thủ tục hành chính", "Find an administrative procedure"),
        "search_label": ("Tên thủ tục hoặc việc cần làm", "Procedure name or what you need to do"),
        "search_placeholder": ("Ví dụ: đăng ký khai sinh", "For example: birth registration"),
        "search_level": ("Cấp thực hiện", "Level"),
        "search_button": ("Tìm", "Search"),
        "search_none": ("Không có thủ tục phù hợp. Hãy thử từ khác, hoặc hỏi trợ lý bên dưới.",
                        "No procedure matches. Try other words, or ask the assistant below."),
        "search_total": ("{0} thủ tục phù hợp; đang xem {1}–{2}.", "{0} matching procedures; showing {1}–{2}."),
        "search_page": ("Trang {0}/{1}", "Page {0} of {1}"),
        "home_intro": ("{0} thủ tục, {1} xã, phường, đặc khu.", "{0} procedures, {1} communes and wards."),
        "level_all": ("Mọi cấp", "All levels"),
        "level_commune": ("Cấp xã", "Commune level"),
        "level_province": ("Cấp tỉnh", "Provincial level"),
        "level_central": ("Cấp trung ương", "Central level"),
        "level_other": ("Cơ quan khác", "Other agencies"),
        "pager_label": ("Chuyển trang", "Pages"),
        "pager_previous": ("‹ Trang trước", "‹ Previous"),
        "pager_next": ("Trang sau ›", "Next ›"),
        "ask_heading": ("Chưa biết thủ tục nào?", "Not sure which procedure?"),
        "ask_label": ("Hỏi trợ lý", "Ask the assistant"),
        "ask_hint": ("Trợ lý trả lời theo danh mục thủ tục chính thức và luôn dẫn nguồn.",
                     "The assistant answers from the official catalogue and always cites it."),
        "ask_placeholder": ("Ví dụ: con tôi mới sinh thì làm giấy tờ gì?", "For example: my baby was just born, what do I need to do?"),
        "ask_button": ("Hỏi", "Ask"),
        // Procedure
        "procedure_code": ("Mã", "Code"),
        "procedure_field": ("Lĩnh vực", "Field"),
        "procedure_submit_online": ("Nộp hồ sơ trực tuyến", "Apply online"),
        "procedure_channels": ("Cách thức thực hiện", "How to apply"),
        "procedure_channel": ("Hình thức nộp", "Channel"),
        "procedure_time": ("Thời hạn giải quyết", "Time limit"),
        "procedure_fee": ("Phí, lệ phí", "Fees"),
        "procedure_documents": ("Thành phần hồ sơ", "Documents to provide"),
        "procedure_no_documents": ("Danh mục không ghi thành phần hồ sơ; hỏi tại bộ phận một cửa.",
                                   "The catalogue lists no documents; ask at the one-stop counter."),
        "procedure_steps": ("Trình tự thực hiện", "Steps"),
        "procedure_result": ("Kết quả", "Result"),
        "procedure_source": ("Nguồn: Cổng Dịch vụ công quốc gia", "Source: National Public Service Portal"),
        "procedure_ask": ("Còn thắc mắc? Hỏi trợ lý", "Still unsure? Ask the assistant"),
        "procedure_copies": ("{0} bản chính, {1} bản sao", "{0} original(s), {1} cop(ies)"),
        "procedure_abolished": ("Thủ tục đã bị bãi bỏ từ ngày {0} theo {1}.", "This procedure was abolished on {0} by {1}."),
        "procedure_abolished_soon": ("Thủ tục này sẽ bị bãi bỏ từ ngày {0} theo {1}.", "This procedure will be abolished on {0} by {1}."),
        "channel_online": ("Trực tuyến", "Online"),
        "channel_post": ("Bưu chính", "By post"),
        "channel_counter": ("Trực tiếp", "In person"),
        "fee_unknown": ("Không có thông tin", "Not stated"),
        "fee_free": ("Miễn phí", "Free"),
        "time_unknown": ("Chưa rõ thời hạn", "Time limit not stated"),
    ]

    private static let tables: [Language: [String: String]] = {
        var vi: [String: String] = [:], en: [String: String] = [:]
        for (key, text) in entries { vi[key] = text.vi; en[key] = text.en }
        return [.vi: vi, .en: en]
    }()

    static func table(_ language: Language) -> [String: String] { tables[language]! }

    /// The text for `key` with `{0}`, `{1}`… replaced by `arguments`.
    static func text(_ key: String, _ language: Language, _ arguments: CustomStringConvertible...) -> String {
        guard let entry = entries[key] else { return key }
        var out = language == .vi ? entry.vi : entry.en
        for (i, a) in arguments.enumerated() { out = out.replacingOccurrences(of: "{\(i)}", with: a.description) }
        return out
    }
}
