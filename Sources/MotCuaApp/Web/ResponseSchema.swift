import Foundation

/// The JSON schema of a response type, read from the type itself: a value is decoded from nothing by a decoder that
/// records every key the type asks for, the type it asks for there, and whether it may be absent (`decodeIfPresent`).
/// What the API sends is the same type encoded, so the documented schema cannot drift from it: a new field, a field
/// made optional, a renamed one all change the document with the code. (A type with a hand-written decoder that
/// differs from its encoder would defeat this; none of the response types has one.)
indirect enum ResponseSchema: Equatable, Sendable {
    case string(enumeration: [String]?)
    case integer
    case number
    case boolean
    case object([Property])
    /// A JSON object with keys chosen by the value (`[String: String]`).
    case map
    case array(ResponseSchema)
    /// Any JSON value: where a type holds itself (a form's fields hold fields), below the depth recorded.
    case any

    struct Property: Equatable, Sendable {
        var name: String
        var schema: ResponseSchema
        var required: Bool
    }

    /// How deep a type that holds itself is recorded.
    static let maxDepth = 12

    /// The schema of `type`.
    static func of<T: Decodable>(_ type: T.Type) -> ResponseSchema {
        let root = Node()
        do { _ = try T(from: Recorder(node: root)) } catch {
            // Every response type is recorded when the document is built, which a test does: a type this cannot read
            // fails there, not in a deployment.
            preconditionFailure("the schema of \(T.self) cannot be recorded: \(error)")
        }
        return root.schema
    }

    /// As an OpenAPI 3.0 schema object (absent optional fields are left out, never `null`).
    var json: [String: Any] {
        switch self {
        case .string(let values):
            return values.map { ["type": "string", "enum": $0] } ?? ["type": "string"]
        case .integer: return ["type": "integer"]
        case .number: return ["type": "number"]
        case .boolean: return ["type": "boolean"]
        case .map: return ["type": "object", "additionalProperties": ["type": "string"]]
        case .array(let item): return ["type": "array", "items": item.json]
        case .any: return [:]
        case .object(let properties):
            var out: [String: Any] = ["type": "object", "additionalProperties": false,
                                      "properties": Dictionary(uniqueKeysWithValues: properties.map { ($0.name, $0.schema.json) })]
            let required = properties.filter(\.required).map(\.name)
            if !required.isEmpty { out["required"] = required }
            return out
        }
    }
}

/// What one value turned out to be, filled in as the type decodes it.
private final class Node {
    /// How deep in the type this value stands (a type that holds itself is recorded to ``ResponseSchema/maxDepth``).
    let depth: Int
    init(depth: Int = 0) { self.depth = depth }
    var schema = ResponseSchema.object([])
    var properties: [ResponseSchema.Property] = []
    var sawKeys = false
}

private struct Recorder: Decoder {
    let node: Node
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        node.schema = .map
        return KeyedDecodingContainer(Keyed<Key>(node: node))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { Unkeyed(node: node) }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(node: node) }

    /// Decodes a value of `T` into `node` and returns it.
    static func value<T: Decodable>(_ type: T.Type, into node: Node) throws -> T {
        switch type {
        case is String.Type: node.schema = .string(enumeration: nil); return "" as! T
        case is Bool.Type: node.schema = .boolean; return false as! T
        case is Int.Type: node.schema = .integer; return 0 as! T
        case is Int64.Type: node.schema = .integer; return Int64(0) as! T
        case is Double.Type: node.schema = .number; return 0.0 as! T
        case is Float.Type: node.schema = .number; return Float(0) as! T
        default:
            if let enumeration = type as? any (CaseIterable & RawRepresentable).Type, let value = firstCase(of: enumeration, into: node) {
                return value as! T
            }
            return try T(from: Recorder(node: node))
        }
    }

    /// An enumeration with string raw values: its values, and one of them to return.
    private static func firstCase<E: CaseIterable & RawRepresentable>(of type: E.Type, into node: Node) -> E? {
        let raw = type.allCases.compactMap { $0.rawValue as? String }
        guard !raw.isEmpty else { return nil }
        node.schema = .string(enumeration: raw)
        return type.allCases.first
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let node: Node
        var codingPath: [any CodingKey] = []
        /// Keys of a map are chosen by the value: none are known, which is what marks it a map.
        var allKeys: [Key] { [] }

        func contains(_ key: Key) -> Bool { true }
        func decodeNil(forKey key: Key) throws -> Bool { false }

        private func record<T: Decodable>(_ type: T.Type, _ key: Key, required: Bool) throws -> T {
            let child = Node(depth: node.depth + 1)
            let value = try Recorder.value(type, into: child)
            node.properties.append(.init(name: key.stringValue, schema: child.schema, required: required))
            node.schema = .object(node.properties)
            return value
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try record(type, key, required: true) }
        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            guard node.depth < ResponseSchema.maxDepth else {
                node.properties.append(.init(name: key.stringValue, schema: .any, required: false))
                node.schema = .object(node.properties)
                return nil
            }
            return try record(type, key, required: false)
        }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try record(type, key, required: true) }
        func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try record(type, key, required: false) }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try record(type, key, required: true) }
        func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try record(type, key, required: false) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try record(type, key, required: true) }
        func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try record(type, key, required: false) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try record(type, key, required: true) }
        func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try record(type, key, required: false) }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "nested containers are not recorded")
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "nested containers are not recorded")
        }
        func superDecoder() throws -> any Decoder { Recorder(node: node) }
        func superDecoder(forKey key: Key) throws -> any Decoder { Recorder(node: node) }
    }

    /// An array: one element is decoded, which gives the items' schema.
    struct Unkeyed: UnkeyedDecodingContainer {
        let node: Node
        var codingPath: [any CodingKey] = []
        var count: Int? { 1 }
        var currentIndex = 0
        var isAtEnd: Bool { currentIndex > 0 }

        init(node: Node) {
            self.node = node
            node.schema = .array(.object([]))
        }

        mutating func decodeNil() throws -> Bool { false }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            currentIndex += 1
            let child = Node(depth: node.depth + 1)
            let value = try Recorder.value(type, into: child)
            node.schema = .array(child.schema)
            return value
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "nested containers are not recorded"))
        }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "nested containers are not recorded"))
        }
        mutating func superDecoder() throws -> any Decoder { Recorder(node: node) }
    }

    struct Single: SingleValueDecodingContainer {
        let node: Node
        var codingPath: [any CodingKey] = []
        func decodeNil() -> Bool { false }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try Recorder.value(type, into: node) }
    }
}
