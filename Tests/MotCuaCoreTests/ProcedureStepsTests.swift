import Testing
@testable import MotCuaCore

@Suite("A procedure's steps, as people read them")
struct ProcedureStepsTests {
    @Test("A line cut mid-sentence is joined to the one before; markers open steps and points; notes are set apart")
    func reads() {
        let read = ProcedureSteps([
            "- Nếu lựa chọn hình thức nộp hồ sơ trực tuyến, người yêu cầu truy cập Cổng dịch vụ công quốc gia.",
            "Người yêu cầu cung cấp thông tin theo mẫu, đính kèm bản chụp các giấy tờ; nộp phí, lệ phí theo quy định, ",
            "nộp hồ sơ.",
            "  ",
            "- Cán bộ tiếp nhận kiểm tra hồ sơ.",
            "(i) Trường hợp hồ sơ đầy đủ thì tiếp nhận;",
            "(ii) Trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung.",
            "+ Trường hợp cần xác minh thì lập Phiếu xin lỗi.",
            "* Lưu ý:",
            "- Trong thời hạn 60 ngày kể từ ngày sinh con, cha hoặc mẹ đăng ký khai sinh cho con.",
            "Bước 9: không phải một bước nữa, vẫn là lưu ý.",
        ])
        #expect(read.steps.count == 2)
        #expect(read.steps[0].text == "Nếu lựa chọn hình thức nộp hồ sơ trực tuyến, người yêu cầu truy cập Cổng dịch vụ công quốc gia.")
        #expect(read.steps[0].points == ["Người yêu cầu cung cấp thông tin theo mẫu, đính kèm bản chụp các giấy tờ; nộp phí, lệ phí theo quy định, nộp hồ sơ."])
        #expect(read.steps[1].points == ["(i) Trường hợp hồ sơ đầy đủ thì tiếp nhận;", "(ii) Trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung.",
                                         "Trường hợp cần xác minh thì lập Phiếu xin lỗi."])
        #expect(read.notes == ["Trong thời hạn 60 ngày kể từ ngày sinh con, cha hoặc mẹ đăng ký khai sinh cho con.",
                               "Bước 9: không phải một bước nữa, vẫn là lưu ý."])
    }

    @Test("Numbered steps and a note on its own line")
    func numbered() {
        let read = ProcedureSteps(["Bước 1: Nộp hồ sơ tại bộ phận một cửa.", "Bước 2: Nhận kết quả.", "Lưu ý: mang theo căn cước."])
        #expect(read.steps.map(\.text) == ["Bước 1: Nộp hồ sơ tại bộ phận một cửa.", "Bước 2: Nhận kết quả."])
        #expect(read.notes == ["mang theo căn cước."])
    }
}
