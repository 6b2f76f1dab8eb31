import Foundation
import Testing
@testable import MotCuaCore

private func raw(code: String = "9.000001", name: String = "Thủ tục thử", levels: [String] = ["Cấp xã"],
                 channels: [RawProcedure.RawChannel] = [], documents: String = "", steps: String = "",
                 field: String = "Hộ tịch", agency: String = "Ủy ban nhân dân cấp xã") -> RawProcedure {
    RawProcedure(code: code, name: name, decision: "1/QĐ", levels: levels, procedureType: "", field: field, subjects: "Công dân Việt Nam, Tổ chức",
                 competentAgency: agency, implementingAgency: "Không có thông tin", ministry: "bo-tu-phap", channels: channels,
                 steps: steps, documents: documents, requirements: "Không có thông tin",
                 legalBasis: "Tên văn bản pháp lýMã văn bảnLuật Hộ tịch60/2014/QH13Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ123/2015/NĐ-CPThông tư hướng dẫn04/2020/TT-BTP",
                 result: "Giấy khai sinhMã: KQ.G15.000031Từ khóaKhông có thông tinMô tảKhông có thông tin", sourceUrl: "https://example.invalid/x")
}

private func channel(_ kind: String, _ amount: Double?, _ unit: String?, _ fee: String) -> RawProcedure.RawChannel {
    RawProcedure.RawChannel(channel: kind, timeAmount: amount, timeUnit: unit, feeAndNote: fee)
}

private func channel(_ amount: Double?, _ unit: String?, _ fee: String) -> RawProcedure.RawChannel {
    channel("Trực tiếp", amount, unit, fee)
}

@Suite("Catalogue parsing")
struct CatalogueParserTests {
    @Test("Time units, including units lost by the crawl and inferred from the note")
    func times() throws {
        let p = try CatalogueParser.parse(raw(channels: [
            channel("Trực tiếp", 5, "Ngày làm việc", "Miễn phí"),
            channel("Trực tuyến", 3, nil, "Không có thông tinTrong thời hạn 03 ngày làm việc kể từ khi nhận đủ hồ sơ"),
            channel("Dịch vụ bưu chính", 8, "Giờ", "Miễn phí"),
        ]))
        #expect(p.channel(.counter)?.time == .workingDays(5))
        #expect(p.channel(.online)?.time == .workingDays(3))
        #expect(p.channel(.post)?.time == .workingHours(8))
        #expect(p.flags == [.timeUnitInferred])
    }

    @Test("The 15:00 rule in the steps makes a one-day procedure same-day")
    func sameDay() throws {
        let p = try CatalogueParser.parse(raw(channels: [channel(1, nil, "Miễn phí")],
                                              steps: "Trường hợp tiếp nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo."))
        #expect(p.channel(.counter)?.time == .sameDay)
    }

    @Test("A unit that cannot be inferred is flagged, and so are merged time and fee cells")
    func flags() throws {
        let p = try CatalogueParser.parse(raw(channels: [channel(4, nil, "Miễn phí"), channel("Trực tuyến", 1100, nil, "VNĐ(Phí 100.000 đồng/lần)"),
                                                         channel("Dịch vụ bưu chính", nil, nil, ": nộp hồ sơ qua bưu chính")]))
        #expect(p.channel(.counter)?.time == nil)
        #expect(Set(p.flags) == [.timeUnitMissing, .timeAndFeeMerged, .feeUnparsed, .timeMissing])
    }

    @Test("Fees: free, an amount, a foreign currency, unknown")
    func fees() throws {
        let p = try CatalogueParser.parse(raw(channels: [
            channel("Trực tiếp", 5, "Ngày", "800,000 Việt Nam Đồng(Lệ phí cấp lần đầu)Trong 05 ngày"),
            channel("Trực tuyến", 5, "Ngày", "10 USD(10USD/giấy)"),
            channel("Dịch vụ bưu chính", 5, "Ngày", "Không có thông tin"),
        ]))
        #expect(p.channel(.counter)?.fee == .vnd(800_000))
        #expect(p.channel(.counter)?.feeNote == "Lệ phí cấp lần đầu")
        #expect(p.channel(.counter)?.note == "Trong 05 ngày")
        #expect(p.channel(.online)?.fee == .foreign(amount: 10, currency: "USD"))
        #expect(p.channel(.post)?.fee == .unknown)
        #expect(p.channel(.counter)?.time == .calendarDays(5))
    }

    @Test("The flattened document table is split into documents with counts and forms")
    func documents() throws {
        let text = "--Tên giấy tờMẫu đơn, tờ khaiSố lượngTờ khai đăng ký khai sinh theo mẫuMẫu số 01.docx1 bản chính- Giấy chứng sinh0 bản chính,1 bản sao"
            + "* Giấy tờ phải xuất trình:Tên giấy tờMẫu đơn, tờ khaiSố lượngCăn cước1 bản chính"
        let p = try CatalogueParser.parse(raw(channels: [channel(1, "Ngày làm việc", "Miễn phí")], documents: text))
        #expect(p.documents.count == 3)
        #expect(p.documents[0].name == "Tờ khai đăng ký khai sinh theo mẫu")
        #expect(p.documents[0].form == "Mẫu số 01.docx")
        #expect(p.documents[1].name == "Giấy chứng sinh" && p.documents[1].originals == 0 && p.documents[1].copies == 1)
        #expect(p.documents[2].name == "Căn cước" && p.documents[2].group == "Giấy tờ phải xuất trình")
        #expect(!p.flags.contains(.documentsUnparsed))
    }

    @Test("Legal basis, result and levels")
    func otherFields() throws {
        let p = try CatalogueParser.parse(raw(levels: ["Cấp tỉnh", "Cấp xã"], channels: [channel(1, "Ngày làm việc", "Miễn phí")]))
        #expect(p.legalBasis.map(\.number) == ["60/2014/QH13", "123/2015/NĐ-CP", "04/2020/TT-BTP"])
        #expect(p.result == "Giấy khai sinh" && p.resultCode == "KQ.G15.000031")
        #expect(p.levels == [.province, .commune])
        #expect(p.subjects == ["Công dân Việt Nam", "Tổ chức"])
        #expect(p.requirements == nil)
    }

    @Test("Customs and tax offices tagged commune level are flagged")
    func regionalBranch() throws {
        let p = try CatalogueParser.parse(raw(channels: [channel(1, "Ngày làm việc", "Miễn phí")], field: "Hải quan", agency: "Chi cục Hải quan"))
        #expect(p.flags.contains(.communeLevelDoubtful))
    }

    @Test("Bad lines are reported with their line number; the others are kept")
    func badLines() throws {
        let good = String(decoding: try JSONEncoder().encode(raw(channels: [channel(1, "Ngày làm việc", "Miễn phí")])), as: UTF8.self)
        let good2 = good.replacingOccurrences(of: "9.000001", with: "9.000002")
        let text = [good, "{not json", "", "{\"code\": \"9.1\"}", good2, good].joined(separator: "\n")
        let result = CatalogueParser.parse(jsonLines: Data(text.utf8))
        #expect(result.procedures.map(\.code) == ["9.000001", "9.000002"])
        #expect(result.errors.map(\.line) == [2, 4, 6])
        #expect(result.errors[1].message.contains("missing field"))
        #expect(result.errors[2].message.contains("duplicate"))
        #expect(result.rawLines.count == 2)
    }
}

@Suite("Search ranking")
struct SearchTests {
    static let docs = [
        SearchDocument(id: "a", title: "Thủ tục đăng ký khai sinh lưu động", fields: [("Thủ tục đăng ký khai sinh lưu động", 6)]),
        SearchDocument(id: "b", title: "Thủ tục đăng ký khai sinh", fields: [("Thủ tục đăng ký khai sinh", 6)]),
        SearchDocument(id: "c", title: "Thủ tục đăng ký kết hôn", fields: [("Thủ tục đăng ký kết hôn", 6), ("khai sinh của con", 0.2)]),
        SearchDocument(id: "d", title: "Cấp giấy phép xây dựng", fields: [("Cấp giấy phép xây dựng", 6)]),
    ]

    @Test("With or without diacritics, the exact title ranks first")
    func diacritics() {
        let index = SearchIndex(documents: Self.docs)
        let a = index.search("đăng ký khai sinh")
        let b = index.search("dang ky khai sinh")
        #expect(a.first?.id == "b")
        #expect(a == b)
        #expect(index.search("giay phep xay dung").first?.id == "d")
        #expect(index.search("").isEmpty)
        #expect(index.search("zzzz").isEmpty)
    }

    @Test("Documents with every word rank above documents with some")
    func coverage() {
        let index = SearchIndex(documents: Self.docs)
        let hits = index.search("đăng ký kết hôn")
        #expect(hits.first?.id == "c")
    }
}
