/// A YAML scalar as written: its text, its style and its explicit tag, with the value it resolves to.
///
/// Plain scalars resolve through a YAML 1.2 core-like schema: `null`/`~`/empty, `true`/`false` (also
/// capitalised or upper case), decimal, `0o` octal and `0x` hexadecimal integers, and floats. Quoted
/// and block scalars always resolve to strings, so `"443"` stays a string and `yes` is a string too.
struct YAMLScalar: Sendable, Equatable {
    /// The presentation style of a scalar in the source text.
    enum Style: String, Sendable, Equatable {
        case plain
        case singleQuoted = "single-quoted"
        case doubleQuoted = "double-quoted"
        case literal
        case folded
    }

    /// The typed value of a scalar after tag resolution.
    enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)
        case string(String)
    }

    /// Tag resolution failure, for example `!!int abc`.
    struct TagError: Error, Equatable {
        let message: String
    }

    let text: String
    let style: Style
    /// The expanded tag, such as `tag:yaml.org,2002:str`, when the source has one other than `!`.
    let tag: String?
    let value: Value

    /// Creates a scalar and resolves its value from the style and the tag.
    init(text: String, style: Style, tag: String? = nil) throws(TagError) {
        self.text = text
        self.style = style
        self.tag = tag
        self.value = try YAMLScalar.resolve(text: text, style: style, tag: tag)
    }

    /// Creates a scalar without a tag, which cannot fail to resolve.
    init(untaggedText text: String, style: Style) {
        self.text = text
        self.style = style
        self.tag = nil
        self.value = style == .plain ? YAMLScalar.resolvePlain(text) : .string(text)
    }

    private static let tagPrefix = "tag:yaml.org,2002:"

    private static func resolve(text: String, style: Style, tag: String?) throws(TagError) -> Value {
        guard let tag else {
            return style == .plain ? resolvePlain(text) : .string(text)
        }
        switch tag {
        case tagPrefix + "str":
            return .string(text)
        case tagPrefix + "null":
            guard resolvePlain(text) == .null else { throw TagError(message: "invalid !!null value \"\(text)\"") }
            return .null
        case tagPrefix + "bool":
            guard case .bool(let flag) = resolvePlain(text) else {
                throw TagError(message: "invalid !!bool value \"\(text)\"; expected true or false")
            }
            return .bool(flag)
        case tagPrefix + "int":
            guard let number = integer(text) else { throw TagError(message: "invalid !!int value \"\(text)\"") }
            return .int(number)
        case tagPrefix + "float":
            guard let number = integer(text).map(Double.init) ?? float(text) else {
                throw TagError(message: "invalid !!float value \"\(text)\"")
            }
            return .float(number)
        default:
            throw TagError(
                message: "unsupported tag \(shortTag(tag)); only the standard !!str, !!int, "
                    + "!!float, !!bool and !!null tags are accepted")
        }
    }

    /// Shortens `tag:yaml.org,2002:x` to `!!x` for messages.
    static func shortTag(_ tag: String) -> String {
        tag.hasPrefix(tagPrefix) ? "!!" + tag.dropFirst(tagPrefix.count) : tag
    }

    private static func resolvePlain(_ text: String) -> Value {
        switch text {
        case "", "~", "null", "Null", "NULL":
            return .null
        case "true", "True", "TRUE":
            return .bool(true)
        case "false", "False", "FALSE":
            return .bool(false)
        default:
            break
        }
        if let number = integer(text) {
            return .int(number)
        }
        if looksLikeInteger(text) {
            // An integer too large for Int is still a number, not a string.
            return .float(Double(text) ?? .infinity)
        }
        if let number = float(text) {
            return .float(number)
        }
        return .string(text)
    }

    private static func integer(_ text: String) -> Int? {
        if text.hasPrefix("0o") {
            return Int(text.dropFirst(2), radix: 8)
        }
        if text.hasPrefix("0x") {
            return Int(text.dropFirst(2), radix: 16)
        }
        guard looksLikeInteger(text) else { return nil }
        return Int(text.hasPrefix("+") ? String(text.dropFirst()) : text)
    }

    private static func looksLikeInteger(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "-" || digits.first == "+" {
            digits = digits.dropFirst()
        }
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static func float(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
            return .infinity
        case "-.inf", "-.Inf", "-.INF":
            return -.infinity
        case ".nan", ".NaN", ".NAN":
            return .nan
        default:
            break
        }
        let allowed = Set("0123456789+-.eE")
        guard text.contains(where: \.isNumber), text.allSatisfy({ allowed.contains($0) }) else { return nil }
        return Double(text)
    }
}
