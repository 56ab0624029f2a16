/// Typed access to the fields of a JSON request body or a query string, with FastAPI's rules:
/// absent and `null` are the same for optional fields, unknown fields are ignored, and every
/// problem found is collected for one 422 answer.
///
/// Read every field first, then call `validate()`, which throws when anything was wrong.
public final class RequestFields {
    private let members: [String: JSONValue]
    private let place: String
    private var issues: [ValidationFailure.Issue] = []

    /// Wraps a parsed body; `place` is the first element of each issue's location.
    public init(_ members: [String: JSONValue], place: String = "body") {
        self.members = members
        self.place = place
    }

    /// Wraps query parameters, which arrive as strings.
    public convenience init(query: [(String, String?)]) {
        var members: [String: JSONValue] = [:]
        for (name, value) in query where members[name] == nil {
            members[name] = .string(value ?? "")
        }
        self.init(members, place: "query")
    }

    /// Parses a JSON body that must be an object. An empty body counts as a missing body.
    public static func parse(body bytes: [UInt8]) throws -> RequestFields {
        guard !bytes.isEmpty else {
            throw ValidationFailure([.init(location: ["body"], message: "Field required", type: "missing")])
        }
        let value: JSONValue
        do {
            value = try JSONValue.parse(bytes)
        } catch {
            throw ValidationFailure([
                .init(location: ["body", 0], message: "JSON decode error", type: "json_invalid")
            ])
        }
        guard case .object(let members) = value else {
            throw ValidationFailure([
                .init(
                    location: ["body"], message: "Input should be a valid dictionary or object to extract fields from",
                    type: "model_attributes_type", input: value)
            ])
        }
        return RequestFields(members)
    }

    /// Throws the collected problems, if any.
    public func validate() throws {
        if !issues.isEmpty { throw ValidationFailure(issues) }
    }

    private func present(_ name: String) -> JSONValue? {
        guard let value = members[name], value != .null else { return nil }
        return value
    }

    private func record(_ name: String, _ message: String, _ type: String, _ input: JSONValue?) {
        issues.append(.init(location: [.string(place), .string(name)], message: message, type: type, input: input))
    }

    /// Reads a required string; records `missing` when absent.
    public func requiredString(_ name: String) -> String {
        guard present(name) != nil else {
            record(name, "Field required", "missing", nil)
            return ""
        }
        return string(name) ?? ""
    }

    /// Reads an optional string.
    public func string(_ name: String) -> String? {
        guard let value = present(name) else { return nil }
        guard case .string(let text) = value else {
            record(name, "Input should be a valid string", "string_type", value)
            return nil
        }
        return text
    }

    /// Reads a required boolean; records `missing` when absent.
    public func requiredBool(_ name: String) -> Bool {
        guard present(name) != nil else {
            record(name, "Field required", "missing", nil)
            return false
        }
        return bool(name) ?? false
    }

    /// Reads an optional boolean, accepting what pydantic's lax mode accepts.
    public func bool(_ name: String) -> Bool? {
        guard let value = present(name) else { return nil }
        switch value {
        case .bool(let flag): return flag
        case .int(0): return false
        case .int(1): return true
        case .string(let text):
            switch text.lowercased() {
            case "true", "1", "yes", "on", "y", "t": return true
            case "false", "0", "no", "off", "n", "f": return false
            default: break
            }
        default: break
        }
        record(name, "Input should be a valid boolean", "bool_type", value)
        return nil
    }

    /// Reads an optional integer; whole-valued numbers and numeric strings are accepted.
    public func int(_ name: String) -> Int? {
        guard let value = present(name) else { return nil }
        switch value {
        case .int(let number): return number
        case .double(let number) where number == number.rounded() && abs(number) < 1e15: return Int(number)
        case .string(let text) where Int(text) != nil: return Int(text)
        default:
            record(name, "Input should be a valid integer", "int_type", value)
            return nil
        }
    }

    /// Reads an optional number.
    public func double(_ name: String) -> Double? {
        guard let value = present(name) else { return nil }
        switch value {
        case .int(let number): return Double(number)
        case .double(let number): return number
        case .string(let text) where Double(text) != nil: return Double(text)
        default:
            record(name, "Input should be a valid number", "float_type", value)
            return nil
        }
    }

    /// Reads an optional list of strings.
    public func strings(_ name: String) -> [String]? {
        guard let value = present(name) else { return nil }
        guard case .array(let items) = value else {
            record(name, "Input should be a valid list", "list_type", value)
            return nil
        }
        var result: [String] = []
        for (index, item) in items.enumerated() {
            guard case .string(let text) = item else {
                issues.append(
                    .init(
                        location: [.string(place), .string(name), .int(index)],
                        message: "Input should be a valid string", type: "string_type", input: item))
                continue
            }
            result.append(text)
        }
        return result
    }

    /// Reads an optional list of integers.
    public func ints(_ name: String) -> [Int]? {
        guard let value = present(name) else { return nil }
        guard case .array(let items) = value else {
            record(name, "Input should be a valid list", "list_type", value)
            return nil
        }
        return items.compactMap { item in
            if case .int(let number) = item { return number }
            record(name, "Input should be a valid integer", "int_type", item)
            return nil
        }
    }

    /// Reads an optional object whose values are strings.
    public func stringMap(_ name: String) -> [String: String]? {
        guard let value = present(name) else { return nil }
        guard case .object(let entries) = value else {
            record(name, "Input should be a valid dictionary", "dict_type", value)
            return nil
        }
        var result: [String: String] = [:]
        for (key, entry) in entries {
            guard case .string(let text) = entry else {
                issues.append(
                    .init(
                        location: [.string(place), .string(name), .string(key)],
                        message: "Input should be a valid string", type: "string_type", input: entry))
                continue
            }
            result[key] = text
        }
        return result
    }

    /// Reads a required string that must be one of `allowed`; records `missing` when absent.
    public func requiredChoice(_ name: String, _ allowed: [String]) -> String? {
        guard present(name) != nil else {
            record(name, "Field required", "missing", nil)
            return nil
        }
        return choice(name, allowed)
    }

    /// Reads an optional string that must be one of `allowed`.
    public func choice(_ name: String, _ allowed: [String]) -> String? {
        guard let text = string(name) else { return nil }
        guard allowed.contains(text) else {
            let list = allowed.map { "'\($0)'" }
            let expected = list.count > 1 ? list.dropLast().joined(separator: ", ") + " or " + list.last! : list[0]
            record(name, "Input should be \(expected)", "enum", .string(text))
            return nil
        }
        return text
    }
}
