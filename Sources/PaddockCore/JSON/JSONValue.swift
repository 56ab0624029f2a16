/// Any JSON value, decoded without a target type so that a request can be checked field by field
/// before it is decoded into its Swift type.
public enum JSONValue: Sendable, Equatable, Decodable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        // Int64 is tried before Double so that 1.5, which fails as Int64, is kept as a fraction.
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// The value as a person would write it in a message: numbers and literals as in JSON, strings
    /// quoted, arrays and objects by kind only.
    public var summary: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .integer(let value): return String(value)
        case .number(let value): return String(value)
        case .string(let value):
            // A long string, such as a policy document, is cut so that the message stays readable.
            return value.count <= 60 ? "\"\(value)\"" : "\"\(value.prefix(57))...\""
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
