@preconcurrency import Glibc

/// An endpoint host: an exact name or IP address, or a wildcard pattern over DNS labels.
///
/// Matching is case-insensitive and ignores one trailing dot on the host. In a pattern:
/// - `*` as a whole label matches exactly one label, so `*.example.com` matches `api.example.com`
///   but neither `example.com` nor `a.b.example.com`.
/// - `**` as the whole first label matches one or more labels.
/// - `*` inside the first label matches part of it, as in `*-aiplatform.googleapis.com`.
///
/// A pattern without `*` matches only that exact host, so `?` and `[` have no special meaning.
public struct HostPattern: Sendable, Hashable {
    /// The pattern as written.
    public let pattern: String
    private let glob: Glob?

    /// The maximum length of a host name in DNS.
    public static let maxLength = 253

    /// Creates a pattern after checking its shape.
    ///
    /// - Throws: `PatternError` when the pattern is empty, a URL, or has a port, a path or characters
    ///   that cannot appear in a host name. Wildcards are rejected when bare (`*`, `**`), when they
    ///   cover a top-level domain (`*.com`), when partial outside the first label (`api.*foo.com`),
    ///   and for `**` anywhere but the whole first label.
    public init(_ pattern: String) throws(PatternError) {
        try HostPattern.check(pattern)
        self.pattern = pattern
        if pattern.contains("*") {
            glob = try Glob(pattern.lowercased(), separator: ".")
        } else {
            glob = nil
        }
    }

    /// Whether the pattern contains a wildcard.
    public var isWildcard: Bool {
        glob != nil
    }

    /// Whether the pattern is an IPv4 or IPv6 address literal.
    public var isIPAddress: Bool {
        HostPattern.isIPAddress(pattern)
    }

    /// Returns whether `host`, a name or an address as a client sent it, matches this pattern.
    public func matches(_ host: String) -> Bool {
        var candidate = host.lowercased()
        if candidate.hasSuffix(".") {
            candidate.removeLast()
        }
        guard let glob else {
            var exact = pattern.lowercased()
            if exact.hasSuffix(".") {
                exact.removeLast()
            }
            return candidate == exact
        }
        // An empty label would let `*` match nothing, as in ".example.com".
        guard !candidate.isEmpty, !candidate.split(separator: ".", omittingEmptySubsequences: false).contains("")
        else { return false }
        return glob.matches(candidate)
    }

    public static func == (lhs: HostPattern, rhs: HostPattern) -> Bool {
        lhs.pattern == rhs.pattern
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(pattern)
    }

    static func isIPAddress(_ text: String) -> Bool {
        IPNetwork.addressBytes(text) != nil
    }

    private static func check(_ pattern: String) throws(PatternError) {
        func reject(_ reason: String) -> PatternError {
            PatternError(pattern: pattern, reason: reason)
        }
        guard !pattern.isEmpty else { throw reject("the host is empty") }
        guard !pattern.contains("://") else {
            throw reject("a host is a name such as api.example.com, not a URL; put the path in path")
        }
        if isIPAddress(pattern) {
            return
        }
        guard !pattern.contains("/") else { throw reject("a host cannot contain /; put the path in path") }
        guard !pattern.contains(":") else { throw reject("a host cannot contain a port; put it in port or ports") }
        guard pattern.utf8.count <= maxLength else {
            throw reject("the host is longer than \(maxLength) characters")
        }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_*.")
        if let bad = pattern.first(where: { !allowed.contains($0) }) {
            throw reject("\(YAMLNode.quote(String(bad))) cannot appear in a host; use letters, digits, - and _")
        }
        let labels = pattern.split(separator: ".", omittingEmptySubsequences: false)
        guard !labels.contains(where: \.isEmpty) || (labels.last == "" && labels.dropLast().allSatisfy { !$0.isEmpty })
        else { throw reject("the host has an empty label") }
        if let long = labels.first(where: { $0.count > 63 }) {
            throw reject("the label \(YAMLNode.quote(String(long))) is longer than 63 characters")
        }
        try checkWildcards(labels.filter { !$0.isEmpty }, reject: reject)
    }

    private static func checkWildcards(
        _ labels: [Substring], reject: (String) -> PatternError
    ) throws(PatternError) {
        guard labels.contains(where: { $0.contains("*") }) else { return }
        guard labels.count > 1 else {
            throw reject("a wildcard alone would match every host; name the domain, as in *.example.com")
        }
        let first = labels[0]
        if first.contains("**"), first != "**" {
            throw reject("** must be the whole first label, as in **.example.com")
        }
        for label in labels.dropFirst() where label.contains("*") {
            guard label == "*" else {
                throw reject(
                    "a wildcard after the first label must be a whole * label, which matches exactly one label "
                        + "(** may only be the whole first label)")
            }
        }
        let fixedLabels = labels.drop { $0.contains("*") }
        if fixedLabels.count < 2 {
            throw reject("a wildcard over a top-level domain is too broad; name the domain, as in *.example.com")
        }
    }
}
