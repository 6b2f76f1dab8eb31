import Foundation
import MotCuaCore

/// Turns what a column holds into the core type it stands for; a value that does not parse is corrupt data, reported
/// with the column it came from rather than passed on as text.
enum StoredValue {
    struct Corrupt: Error, CustomStringConvertible {
        var column: String
        var value: String
        var description: String { "\(column) holds \"\(value.prefix(40))\", which is not what that column stores" }
    }

    static func dateTime(_ text: String, _ column: String) throws -> LocalDateTime {
        guard let t = LocalDateTime.parse(text) else { throw Corrupt(column: column, value: text) }
        return t
    }

    static func json<T: Decodable>(_ type: T.Type, _ text: String, _ column: String) throws -> T {
        do { return try JSONDecoder().decode(type, from: Data(text.utf8)) } catch { throw Corrupt(column: column, value: text) }
    }
}
