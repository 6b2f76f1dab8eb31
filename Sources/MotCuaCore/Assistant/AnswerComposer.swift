import Foundation

/// Writes answers from the catalogue's structured fields: what applies, the documents, fees, time, where to
/// submit and whether online, always citing the procedure; a clarifying question when several fit equally;
/// a plain "I don't know" otherwise. Nothing here invents a fact: every figure comes from a procedure record.
public struct AnswerComposer: Sendable {
    /// Where to turn when the assistant cannot help (the national portal's hotline by default).
    public var hotline: String
    /// How many documents an answer lists before pointing to the procedure's page.
    public var documentLimit = 8

    public init(hotline: String = "1800 1096") { self.hotline = hotline }

    public static func url(of code: String) -> String { "/thu-tuc/\(code)" }

    public func reply(to retrieval: AssistantRetrieval, procedure: (String) -> Procedure?, context: AskerContext,
                      language: AnswerLanguage) -> AssistantReply {
        let en = language == .en
        var reply = AssistantReply(text: "", language: language, decision: retrieval.decision,
                                   candidates: retrieval.candidates, citations: [])
        switch retrieval.decision {
        case .invalid:
            reply.text = en
                ? "I could not read a question there. Please write your question in words, in fewer than 2,000 characters."
                : "Tôi chưa đọc được câu hỏi. Anh/chị vui lòng viết câu hỏi bằng chữ, không quá 2.000 ký tự."
        case .refused:
            reply.text = en
                ? "I can only answer questions about administrative procedures from the official catalogue, and I cannot help with this request."
                : "Tôi chỉ trả lời về thủ tục hành chính theo danh mục chính thức và không thể giúp yêu cầu này."
        case .outOfScope:
            reply.text = dontKnow(context, en: en, sector: retrieval.query.uncoveredSector)
        case .dossierStatus:
            reply.text = en
                ? "To show a dossier's status I need the phone number given when it was submitted."
                : "Để xem tình trạng hồ sơ, anh/chị vui lòng cho biết số điện thoại đã khai khi nộp hồ sơ."
        case .clarify:
            let options = retrieval.candidates.prefix(3)
            var lines = [en ? "Several procedures fit your question equally well:" : "Câu hỏi của anh/chị có thể ứng với các thủ tục sau:"]
            for (i, c) in options.enumerated() {
                lines.append("\(i + 1). \(c.summary.name) (\(en ? "code" : "mã") \(c.summary.code))")
            }
            lines.append(en ? "Which one do you mean? Reply with its number or code."
                            : "Anh/chị muốn hỏi thủ tục nào? Xin trả lời bằng số thứ tự hoặc mã thủ tục.")
            reply.text = lines.joined(separator: "\n")
            reply.citations = options.map { citation($0.summary, procedure($0.summary.code)) }
        case .answer, .followUp:
            guard let best = retrieval.candidates.first else {
                reply.decision = .outOfScope
                reply.text = dontKnow(context, en: en)
                break
            }
            let full = procedure(best.summary.code)
            var lines = describe(best.summary, full, aspects: retrieval.query.aspects, context: context, en: en)
            reply.citations = [citation(best.summary, full)]
            let others = retrieval.decision == .answer ? Array(retrieval.candidates.dropFirst().prefix(2)) : []
            if !others.isEmpty {
                lines.append((en ? "Related procedures: " : "Thủ tục có thể liên quan: ")
                             + others.map { "\($0.summary.name) (\(en ? "code" : "mã") \($0.summary.code))" }.joined(separator: "; "))
                reply.citations += others.map { citation($0.summary, procedure($0.summary.code)) }
            }
            lines.append(en ? "Source: National Public Service Portal, procedure \(best.summary.code) — \(Self.url(of: best.summary.code))"
                            : "Nguồn: Cổng Dịch vụ công quốc gia, thủ tục \(best.summary.code) — \(Self.url(of: best.summary.code))")
            reply.text = lines.joined(separator: "\n")
        }
        return reply
    }

    /// A status answer for a dossier whose applicant's phone matched.
    public func dossierStatus(_ facts: DossierStatusFacts, language: AnswerLanguage) -> String {
        if language == .en {
            var text = "Dossier \(facts.code) (\(facts.procedureName)): status \(facts.statusCode), \(facts.stateText)."
            if let a = facts.appointment { text += " Appointment for the result: \(a)." }
            if let s = facts.lastStep { text += " Last step: \(s)." }
            return text + " Details: /tra-cuu?ma=\(facts.code)"
        }
        var text = "Hồ sơ \(facts.code) (\(facts.procedureName)): \(facts.stateText) (trạng thái \(facts.statusCode))."
        if let a = facts.appointment { text += " Ngày hẹn trả kết quả: \(a)." }
        if let s = facts.lastStep { text += " Bước gần nhất: \(s)." }
        return text + " Xem chi tiết: /tra-cuu?ma=\(facts.code)"
    }

    /// The answer when a dossier code and phone do not match (the same words whether or not the code exists).
    public func dossierNotFound(_ code: String, language: AnswerLanguage) -> String {
        language == .en
            ? "I found no dossier \(code) with that phone number. Please check the code on your receipt and the phone number you gave."
            : "Không tìm thấy hồ sơ \(code) với số điện thoại này. Anh/chị vui lòng kiểm tra mã trên phiếu tiếp nhận và số điện thoại đã khai."
    }

    func dontKnow(_ context: AskerContext, en: Bool, sector: String? = nil) -> String {
        let counter = context.commune.map { en ? "the one-stop counter of \($0.fullNameEn)" : "bộ phận một cửa của \($0.fullName)" }
            ?? (en ? "the one-stop counter of your commune" : "bộ phận một cửa của xã, phường nơi anh/chị cư trú")
        // Which sector it belongs to, when the question named one this catalogue does not hold.
        let belongs = sector.flatMap { Self.sectorNames[$0] }.map { name in
            en ? " This belongs to \(name.en), whose procedures are not in the catalogue MotCua serves."
               : " Việc này thuộc lĩnh vực \(name.vi); danh mục thủ tục MotCua đang phục vụ chưa có thủ tục của lĩnh vực này."
        } ?? ""
        return en
            ? "Sorry, I found no administrative procedure in the official catalogue that answers this.\(belongs) Please ask at \(counter) or call \(hotline)."
            : "Xin lỗi, tôi không tìm thấy thủ tục hành chính nào trong danh mục chính thức trả lời được câu hỏi này.\(belongs) Anh/chị vui lòng hỏi tại \(counter) hoặc gọi \(hotline)."
    }

    /// The sectors of ``AssistantLexicon/uncoveredSectors`` as the reply names them.
    static let sectorNames: [String: (vi: String, en: String)] = [
        "health": ("y tế", "health care"), "social protection": ("bảo trợ xã hội", "social protection"),
        "education": ("giáo dục và đào tạo", "education"), "culture, sports and tourism": ("văn hóa, thể thao và du lịch", "culture, sports and tourism"),
        "industry and trade": ("công thương", "industry and trade"), "intellectual property": ("sở hữu trí tuệ", "intellectual property"),
        "labour": ("lao động, việc làm", "labour and employment"), "defence": ("quốc phòng", "defence"),
        "communications": ("bưu chính, viễn thông", "post and telecommunications"),
        "people with meritorious services": ("người có công với cách mạng", "people with meritorious services to the revolution"),
    ]

    func citation(_ s: ProcedureSummary, _ p: Procedure?) -> AssistantCitation {
        AssistantCitation(code: s.code, name: s.name, url: Self.url(of: s.code), sourceUrl: p?.sourceUrl)
    }

    /// The lines about one procedure: all aspects when none was asked, else the asked ones.
    func describe(_ s: ProcedureSummary, _ p: Procedure?, aspects: [QuestionAspect], context: AskerContext, en: Bool) -> [String] {
        var lines = [en ? "Procedure: \(s.name) (code \(s.code))." : "Thủ tục: \(s.name) (mã \(s.code))."]
        var wanted = aspects.isEmpty ? [.place, .online, .time, .fee, .documents] : aspects
        // "Where?" is also "can I do it online?".
        if wanted.contains(.place) && !wanted.contains(.online) { wanted.insert(.online, at: wanted.firstIndex(of: .place)! + 1) }
        if context.officer && !wanted.contains(.authority) { wanted.insert(.authority, at: 0) }
        for aspect in wanted {
            switch aspect {
            case .authority: lines += authority(s, p, context: context, en: en)
            case .place: lines.append(place(s, p, context: context, en: en))
            case .online: lines.append(online(s, p, en: en))
            case .time: lines.append(time(s, p, en: en))
            case .deadline: lines += deadline(s, p, en: en)
            case .fee: lines.append(fee(s, p, en: en))
            case .documents: lines += documents(p, en: en)
            case .steps: lines += steps(p, en: en)
            }
        }
        return lines
    }

    static func levelName(_ l: ProcedureLevel, en: Bool) -> String { en ? l.english : l.vietnamese }

    func place(_ s: ProcedureSummary, _ p: Procedure?, context: AskerContext, en: Bool) -> String {
        let commune = context.commune
        let province = context.province
        let levelsInForce = context.levels(s)
        if levelsInForce.contains(.commune) {
            if let commune {
                return en ? "Where: the Public Administrative Service Centre of \(commune.fullNameEn) (or any commune centre in the province, which forwards it)."
                          : "Nơi nộp: Trung tâm Phục vụ hành chính công \(commune.fullName) (hoặc trung tâm của bất kỳ xã, phường nào trong tỉnh; hồ sơ được chuyển đến nơi có thẩm quyền)."
            }
            return en ? "Where: the Public Administrative Service Centre of your commune or ward (any centre in the province accepts it)."
                      : "Nơi nộp: Trung tâm Phục vụ hành chính công cấp xã nơi anh/chị cư trú (trung tâm của bất kỳ xã, phường nào trong tỉnh đều tiếp nhận)."
        }
        if levelsInForce.contains(.province) {
            let agency = p?.implementingAgency.map { en ? " The agency handling it: \($0)." : " Cơ quan thực hiện: \($0)." } ?? ""
            if let province {
                let nearby = commune.map { en ? " or \($0.fullNameEn)'s centre, which forwards it" : " hoặc trung tâm của \($0.fullName) (hồ sơ được chuyển lên tỉnh)" } ?? ""
                return (en ? "Where: the Public Administrative Service Centre of \(province.fullNameEn)\(nearby)." : "Nơi nộp: Trung tâm Phục vụ hành chính công \(province.fullName)\(nearby).") + agency
            }
            return (en ? "Where: the provincial Public Administrative Service Centre (a commune centre in the province also accepts it)."
                       : "Nơi nộp: Trung tâm Phục vụ hành chính công cấp tỉnh (trung tâm cấp xã trong tỉnh cũng tiếp nhận và chuyển lên tỉnh).") + agency
        }
        let agency = context.competence[s.code]?.change?.agency ?? p?.competentAgency ?? p?.implementingAgency
        let levels = levelsInForce.map { Self.levelName($0, en: en) }.joined(separator: ", ")
        if let agency {
            return en ? "Where: \(agency) (\(levels)); not at a commune centre." : "Nơi nộp: \(agency) (\(levels)); không nộp tại trung tâm cấp xã."
        }
        return en ? "Where: \(levels); not at a commune centre." : "Nơi nộp: \(levels); không nộp tại trung tâm cấp xã."
    }

    func online(_ s: ProcedureSummary, _ p: Procedure?, en: Bool) -> String {
        let post = p?.channel(.post) != nil
        if s.online {
            if s.fullyOnline == true {
                return en ? "Online: yes, fully online on the National Public Service Portal or the provincial portal."
                          : "Trực tuyến: có, nộp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia hoặc cổng dịch vụ công của tỉnh."
            }
            return en ? "Online: yes, on the National Public Service Portal or the provincial portal\(post ? "; also by post or at the counter" : "; also at the counter")."
                      : "Trực tuyến: có, trên Cổng Dịch vụ công quốc gia hoặc cổng dịch vụ công của tỉnh\(post ? "; cũng có thể nộp qua bưu chính hoặc trực tiếp" : "; cũng có thể nộp trực tiếp")."
        }
        return en ? "Online: not offered; submit at the counter\(post ? " or by post" : "")."
                  : "Trực tuyến: chưa có; nộp trực tiếp\(post ? " hoặc qua bưu chính" : "")."
    }

    func time(_ s: ProcedureSummary, _ p: Procedure?, en: Bool) -> String {
        if let t = s.time {
            let text = en ? Self.english(t) : t.vietnamese
            return en ? "Time: \(text) from receipt of a complete dossier." : "Thời hạn giải quyết: \(text) kể từ khi nhận đủ hồ sơ hợp lệ."
        }
        if let written = p?.channels.first?.timeText, !written.isEmpty {
            return en ? "Time: as the catalogue writes it, \"\(written)\" (ask at the counter)." : "Thời hạn giải quyết: danh mục ghi \"\(written)\" (hỏi thêm tại bộ phận một cửa)."
        }
        return en ? "Time: the catalogue does not state it; ask at the counter." : "Thời hạn giải quyết: danh mục chưa ghi rõ; hỏi thêm tại bộ phận một cửa."
    }

    /// By when the asker must act, as the catalogue's text says it ("Trong thời hạn 60 ngày kể từ ngày sinh con, cha hoặc mẹ
    /// có trách nhiệm đăng ký khai sinh cho con"); the processing time follows, and stands alone when the text says nothing.
    func deadline(_ s: ProcedureSummary, _ p: Procedure?, en: Bool) -> [String] {
        let limits = p.map(Self.askersTimeLimits) ?? []
        let said = limits.prefix(2).map { en ? "Deadline (the catalogue's words, in Vietnamese): \($0)." : "Hạn phải làm (theo danh mục): \($0)." }
        let none = en ? "Deadline: the catalogue sets none for the applicant." : "Hạn phải làm: danh mục không ghi hạn nào cho người nộp."
        return (said.isEmpty ? [none] : said) + [time(s, p, en: en)]
    }

    /// Sentences of a procedure's steps, requirements and documents that set the applicant a time limit: "Trong thời hạn N
    /// ngày/tháng kể từ … (trước ngày …), <someone> có trách nhiệm / phải …", where the someone is not an office (those are
    /// the office's own time limits) and the day counted from is not a dossier's receipt.
    static func askersTimeLimits(_ p: Procedure) -> [String] {
        let text = ([p.steps.joined(separator: "\n"), p.requirements ?? ""] + p.documents.map(\.name)).joined(separator: "\n")
        var out: [String] = []
        var rest = text[...]
        while let start = rest.range(of: "Trong thời hạn ") {
            let tail = rest[start.lowerBound...]
            let end = [tail.range(of: "\n"), tail.range(of: ". "), tail.range(of: ";")].compactMap { $0?.lowerBound }.min() ?? tail.endIndex
            let sentence = String(tail[..<end]).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "."))
            rest = tail[tail.index(after: tail.startIndex)...]
            let words = sentence.split(separator: " ")
            // ("Trong thời hạn 60 ngày": the unit is the fifth word.)
            guard words.count > 5, ["ngày", "tháng"].contains(words[4]),
                  let duty = [sentence.range(of: " có trách nhiệm "), sentence.range(of: " phải ")].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound })
            else { continue }
            let head = sentence[..<duty.lowerBound].lowercased()
            guard head.contains("kể từ") || head.contains("trước ngày"), !officeWords.contains(where: head.contains) else { continue }
            let shown = sentence.count > 300 ? String(sentence.prefix(300)) + "…" : sentence
            if !out.contains(shown) { out.append(shown) }
        }
        return out
    }
    /// Words that make a time limit the office's (its subject, or a dossier received as the day counted from).
    static let officeWords = ["ủy ban", "uỷ ban", "cơ quan", "công an", "sở tư pháp", "sở nông nghiệp", "sở xây dựng", "sở tài chính",
                              "bộ trưởng", "bộ tài chính", "bộ tư pháp", "cục ", "chi cục", "giám đốc", "thủ trưởng", "chủ tịch", "công chức",
                              "người giải quyết", "người có thẩm quyền", "phòng ", "văn phòng", "trung tâm", "tòa án", "ngân hàng",
                              "ubck", "kho bạc", "hồ sơ", "nhận được", "tiếp nhận", "nhận đủ", "bảo hiểm xã hội", "hội đồng", "đăng kiểm",
                              "chủ đầu tư", "tổ chức phát hành", "doanh nghiệp bảo hiểm", "tổ chức tín dụng"]

    static func english(_ t: ProcessingTime) -> String {
        switch t {
        case .workingDays(let n): return n == 1 ? "1 working day" : "\(n) working days"
        case .workingHours(let n): return n == 1 ? "1 working hour" : "\(n) working hours"
        case .calendarDays(let n): return n == 1 ? "1 day" : "\(n) days"
        case .months(let n): return n == 1 ? "1 month" : "\(n) months"
        case .sameDay: return "the same day"
        }
    }

    /// 8000 → "8.000" (Vietnamese) or "8,000" (English).
    public static func amount(_ n: Int, separator: Character) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(separator) }
            out.append(d)
        }
        return out
    }

    func fee(_ s: ProcedureSummary, _ p: Procedure?, en: Bool) -> String {
        // (The catalogue's notes are Vietnamese: an English answer says so rather than mixing them silently into its line.)
        // (Its own last full stop dropped: the line ends with one.)
        let note = s.feeNote.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
            .map { en ? " (the catalogue's note, in Vietnamese: \($0))" : " (\($0))" } ?? ""
        switch s.fee ?? .unknown {
        // A zero beside a note that leaves the amount to a council or a province is no "free": the amount is set there.
        case .free where s.feeNote.map(Self.leavesAmountToLocality) ?? false:
            return en ? "Fee: set by the province\(note)." : "Phí, lệ phí: theo mức do địa phương quyết định\(note)."
        case .free: return en ? "Fee: none\(note)." : "Phí, lệ phí: miễn phí\(note)."
        case .vnd(let v): return en ? "Fee: \(Self.amount(v, separator: ",")) VND\(note)." : "Phí, lệ phí: \(Self.amount(v, separator: ".")) đồng\(note)."
        case .foreign(let a, let c): return en ? "Fee: \(a) \(c)." : "Phí, lệ phí: \(a) \(c)."
        case .rule(let text): return en ? "Fee, as the catalogue states it in Vietnamese: \(text)" : "Phí, lệ phí: \(text)"
        case .unknown: return en ? "Fee: the catalogue does not state one; ask at the counter." : "Phí, lệ phí: danh mục chưa ghi; hỏi thêm tại bộ phận một cửa."
        }
    }

    /// Whether a fee note says the amount is decided elsewhere ("Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh … quyết định").
    static func leavesAmountToLocality(_ note: String) -> Bool {
        let folded = VietnameseText.fold(note)
        return folded.contains("hoi dong nhan dan") || folded.contains("muc") && folded.contains("quyet dinh")
    }

    func documents(_ p: Procedure?, en: Bool) -> [String] {
        guard let p, !p.documents.isEmpty else {
            return [en ? "Documents: see the procedure's page." : "Thành phần hồ sơ: xem trang của thủ tục."]
        }
        // The crawl mixes notes into the list: documents with a count of copies come first, and each name once.
        var seen = Set<String>()
        let unique = p.documents.filter { seen.insert(VietnameseText.fold($0.name)).inserted }
        let listed = unique.filter { $0.originals + $0.copies > 0 } + unique.filter { $0.originals + $0.copies == 0 }
        var lines = [en ? "Documents:" : "Thành phần hồ sơ:"]
        for d in listed.prefix(documentLimit) {
            var counts: [String] = []
            if d.originals > 0 { counts.append(en ? "\(d.originals) original" : "\(d.originals) bản chính") }
            if d.copies > 0 { counts.append(en ? "\(d.copies) copy" : "\(d.copies) bản sao") }
            let name = Self.clipped(d.name, 220)
            lines.append("- \(name)\(counts.isEmpty ? "" : " (\(counts.joined(separator: ", ")))")")
        }
        if listed.count > documentLimit {
            lines.append(en ? "- … and \(listed.count - documentLimit) more on the procedure's page." : "- … và \(listed.count - documentLimit) mục khác, xem trang của thủ tục.")
        }
        return lines
    }

    func steps(_ p: Procedure?, en: Bool) -> [String] {
        guard let p, !p.steps.isEmpty else { return [en ? "Steps: see the procedure's page." : "Trình tự: xem trang của thủ tục."] }
        return [en ? "Steps:" : "Trình tự thực hiện:"] + p.steps.prefix(4).enumerated().map { "\($0.offset + 1). \(Self.clipped($0.element, 240))" }
    }

    /// Officers' mode: the level, the competent and implementing agencies, the asker's unit, the publishing decision.
    func authority(_ s: ProcedureSummary, _ p: Procedure?, context: AskerContext, en: Bool) -> [String] {
        let competence = context.competence[s.code]
        let inForce = competence?.levels ?? s.levels
        let levels = inForce.map { Self.levelName($0, en: en) }.joined(separator: ", ")
        let day = context.asOf.map { en ? " on \($0)" : " ngày \($0.vietnamese)" } ?? ""
        var lines: [String] = []
        if let a = context.abolished[s.code] {
            lines.append(en ? "Abolished from \(a.effective) by \(a.decision): no dossier is received\(day)."
                            : "Đã bãi bỏ từ ngày \(a.effective.vietnamese) theo \(a.decision): không tiếp nhận hồ sơ\(day).")
        } else if let c = competence?.notYetInForce {
            lines.append(en ? "Not yet applied\(day): it applies from \(c.effective) by \(c.decision)."
                            : "Chưa áp dụng\(day): thủ tục áp dụng từ ngày \(c.effective.vietnamese) theo \(c.decision).")
        } else if context.officer, let commune = context.commune {
            // "Is this task ours?" for the officer's commune, on the day asked about.
            if inForce.contains(.commune) {
                lines.append(en ? "Yes\(day): the People's Committee of \(commune.fullNameEn) decides (commune level); its centre receives."
                                : "Có\(day): thuộc thẩm quyền của UBND \(commune.fullName) (cấp xã); trung tâm của xã tiếp nhận.")
            } else if inForce.contains(.province) {
                lines.append(en ? "No\(day): the province decides; your centre receives and forwards it."
                                : "Không\(day): thuộc thẩm quyền cấp tỉnh; trung tâm của xã tiếp nhận và chuyển lên tỉnh.")
            } else {
                lines.append(en ? "No\(day): a central agency (or one outside the local hierarchy) handles it; not received at a commune centre."
                                : "Không\(day): do cơ quan trung ương (hoặc cơ quan khác) giải quyết; không tiếp nhận tại trung tâm cấp xã.")
            }
        }
        lines.append(en ? "Level\(day): \(levels)." : "Cấp thực hiện\(day): \(levels).")
        if let c = competence?.change { lines.append(en ? c.english : c.vietnamese) }
        if let c = competence?.upcoming, c.kind == .assign { lines.append(en ? "Decided: " + c.english : "Đã quyết định: " + c.vietnamese) }
        if let a = competence?.agency ?? p?.competentAgency { lines.append(en ? "Competent authority: \(a)." : "Cơ quan có thẩm quyền quyết định: \(a).") }
        if let a = p?.implementingAgency { lines.append(en ? "Implementing agency: \(a)." : "Cơ quan thực hiện: \(a).") }
        if !context.officer || context.commune == nil {
            if inForce.contains(.commune), let commune = context.commune {
                lines.append(en ? "For \(commune.fullNameEn): the commune's own People's Committee decides; its centre receives."
                                : "Với \(commune.fullName): thuộc thẩm quyền của UBND \(commune.fullName); trung tâm của xã tiếp nhận.")
            } else if inForce.contains(.province), let province = context.province {
                lines.append(en ? "For your commune: the province (\(province.fullNameEn)) decides; a commune centre may receive and forward."
                                : "Với xã của anh/chị: thuộc thẩm quyền cấp tỉnh (\(province.fullName)); trung tâm cấp xã có thể tiếp nhận và chuyển lên.")
            }
        }
        if competence?.change == nil, VietnameseText.fold(s.name).contains("cap huyen") {
            lines.append(en ? "The catalogue still names the district level, which was abolished on 1 July 2025; its tasks passed to the communes (check the decentralisation decision)."
                            : "Danh mục còn ghi cấp huyện; từ 01/7/2025 không còn cấp huyện, nhiệm vụ chuyển về cấp xã (đối chiếu quyết định phân cấp).")
        }
        if let d = p?.decision, !d.isEmpty { lines.append(en ? "Published by decision \(d)." : "Công bố tại quyết định \(d).") }
        return lines
    }

    static func clipped(_ text: String, _ limit: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit)) + "…"
    }
}
