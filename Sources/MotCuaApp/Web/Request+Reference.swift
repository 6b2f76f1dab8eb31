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

    /// `?asOf=YYYY-MM-DD`, defaulting to today in Viet Nam when absent (an empty or malformed one is refused).
    func asOfDate() throws -> LocalDate {
        guard let text = query[String.self, at: "asOf"] else { return LocalDateTime(Date()).date }
        guard let date = LocalDate(iso: text) else {
            throw APIError(.badDate, text)
        }
        return date
    }

    /// A yes/no query parameter (`true`/`false`, `1`/`0`); anything else is refused rather than read as no.
    func boolQuery(_ name: String) throws -> Bool? {
        guard let text = query[String.self, at: name] else { return nil }
        switch text.lowercased() {
        case "true", "1": return true
        case "false", "0": return false
        default: throw APIError(.badBoolean, name)
        }
    }

    /// An integer query parameter within bounds.
    func intQuery(_ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = query[String.self, at: name] else { return value }
        guard let n = Int(text), range.contains(n) else {
            throw APIError(.badNumber, name, range.lowerBound, range.upperBound)
        }
        return n
    }
}
