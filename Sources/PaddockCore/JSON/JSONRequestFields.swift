import Foundation

/// The fields that a JSON request object accepts and the type of each. They are checked before the
/// object is decoded, so that every mistake gets a message in plain words. The mistakes are an
/// unknown field, a missing field, a value of the wrong type or range, and a string with a NUL in it.
public struct JSONRequestFields: Sendable {
    /// The type that a field's value must have.
    public enum Kind: Sendable {
        case string
        case bool
        case integer(ClosedRange<Int64>)
        case number
        case stringArray
        case stringMap
        /// A nested object with its own accepted fields.
        case object(JSONRequestFields)

        var phrase: String {
            switch self {
            case .string: return "a string"
            case .bool: return "true or false"
            case .integer(let range): return Self.integerPhrase(range)
            case .number: return "a number"
            case .stringArray: return "an array of strings"
            case .stringMap: return "an object whose values are strings"
            case .object: return "an object"
            }
        }

        private static func integerPhrase(_ range: ClosedRange<Int64>) -> String {
            switch (range.lowerBound, range.upperBound) {
            case (Int64.min, Int64.max): return "an integer"
            case (let low, Int64.max): return "an integer of \(low) or more"
            default: return "an integer from \(range.lowerBound) to \(range.upperBound)"
            }
        }
    }

    /// One accepted field.
    public struct Field: Sendable {
        public var name: String
        public var kind: Kind
        public var isRequired: Bool

        public init(_ name: String, _ kind: Kind, required: Bool = false) {
            self.name = name
            self.kind = kind
            self.isRequired = required
        }
    }

    /// The object's name in messages, such as "the request body" or "the control message".
    public var subject: String
    public var fields: [Field]

    public init(subject: String, fields: [Field]) {
        self.subject = subject
        self.fields = fields
    }

    /// Checks `bytes` against the fields and then decodes them as `T`. An empty body counts as `{}`.
    ///
    /// - Throws: `PaddockError` with code `invalidArgument` naming the field, what it must be and the
    ///   value that was sent.
    public func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let data = Data(bytes.isEmpty ? Array("{}".utf8) : bytes)
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw PaddockError(.invalidArgument, "\(subject) is not valid JSON; send a JSON object such as {}")
        }
        try check(value)
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            // The check above covers every field, so this means the field list and T disagree.
            throw PaddockError(.internal, "\(subject) passed validation but could not be decoded", cause: error)
        }
    }

    /// Checks a decoded value against the fields.
    public func check(_ value: JSONValue) throws(PaddockError) {
        guard case .object(let object) = value else {
            throw PaddockError(.invalidArgument, "\(subject) must be a JSON object, got \(value.summary)")
        }
        let names = fields.map(\.name)
        for key in object.keys.sorted() where !names.contains(key) {
            throw PaddockError(
                .invalidArgument,
                "unknown field '\(key)' in \(subject); accepted fields: \(names.joined(separator: ", "))")
        }
        for field in fields {
            guard let fieldValue = object[field.name], fieldValue != .null else {
                if field.isRequired {
                    throw PaddockError(.invalidArgument, "missing field '\(field.name)' in \(subject)")
                }
                continue
            }
            try Self.check(fieldValue, against: field)
        }
    }

    private static func check(_ value: JSONValue, against field: Field) throws(PaddockError) {
        func mismatch() -> PaddockError {
            PaddockError(.invalidArgument, "field '\(field.name)' must be \(field.kind.phrase), got \(value.summary)")
        }
        switch (field.kind, value) {
        case (.string, .string(let text)):
            try checkNoNUL(text, in: field.name)
        case (.bool, .bool), (.number, .integer), (.number, .number):
            return
        case (.integer(let range), .integer(let number)):
            guard range.contains(number) else { throw mismatch() }
        case (.stringArray, .array(let items)):
            for (index, item) in items.enumerated() {
                guard case .string(let text) = item else {
                    throw PaddockError(
                        .invalidArgument, "field '\(field.name)[\(index)]' must be a string, got \(item.summary)")
                }
                try checkNoNUL(text, in: "\(field.name)[\(index)]")
            }
        case (.stringMap, .object(let entries)):
            for (key, item) in entries.sorted(by: { $0.key < $1.key }) {
                guard case .string(let text) = item else {
                    throw PaddockError(
                        .invalidArgument, "field '\(field.name).\(key)' must be a string, got \(item.summary)")
                }
                try checkNoNUL(key, in: "\(field.name) (a key)")
                try checkNoNUL(text, in: "\(field.name).\(key)")
            }
        case (.object(let nested), .object):
            try nested.check(value)
        default:
            throw mismatch()
        }
    }

    /// Rejects NUL, which no path, argument or environment entry can carry to the kernel, because
    /// the kernel would silently cut the string short.
    private static func checkNoNUL(_ text: String, in name: String) throws(PaddockError) {
        guard text.utf8.contains(0) else { return }
        throw PaddockError(.invalidArgument, "field '\(name)' contains a NUL character, which is not allowed")
    }
}
