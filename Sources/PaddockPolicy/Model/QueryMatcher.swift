/// A matcher for one query parameter, MCP tool name or JSON-RPC parameter value: a glob, or a list of
/// globs of which any may match (written `{any: [...]}`).
///
/// The globs have no separator, so `*` matches any run of characters, `/` included.
public enum QueryMatcher: Codable, Sendable, Equatable {
    case glob(String)
    case any([String])

    private enum CodingKeys: String, CodingKey {
        case any
    }

    public init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            self = .glob(text)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self = .any(try container.decode([String].self, forKey: .any))
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .glob(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        case .any(let globs):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(globs, forKey: .any)
        }
    }

    /// The globs that this matcher tries.
    public var globs: [String] {
        switch self {
        case .glob(let text): return [text]
        case .any(let globs): return globs
        }
    }

    /// Returns whether `value` matches the glob or any of the globs. An invalid glob matches nothing.
    public func matches(_ value: String) -> Bool {
        globs.contains { pattern in
            (try? Glob(pattern, separator: nil))?.matches(value) ?? false
        }
    }
}
