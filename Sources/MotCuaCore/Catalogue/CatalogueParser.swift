import Foundation

/// Turns the raw crawl into clean ``Procedure`` values, flagging what it cannot read reliably.
public enum CatalogueParser {
    static let missing = "Không có thông tin"

    /// The outcome of parsing a catalogue file.
    public struct Result: Sendable {
        public var procedures: [Procedure] = []
        /// The source line of each procedure, as it was.
        public var rawLines: [String] = []
        public var errors: [CatalogueLineError] = []

        /// How many procedures carry each review flag.
        public var flagCounts: [ReviewFlag: Int] {
            var counts: [ReviewFlag: Int] = [:]
            for p in procedures { for f in p.flags { counts[f, default: 0] += 1 } }
            return counts
        }
    }

    /// Parses a whole JSON-lines file. Bad lines are reported with their number; the others are kept.
    public static func parse(jsonLines data: Data) -> Result {
        var result = Result()
        var procedures: [Procedure] = []
        var rawLines: [String] = []
        var errors: [CatalogueLineError] = []
        var seen = Set<String>()
        let decoder = JSONDecoder()
        var lineNumber = 0
        let bytes = [UInt8](data)
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let line = bytes[lineStart..<lineEnd]
            lineStart = lineEnd + 1
            lineNumber += 1
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            do {
                let raw = try decoder.decode(RawProcedure.self, from: Data(line))
                let p = try parse(raw)
                guard seen.insert(p.code).inserted else {
                    errors.append(CatalogueLineError(line: lineNumber, message: "duplicate procedure code \(p.code)"))
                    continue
                }
                procedures.append(p)
                rawLines.append(String(decoding: line, as: UTF8.self))
            } catch let e as CatalogueLineError {
                errors.append(CatalogueLineError(line: lineNumber, message: e.message))
            } catch let DecodingError.keyNotFound(key, _) {
                errors.append(CatalogueLineError(line: lineNumber, message: "missing field \"\(key.stringValue)\""))
            } catch let DecodingError.typeMismatch(_, ctx) {
                let path = ctx.codingPath.map(\.stringValue).joined(separator: ".")
                errors.append(CatalogueLineError(line: lineNumber, message: "wrong type at \"\(path)\""))
            } catch {
                errors.append(CatalogueLineError(line: lineNumber, message: "not a valid JSON object"))
            }
        }
        result.procedures = procedures
        result.rawLines = rawLines
        result.errors = errors
        return result
    }

    public static func parse(_ raw: RawProcedure) throws -> Procedure {
        let code = raw.code.trimmingCharacters(in: .whitespaces)
        guard !code.isEmpty else { throw CatalogueLineError(line: 0, message: "empty procedure code") }
        let name = clean(raw.name)
        guard !name.isEmpty else { throw CatalogueLineError(line: 0, message: "procedure \(code) has no name") }

        var flags = Set<ReviewFlag>()
        let levels = raw.levels.compactMap(level)
        let steps = clean(raw.steps ?? "")
        var channels: [ProcedureChannel] = []
        for rc in raw.channels {
            guard let kind = channelKind(rc.channel) else { continue }
            let (channel, channelFlags) = parseChannel(rc, kind: kind, steps: steps)
            channels.append(channel)
            flags.formUnion(channelFlags)
        }
        if channels.isEmpty { flags.insert(.noChannels) }

        let (documents, docsParsed) = parseDocuments(clean(raw.documents ?? ""))
        if !docsParsed { flags.insert(.documentsUnparsed) }

        let implementing = optional(raw.implementingAgency)
        let competent = optional(raw.competentAgency)
        if levels.contains(.commune), isRegionalBranch(field: raw.field, agencies: [implementing, competent], ministry: raw.ministry) {
            flags.insert(.communeLevelDoubtful)
        }
        let (resultName, resultCode) = parseResult(clean(raw.result ?? ""))
        let fullText = ByteText(VietnameseText.fold(steps + " " + raw.channels.map(\.feeAndNote).joined(separator: " ")))
        var fullyOnline: Bool? = nil
        if channels.allSatisfy({ $0.channel != .online }) {
            fullyOnline = false
        } else if fullText.find("toan trinh") != nil {
            fullyOnline = true
        } else if fullText.find("dich vu cong truc tuyen mot phan") != nil {
            fullyOnline = false
        }

        return Procedure(
            code: code, name: name, decision: clean(raw.decision ?? ""), levels: levels,
            procedureType: clean(raw.procedureType ?? ""), field: clean(raw.field ?? ""),
            subjects: (raw.subjects ?? "").split(separator: ",").map { clean(String($0)) }.filter { !$0.isEmpty },
            competentAgency: competent, implementingAgency: implementing, ministry: raw.ministry ?? "",
            channels: channels, documents: documents, steps: splitSteps(steps),
            requirements: optional(raw.requirements), legalBasis: parseLegalBasis(clean(raw.legalBasis ?? "")),
            result: resultName, resultCode: resultCode, sourceUrl: raw.sourceUrl ?? "",
            fullyOnline: fullyOnline, flags: ReviewFlag.allCases.filter(flags.contains))
    }

    // MARK: - Fields

    static func clean(_ s: String) -> String {
        VietnameseText.composed(s).trimmed
    }

    static func optional(_ s: String?) -> String? {
        guard let s else { return nil }
        let c = clean(s)
        return c.isEmpty || c == missing ? nil : c
    }

    static func level(_ s: String) -> ProcedureLevel? {
        switch VietnameseText.fold(s) {
        case "cap bo": return .central
        case "cap tinh": return .province
        case "cap xa": return .commune
        case "co quan khac": return .other
        default: return nil
        }
    }

    static func channelKind(_ s: String) -> Channel? {
        switch VietnameseText.fold(s) {
        case "truc tuyen": return .online
        case "dich vu buu chinh": return .post
        case "truc tiep": return .counter
        default: return nil
        }
    }

    /// The portal tags customs and tax offices "Cấp xã" when they are regional branches of a ministry.
    static func isRegionalBranch(field: String?, agencies: [String?], ministry: String?) -> Bool {
        let f = VietnameseText.fold(field ?? "")
        if ["hai quan", "thue", "kho bac nha nuoc", "bao hiem xa hoi"].contains(where: { f.hasPrefix($0) }) { return true }
        for a in agencies.compactMap({ $0 }).map(VietnameseText.fold) {
            if a.contains("chi cuc hai quan") || a.contains("thue co so") || a.contains("chi cuc thue") || a.contains("kho bac") {
                return true
            }
        }
        return false
    }

    // MARK: - Channels: time and fee

    static func parseChannel(_ rc: RawProcedure.RawChannel, kind: Channel, steps: String) -> (ProcedureChannel, Set<ReviewFlag>) {
        var flags = Set<ReviewFlag>()
        let (fee, feeNote, note, feeFlags, mergedWithTime) = parseFee(clean(rc.feeAndNote))
        flags.formUnion(feeFlags)
        var time: ProcessingTime? = nil
        var timeText = ""
        if let amount = rc.timeAmount {
            let n = Int(amount)
            timeText = (amount == amount.rounded() ? "\(n)" : "\(amount)") + " " + (rc.timeUnit ?? "?")
            if mergedWithTime {
                flags.insert(.timeAndFeeMerged)
            } else if n == 0 {
                flags.insert(.timeNotPrescribed)
            } else if let unit = rc.timeUnit {
                time = processingTime(amount: n, unit: unit)
                if time == nil { flags.insert(.timeUnitMissing) }
            } else if let inferred = inferTime(amount: n, texts: [note ?? "", feeNote ?? "", steps]) {
                time = inferred
                flags.insert(.timeUnitInferred)
            } else {
                flags.insert(.timeUnitMissing)
            }
        } else {
            flags.insert(.timeMissing)
        }
        return (ProcedureChannel(channel: kind, time: time, timeText: timeText, fee: fee, feeNote: feeNote, note: note), flags)
    }

    static func processingTime(amount n: Int, unit: String) -> ProcessingTime? {
        switch VietnameseText.fold(unit) {
        case "ngay lam viec": return .workingDays(n)
        case "ngay": return .calendarDays(n)
        case "gio", "gio lam viec": return .workingHours(n)
        case "thang": return .months(n)
        default: return nil
        }
    }

    /// A time whose unit was lost: take the unit from a note that states the same number
    /// ("05 ngày làm việc"), or same-day when the text gives the 15:00 rule for one day.
    static func inferTime(amount n: Int, texts: [String]) -> ProcessingTime? {
        let folded = texts.map(VietnameseText.fold).joined(separator: " ")
        let words = VietnameseText.words(folded)
        for i in words.indices.dropLast() where Int(words[i]) == n {
            let next = words[(i + 1)...].prefix(3).joined(separator: " ")
            if next.hasPrefix("ngay lam viec") { return .workingDays(n) }
            if next.hasPrefix("gio lam viec") || next.hasPrefix("gio ") { return .workingHours(n) }
            if next.hasPrefix("thang") { return .months(n) }
            if next.hasPrefix("ngay") { return .calendarDays(n) }
        }
        if n == 1, folded.contains("sau 15 gio") || folded.contains("ngay trong ngay") {
            return .sameDay
        }
        return nil
    }

    /// Splits the flattened "fee and note" cell: `Miễn phí`, `800,000 Việt Nam Đồng(explanation)note…`,
    /// `Không có thông tin…`. Returns the fee, its bracketed explanation, the rest, flags, and whether the cell
    /// starts with a bare currency (the time amount swallowed the fee's digits).
    static func parseFee(_ text: String) -> (Fee, String?, String?, Set<ReviewFlag>, Bool) {
        var rest = Substring(text)
        var flags = Set<ReviewFlag>()
        var fee: Fee? = nil
        while rest.hasPrefix(missing) { rest = rest.dropFirst(missing.count) }
        if rest.hasPrefix("VNĐ") || rest.hasPrefix("VND") {
            return (.unknown, nil, optionalText(rest), [.feeUnparsed], true)
        }
        if rest.hasPrefix("Miễn phí") {
            fee = .free
            rest = rest.dropFirst("Miễn phí".count)
        } else if let (amountText, currency, after) = leadingAmount(rest) {
            if currency == "USD" || currency == "EUR" {
                fee = .foreign(amount: Double(amountText.replacingOccurrences(of: ",", with: "")) ?? 0, currency: currency)
                flags.insert(.feeForeignCurrency)
            } else if let v = Int(amountText.filter(\.isNumber)) {
                fee = .vnd(v)
            }
            rest = after
        } else if rest.isEmpty {
            return (.unknown, nil, nil, [], false)
        }
        var feeNote: String? = nil
        if fee != nil, rest.first == "(" {
            var depth = 0
            var end = rest.startIndex
            for i in rest.indices {
                if rest[i] == "(" { depth += 1 } else if rest[i] == ")" { depth -= 1; if depth == 0 { end = i; break } }
                end = rest.index(after: i)
            }
            feeNote = optionalText(rest[rest.index(after: rest.startIndex)..<min(end, rest.endIndex)])
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[rest.endIndex...]
        }
        while rest.hasPrefix(missing) { rest = rest.dropFirst(missing.count) }
        if fee == nil {
            // No amount at the start: the cell holds only a note; the fee is unknown unless the note is a rule.
            let folded = VietnameseText.fold(String(rest))
            if folded.hasPrefix("mien phi") || folded.contains("khong quy dinh phi") || folded.contains("khong thu phi") {
                fee = .free
            } else if folded.contains("phi") || folded.contains("dong") {
                fee = .rule(String(rest))
                flags.insert(.feeUnparsed)
            } else {
                fee = .unknown
            }
        }
        return (fee!, feeNote, optionalText(rest), flags, false)
    }

    /// `800,000 Việt Nam Đồng…` → ("800,000", "VND", rest).
    static func leadingAmount(_ text: Substring) -> (String, String, Substring)? {
        let end = text.firstIndex(where: { !($0.isASCII && ($0.isNumber || $0 == "," || $0 == ".")) }) ?? text.endIndex
        guard end > text.startIndex, text.first!.isNumber else { return nil }
        var rest = text[end...]
        if rest.first == " " { rest = rest.dropFirst() }
        for (word, currency) in [("Việt Nam Đồng", "VND"), ("VNĐ", "VND"), ("VND", "VND"), ("đồng", "VND"), ("USD", "USD"), ("EUR", "EUR")]
        where rest.hasPrefix(word) {
            return (String(text[..<end]), currency, rest.dropFirst(word.count))
        }
        return nil
    }

    static func optionalText(_ s: some StringProtocol) -> String? {
        let t = s.trimmed
        return t.isEmpty || t == missing ? nil : t
    }

    // MARK: - Documents

    static let tableHeader = "Tên giấy tờMẫu đơn, tờ khaiSố lượng"

    /// Splits the flattened document table. Each row ends with its count: "1 bản chính", "0 bản chính,1 bản sao".
    static func parseDocuments(_ text: String) -> ([RequiredDocument], Bool) {
        if text.isEmpty || text == missing { return ([], true) }
        let bytes = ByteText(text)
        let header = Array(tableHeader.utf8)
        var sections: [Range<Int>] = []
        var from = 0
        while let at = bytes.find(header, from: from) {
            sections.append(from..<at)
            from = at + header.count
        }
        sections.append(from..<bytes.count)
        var documents: [RequiredDocument] = []
        var group: String? = nil
        var parsedAny = false
        for (index, section) in sections.enumerated() {
            let (rows, tail) = splitRows(bytes, section)
            for row in rows {
                parsedAny = true
                let (name, form) = splitForm(row.text)
                guard !name.isEmpty else { continue }
                documents.append(RequiredDocument(name: name, form: form, originals: row.originals, copies: row.copies, group: group))
            }
            let tailText = bytes.string(tail)
            if index < sections.count - 1 {
                // Text after the last row of a section heads the next table ("* Giấy tờ phải xuất trình:").
                group = heading(tailText)
            } else if let leftover = optionalText(tailText), leftover != "--" {
                documents.append(RequiredDocument(name: leftover, form: nil, originals: 0, copies: 0, group: group))
            }
        }
        return (documents, parsedAny)
    }

    private static func heading(_ text: String) -> String? {
        var t = Substring(text.trimmed)
        while let f = t.first, "-*+ ".contains(f) { t = t.dropFirst() }
        while t.hasSuffix(":") { t = t.dropLast() }
        return t.isEmpty ? nil : String(t)
    }

    private struct Row { let text: String; let originals: Int; let copies: Int }

    private static let original = Array(" bản chính".utf8)
    private static let copy = Array(" bản sao".utf8)

    /// Rows end with their count: "1 bản chính", "0 bản chính,1 bản sao".
    private static func splitRows(_ bytes: ByteText, _ range: Range<Int>) -> ([Row], Range<Int>) {
        var rows: [Row] = []
        var start = range.lowerBound
        var i = start
        while i < range.upperBound {
            guard let (countStart, countEnd, originals, copies) = count(bytes, at: i, limit: range.upperBound) else { i += 1; continue }
            var end = countEnd
            var o = originals, c = copies
            // ",1 bản sao" continuing the same row
            if end < range.upperBound, bytes.bytes[end] == UInt8(ascii: ","),
               let (_, end2, o2, c2) = count(bytes, at: end + 1, limit: range.upperBound) {
                end = end2; o += o2; c += c2
            }
            rows.append(Row(text: clean(bytes.string(start..<countStart)), originals: o, copies: c))
            start = end
            i = end
        }
        return (rows, start..<range.upperBound)
    }

    /// A count "N bản chính|sao" whose digits start exactly at `i`.
    private static func count(_ bytes: ByteText, at i: Int, limit: Int) -> (Int, Int, Int, Int)? {
        guard bytes.isDigit(i), !bytes.isDigit(i - 1) || i == 0 else { return nil }
        var j = i
        while j < limit && bytes.isDigit(j) && j - i < 3 { j += 1 }
        guard j > i, let n = Int(bytes.string(i..<j)) else { return nil }
        for (word, isOriginal) in [(original, true), (copy, false)]
        where j + word.count <= limit && bytes.bytes[j..<(j + word.count)].elementsEqual(word) {
            return (i, j + word.count, isOriginal ? n : 0, isOriginal ? 0 : n)
        }
        return nil
    }

    /// A row may end with the file name of its form template: "…Mẫu số 05.docx".
    private static func splitForm(_ text: String) -> (String, String?) {
        let lower = String(text.suffix(5)).lowercased()
        guard let ext = [".docx", ".doc", ".xlsx", ".xls", ".pdf", ".rar", ".zip"].first(where: { lower.hasSuffix($0) }) else {
            return (stripBullet(text), nil)
        }
        let beforeExt = text.dropLast(ext.count)
        var formStart = beforeExt.startIndex
        if let sep = beforeExt.lastIndex(where: { ".;:)".contains($0) }) {
            formStart = beforeExt.index(after: sep)
        }
        // Form names usually start with "Mẫu", "Tờ khai" or "Phụ lục", often glued to the name: "…theo mẫuMẫu số 01.docx".
        for word in ["Mẫu", "Tờ khai", "Phụ lục"] {
            if let r = beforeExt.range(of: word, options: .backwards), r.lowerBound > formStart { formStart = r.lowerBound }
        }
        if beforeExt.distance(from: formStart, to: beforeExt.endIndex) > 80 {
            formStart = beforeExt.index(beforeExt.endIndex, offsetBy: -80)
        }
        let form = clean(String(text[formStart...]))
        let name = stripBullet(clean(String(text[..<formStart])))
        return (name.isEmpty ? form : name, form)
    }

    private static func stripBullet(_ text: String) -> String {
        var t = Substring(text)
        while let f = t.first, "-+*•".contains(f) || f.isWhitespace { t = t.dropFirst() }
        return String(t)
    }

    // MARK: - Steps, legal basis, result

    static func splitSteps(_ text: String) -> [String] {
        if text.isEmpty || text == missing { return [] }
        let bytes = ByteText(text)
        let marker = Array("Bước ".utf8)
        var cuts: [Int] = []
        var from = 0
        while let at = bytes.find(marker, from: from) {
            if bytes.isDigit(at + marker.count) { cuts.append(at) }
            from = at + marker.count
        }
        if cuts.count > 1 {
            if cuts[0] > 0 { cuts.insert(0, at: 0) }
            return zip(cuts, cuts.dropFirst() + [bytes.count]).map { clean(bytes.string($0..<$1)) }.filter { !$0.isEmpty }
        }
        return text.utf8.split(separator: 0x0A).map { clean(String(decoding: $0, as: UTF8.self)) }.filter { !$0.isEmpty }
    }

    /// The flattened table "Tên văn bản pháp lýMã văn bản" + (title, number)*; numbers look like
    /// `123/2015/NĐ-CP`, `02/2011/QH13`, `68/2013/TT-BCA`.
    static func parseLegalBasis(_ text: String) -> [LegalDocument] {
        let bytes = ByteText(text)
        var i = 0
        if let h = bytes.find("Tên văn bản pháp lýMã văn bản") { i = h + Array("Tên văn bản pháp lýMã văn bản".utf8).count }
        var result: [LegalDocument] = []
        var titleStart = i
        while i < bytes.count {
            guard let (numberStart, end) = legalNumber(bytes, slashAt: i) else { i += 1; continue }
            let start = max(numberStart, titleStart)
            // A number followed by a space is quoted inside a title ("Nghị định số 123/2015/NĐ-CP ngày …").
            if end < bytes.count, bytes.bytes[end] == 0x20 || bytes.bytes[end] == UInt8(ascii: ",") { i = end; continue }
            let title = clean(bytes.string(titleStart..<start))
            let number = bytes.string(start..<end)
            if title.isEmpty, let last = result.last, last.number == number, !last.title.hasSuffix(number) {
                // "Nghị định 05/2012/NĐ-CP" in the title cell, then the number cell.
                result[result.count - 1].title += " " + number
            } else if !(title.isEmpty && result.last?.number == number) {
                result.append(LegalDocument(title: title.isEmpty ? number : title, number: number))
            }
            titleStart = end
            i = end
        }
        return result
    }

    /// A document number whose first slash is at `slash`: up to 4 digits, "/", a 4-digit year, "/", an
    /// issuer suffix of capitals, digits and hyphens. A capital followed by a lower-case letter starts the
    /// next title; digits followed by "/" start the next number.
    private static func legalNumber(_ bytes: ByteText, slashAt slash: Int) -> (Int, Int)? {
        let b = bytes.bytes
        guard b[slash] == UInt8(ascii: "/"), bytes.isDigit(slash - 1), slash + 6 < b.count,
              (1...4).allSatisfy({ bytes.isDigit(slash + $0) }), b[slash + 5] == UInt8(ascii: "/") else { return nil }
        var start = slash
        while start > 0 && bytes.isDigit(start - 1) && slash - start < 4 { start -= 1 }
        var end = slash + 6
        var lastLetterStart = end
        while end < b.count {
            if b[end] >= 0x41 && b[end] <= 0x5A || bytes.isDigit(end) || b[end] == UInt8(ascii: "-") {
                lastLetterStart = end; end += 1
            } else if end + 1 < b.count && b[end] == 0xC4 && b[end + 1] == 0x90 { // Đ
                lastLetterStart = end; end += 2
            } else {
                break
            }
        }
        guard end > slash + 6 else { return nil }
        if end < b.count, b[end] == UInt8(ascii: "/") {
            let digitsEnd = end
            while end > slash + 6 && bytes.isDigit(end - 1) { end -= 1 }
            // "…/QH1360/2014/QH13": a legislature number has two digits, the rest start the next number.
            if end >= slash + 8, b[end - 2] == UInt8(ascii: "Q"), b[end - 1] == UInt8(ascii: "H"), digitsEnd - end > 2 {
                end += 2
            }
        } else if end < b.count, b[end] >= 0x61 && b[end] <= 0x7A || b[end] >= 0xC3 {
            end = lastLetterStart
        }
        return end > slash + 6 ? (start, end) : nil
    }

    static func parseResult(_ text: String) -> (String?, String?) {
        guard !text.isEmpty, text != missing else { return (nil, nil) }
        let bytes = ByteText(text)
        var end = bytes.find("Chọn cơ quan thực hiện") ?? bytes.count
        var code: String? = nil
        if let m = bytes.find("Mã: "), m < end {
            let codeStart = m + Array("Mã: ".utf8).count
            let codeEnd = bytes.find("Từ khóa", from: codeStart).map { min($0, end) } ?? end
            code = optionalText(bytes.string(codeStart..<codeEnd))
            end = m
        } else if let k = bytes.find("Từ khóa"), k < end {
            end = k
        }
        return (optionalText(bytes.string(0..<end)), code)
    }
}
