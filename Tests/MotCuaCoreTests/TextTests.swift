import Testing
@testable import MotCuaCore

@Suite("Vietnamese text")
struct TextTests {
    @Test func folding() {
        #expect(VietnameseText.fold("Đăng ký KHAI SINH") == "dang ky khai sinh")
        #expect(VietnameseText.fold("  Thành phố  Hồ Chí Minh!! ") == "thanh pho ho chi minh")
        #expect(VietnameseText.fold("Thu\u{0309} tu\u{0323}c") == "thu tuc", "combining marks vanish inside words")
        #expect(VietnameseText.fold("TP.HCM") == "tp hcm")
        #expect(VietnameseText.fold("Ưu đãi ơn") == "uu dai on")
    }

    @Test func composition() {
        #expect(VietnameseText.composed("Thu\u{0309} tu\u{0323}c") == "Thủ tục")
        #expect(VietnameseText.composed("ê\u{0323}") == "ệ")
        #expect(VietnameseText.composed("e\u{0323}\u{0302}") == "ệ")
        #expect(VietnameseText.composed("Không dấu") == "Không dấu")
    }

    @Test func masking() {
        #expect(PersonalDataMask.mask("phone=0912345678&id=001203004567") == "phone=********78&id=**********67")
        #expect(PersonalDataMask.mask("/api/v1/provinces/01/communes") == "/api/v1/provinces/01/communes")
        #expect(PersonalDataMask.mask("code 000.00.14.H56-200203-0118") == "code 000.00.14.H56-200203-0118")
        #expect(PersonalDataMask.mask("/api/v1/dossiers/00004-260302-0001?phone=1") == "/api/v1/dossiers/00004-260302-0001?phone=1")
    }

    @Test("Masking reads numbers as people and browsers write them: groups, separators, +84, percent-encoding")
    func maskingWrittenOutNumbers() {
        // Every way the probe wrote 0987654321 and the ID 001095012345: nothing but the last two digits survives.
        let written = [
            "phone=0987-654-321", "phone=0987.654.321", "phone=0987 654 321", "phone=0987%20654%20321", "phone=0987+654+321",
            "phone=+84987654321", "phone=%2B84%20987%20654%20321", "phone=+84 987-654-321", "phone=%30%39%38%37%36%35%34%33%32%31",
            "phone=0987_654_321", "id 001 095 012 345", "id=001-095-012-345", "id=001%2D095%2D012%2D345",
        ]
        for text in written {
            let masked = PersonalDataMask.mask(text)
            #expect(!PersonalDataMask.digits(of: masked).contains("987654") && !PersonalDataMask.digits(of: masked).contains("0950123"),
                    "\(text) → \(masked)")
            #expect(masked.hasSuffix("21") || masked.hasSuffix("45"), "\(text) → \(masked)")
        }
        #expect(PersonalDataMask.mask("gọi 0987 654 321, căn cước 001 095 012 345 nhé") == "gọi ********21, căn cước **********45 nhé")
        // Short numbers, dates and amounts stay readable.
        #expect(PersonalDataMask.mask("lệ phí 50.000 đồng, 3 ngày") == "lệ phí 50.000 đồng, 3 ngày")
        #expect(PersonalDataMask.mask("2026-12-01T09:00:00+07:00") == "2026-12-01T09:00:00+07:00")
        #expect(PersonalDataMask.mask("no digits at all") == "no digits at all")
        #expect(PersonalDataMask.digits(of: "+84 987-654-321") == "84987654321")
    }

    @Test("One value of a query, form-decoded: + is a space, %XX a byte, the first of repeated names, nil when malformed")
    func formQuery() {
        #expect(FormQuery.value("phone", in: "phone=0912345678") == "0912345678")
        #expect(FormQuery.value("phone", in: "lang=vi&phone=%2B84+912%20345%20678&phone=1") == "+84 912 345 678")
        #expect(FormQuery.value("phone", in: "telephone=1&xphone=2&phone") == nil)
        #expect(FormQuery.value("phone", in: "phone=") == "")
        #expect(FormQuery.value("q", in: "q=Ph%C6%B0%E1%BB%9Dng+Ba+%C4%90%C3%ACnh") == "Phường Ba Đình")
        #expect(FormQuery.value("q", in: "a=1&&q=x=y") == "x=y")
        #expect(FormQuery.value("q", in: "q=%E1%BB") == nil)
        #expect(FormQuery.value("q", in: "q=%4") == nil)
        #expect(FormQuery.value("q", in: "q=%zz") == nil)
        #expect(FormQuery.value("q", in: nil) == nil)
        #expect(FormQuery.value("q", in: "") == nil)
    }
}
