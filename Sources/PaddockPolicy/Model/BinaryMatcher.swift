/// A `binaries` entry of a network policy: an executable path, or a glob over paths.
///
/// A path without `*` matches only itself. With `*`, the path is a glob with `/` as the separator:
/// `*` matches within one path segment and `**` across segments, so `/usr/lib/node_modules/**`
/// matches every file below that directory. The proxy applies a matcher to the calling executable
/// and to each of its ancestors (`matches(executable:ancestors:)`).
public struct BinaryMatcher: Codable, Sendable, Equatable {
    /// The absolute path or glob as written.
    public var path: String

    public init(path: String) {
        self.path = path
    }

    /// Returns whether the executable path `candidate` matches. A pattern with broken glob syntax,
    /// which the loader rejects, matches nothing.
    public func matches(_ candidate: String) -> Bool {
        guard path.contains("*") else { return candidate == path }
        return (try? Glob(path, separator: "/"))?.matches(candidate) ?? false
    }

    /// Returns whether the executable or any of its ancestors' executables matches.
    public func matches(executable: String, ancestors: [String]) -> Bool {
        matches(executable) || ancestors.contains { matches($0) }
    }
}
