import MotCuaCore
import Vapor

extension Request {
    /// The current reference snapshot, or 503 while it is loading.
    var reference: ReferenceSnapshot {
        get throws {
            guard let snapshot = application.reference.current else { throw APIError.notReady }
            return snapshot
        }
    }

    /// `?asOf=YYYY-MM-DD`, defaulting to today in Viet Nam.
    func asOfDate() throws -> LocalDate {
        guard let text = query[String.self, at: "asOf"], !text.isEmpty else { return LocalDateTime(Date()).date }
        guard let date = LocalDate(iso: text) else {
            throw APIError.badRequest("bad_date", vi: "Ngày \"\(text)\" không hợp lệ; hãy viết theo dạng YYYY-MM-DD.",
                                      en: "The date \"\(text)\" is not valid; use YYYY-MM-DD.")
        }
        return date
    }

    /// An integer query parameter within bounds.
    func intQuery(_ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = query[String.self, at: name], !text.isEmpty else { return value }
        guard let n = Int(text), range.contains(n) else {
            throw APIError.badRequest("bad_\(name)", vi: "Tham số \(name) phải là số nguyên từ \(range.lowerBound) đến \(range.upperBound).",
                                      en: "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound).")
        }
        return n
    }
}
