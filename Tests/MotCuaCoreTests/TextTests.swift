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
