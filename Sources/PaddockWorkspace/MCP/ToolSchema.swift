/// The arguments of one MCP tool: each becomes a property of the tool's JSON Schema `inputSchema`,
/// and `validate` checks a call's arguments against the same description before the tool runs.
struct ToolParameter: Sendable {
    enum Kind: String, Sendable {
        case string, integer, number, boolean
        /// An array of integers.
        case integerArray
    }

    let name: String
    let kind: Kind
    let description: String
    var required = false
    var allowed: [String]? = nil
    var defaultValue: JSONValue? = nil
    var minimum: Int? = nil
    var maximum: Int? = nil

    static func string(
        _ name: String, _ description: String, required: Bool = false, allowed: [String]? = nil,
        defaultValue: String? = nil
    ) -> ToolParameter {
        ToolParameter(
            name: name, kind: .string, description: description, required: required, allowed: allowed,
            defaultValue: defaultValue.map { .string($0) })
    }

    static func integer(
        _ name: String, _ description: String, required: Bool = false, defaultValue: Int? = nil, minimum: Int? = nil,
        maximum: Int? = nil
    ) -> ToolParameter {
        ToolParameter(
            name: name, kind: .integer, description: description, required: required,
            defaultValue: defaultValue.map { .int($0) }, minimum: minimum, maximum: maximum)
    }

    static func number(_ name: String, _ description: String, minimum: Int? = nil) -> ToolParameter {
        ToolParameter(name: name, kind: .number, description: description, minimum: minimum)
    }

    static func boolean(_ name: String, _ description: String, defaultValue: Bool? = nil) -> ToolParameter {
        ToolParameter(
            name: name, kind: .boolean, description: description, defaultValue: defaultValue.map { .bool($0) })
    }

    static func integers(_ name: String, _ description: String) -> ToolParameter {
        ToolParameter(name: name, kind: .integerArray, description: description)
    }

    /// The property's JSON Schema.
    var schema: JSONValue {
        var members: [String: JSONValue] = ["description": .string(description)]
        switch kind {
        case .integerArray:
            members["type"] = "array"
            members["items"] = ["type": "integer"]
        default:
            members["type"] = .string(kind.rawValue)
        }
        if let allowed { members["enum"] = .from(allowed) }
        if let defaultValue { members["default"] = defaultValue }
        if let minimum { members["minimum"] = .int(minimum) }
        if let maximum { members["maximum"] = .int(maximum) }
        return .object(members)
    }
}

/// Validation of tool arguments against their parameters.
enum ToolArguments {
    /// Builds the `inputSchema` of a tool with `parameters`.
    static func schema(_ parameters: [ToolParameter]) -> JSONValue {
        var properties: [String: JSONValue] = [:]
        for parameter in parameters { properties[parameter.name] = parameter.schema }
        return [
            "type": "object", "properties": .object(properties),
            "required": .from(parameters.filter(\.required).map(\.name)), "additionalProperties": false,
        ]
    }

    /// Returns `arguments` with defaults filled in and whole numbers of integer parameters made
    /// integers.
    ///
    /// - Throws: `ToolFailure` naming the first argument that is missing, unknown, of the wrong
    ///   type, not one of the allowed values, or outside its bounds.
    static func validate(_ arguments: [String: JSONValue], against parameters: [ToolParameter]) throws(ToolFailure)
        -> [String: JSONValue]
    {
        let known = parameters.map(\.name)
        for name in arguments.keys.sorted() where !known.contains(name) {
            let list =
                known.isEmpty ? "this tool takes no arguments" : "known arguments: " + known.joined(separator: ", ")
            throw ToolFailure("unknown argument '\(name)'; \(list)")
        }
        var checked: [String: JSONValue] = [:]
        for parameter in parameters {
            guard let value = arguments[parameter.name], value != .null else {
                if parameter.required { throw ToolFailure("missing required argument '\(parameter.name)'") }
                if let defaultValue = parameter.defaultValue { checked[parameter.name] = defaultValue }
                continue
            }
            checked[parameter.name] = try check(value, parameter)
        }
        return checked
    }

    private static func check(_ value: JSONValue, _ parameter: ToolParameter) throws(ToolFailure) -> JSONValue {
        let mismatch = ToolFailure(
            "argument '\(parameter.name)' must be \(expected(parameter.kind)), not \(JSONRPCMessage.kind(of: value))")
        let result: JSONValue
        switch (parameter.kind, value) {
        case (.string, .string), (.boolean, .bool), (.integer, .int), (.number, .int), (.number, .double):
            result = value
        case (.integer, .double(let number)) where number == number.rounded() && abs(number) < 1e15:
            result = .int(Int(number))
        case (.integerArray, .array(let items)):
            for item in items {
                guard case .int = item else {
                    let kind = JSONRPCMessage.kind(of: item)
                    throw ToolFailure(
                        "argument '\(parameter.name)' must be an array of integers, but it contains \(kind)")
                }
            }
            result = value
        default:
            throw mismatch
        }
        if let allowed = parameter.allowed, case .string(let text) = result, !allowed.contains(text) {
            throw ToolFailure(
                "argument '\(parameter.name)' must be one of \(allowed.joined(separator: ", ")), not '\(text)'")
        }
        let number: Double? =
            switch result {
            case .int(let whole): Double(whole)
            case .double(let fraction): fraction
            default: nil
            }
        if let number {
            let text = String(decoding: result.serialized(), as: UTF8.self)
            if let minimum = parameter.minimum, number < Double(minimum) {
                throw ToolFailure("argument '\(parameter.name)' must be at least \(minimum), not \(text)")
            }
            if let maximum = parameter.maximum, number > Double(maximum) {
                throw ToolFailure("argument '\(parameter.name)' must be at most \(maximum), not \(text)")
            }
        }
        return result
    }

    private static func expected(_ kind: ToolParameter.Kind) -> String {
        switch kind {
        case .string: "a string"
        case .integer: "an integer"
        case .number: "a number"
        case .boolean: "a boolean"
        case .integerArray: "an array of integers"
        }
    }
}
