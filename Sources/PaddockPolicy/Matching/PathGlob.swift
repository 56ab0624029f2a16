/// An HTTP path glob of an L7 rule or an endpoint's `path`, matched against the canonical request path.
///
/// `/` separates segments: `*` matches within one segment, `**` across segments, `?` one character
/// other than `/`, and `[0-9]`, `[!0]` one character of or outside a set. The pattern `**` alone
/// matches every path. The caller canonicalises the path first (percent-decoding, dot segments,
/// doubled slashes), because the glob compares characters only.
public struct PathGlob: Sendable, Hashable {
    /// The pattern as written.
    public let pattern: String
    private let glob: Glob

    /// Compiles `pattern`, which must be `*`, `**` or start with `/`.
    ///
    /// - Throws: `PatternError` for an empty or relative pattern or broken glob syntax.
    public init(_ pattern: String) throws(PatternError) {
        guard !pattern.isEmpty else {
            throw PatternError(pattern: pattern, reason: "the path is empty; use ** to match every path")
        }
        guard pattern.hasPrefix("/") || pattern.hasPrefix("*") else {
            throw PatternError(pattern: pattern, reason: "a path glob starts with /, as in /v1/**")
        }
        self.pattern = pattern
        self.glob = try Glob(pattern, separator: "/")
    }

    /// Returns whether the canonical request path `path` matches.
    public func matches(_ path: String) -> Bool {
        pattern == "**" || glob.matches(path)
    }

    public static func == (lhs: PathGlob, rhs: PathGlob) -> Bool {
        lhs.pattern == rhs.pattern
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(pattern)
    }
}
