/// A node of a parsed YAML document with the 1-based line and column where it starts.
///
/// Aliases are resolved while parsing, so an aliased node appears as a copy of its anchor's node and
/// keeps the anchor's position.
struct YAMLNode: Sendable, Equatable {
    /// One key-value pair of a mapping, in source order.
    struct Entry: Sendable, Equatable {
        let key: YAMLNode
        let value: YAMLNode
    }

    /// The node's content: a scalar, a sequence or a mapping.
    enum Content: Sendable, Equatable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([Entry])
    }

    let content: Content
    let line: Int
    let column: Int

    var scalar: YAMLScalar? {
        guard case .scalar(let scalar) = content else { return nil }
        return scalar
    }

    var sequence: [YAMLNode]? {
        guard case .sequence(let items) = content else { return nil }
        return items
    }

    var mapping: [Entry]? {
        guard case .mapping(let entries) = content else { return nil }
        return entries
    }

    var isNull: Bool {
        scalar?.value == .null
    }

    /// The value of `key` in a mapping node, or nil when the node is no mapping or has no such key.
    subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar?.text == key }?.value
    }

    /// A short description of the node for messages, such as `a sequence` or `integer 70000`.
    var summary: String {
        switch content {
        case .sequence:
            return "a sequence"
        case .mapping:
            return "a mapping"
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return "null"
            case .bool: return "boolean \(scalar.text)"
            case .int, .float: return "number \(scalar.text)"
            case .string(let text): return "string \(YAMLNode.quote(text))"
            }
        }
    }

    /// Quotes a value for a message, shortening it past 80 characters.
    static func quote(_ text: String) -> String {
        let shown = text.count > 80 ? text.prefix(77) + "..." : Substring(text)
        var quoted = "\""
        for character in shown {
            switch character {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            case "\0": quoted += "\\0"
            default: quoted.append(character)
            }
        }
        return quoted + "\""
    }
}
