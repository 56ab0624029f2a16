import PaddockCore

/// A registry image reference: `HOST[:PORT]/REPOSITORY[:TAG][@sha256:DIGEST]`.
///
/// The registry host is required. Docker's tools fill in docker.io when it is missing, but Paddock
/// never sends traffic to a host that the operator did not name.
public struct ImageReference: Hashable, Sendable, CustomStringConvertible {
    /// The registry authority, such as `127.0.0.1:5000` or `registry.example.com`.
    public let registry: String
    /// The repository path, such as `team/app`.
    public let repository: String
    public let tag: String?
    public let digest: Digest?

    public init(registry: String, repository: String, tag: String?, digest: Digest?) {
        self.registry = registry
        self.repository = repository
        self.tag = tag
        self.digest = digest
    }

    /// Parses a reference; a reference with neither tag nor digest means tag `latest`.
    ///
    /// - Throws: `.invalidArgument` naming the part that does not parse.
    public init(parsing text: String) throws {
        func invalid(_ reason: String) -> PaddockError {
            PaddockError(
                .invalidArgument,
                "image reference '\(text)' is invalid: \(reason); write HOST[:PORT]/REPOSITORY[:TAG][@sha256:DIGEST], "
                    + "for example 127.0.0.1:5000/team/app:1.0")
        }
        guard !text.isEmpty, text.utf8.count <= 255 else {
            throw invalid(text.isEmpty ? "it is empty" : "it is longer than 255 characters")
        }
        var rest = Substring(text)
        var digest: Digest?
        if let at = rest.firstIndex(of: "@") {
            do {
                digest = try Digest(parsing: String(rest[rest.index(after: at)...]))
            } catch {
                throw invalid("the part after @ is not a sha256 digest")
            }
            rest = rest[..<at]
        }
        guard let slash = rest.firstIndex(of: "/") else {
            throw invalid("it names no registry host")
        }
        let registry = String(rest[..<slash])
        guard Self.isRegistry(registry) else {
            throw invalid("'\(registry)' is not a registry host (a registry contains '.' or ':' or is localhost)")
        }
        var path = rest[rest.index(after: slash)...]
        var tag: String?
        if let colon = path.lastIndex(of: ":") {
            tag = String(path[path.index(after: colon)...])
            path = path[..<colon]
            guard Self.isTag(tag!) else {
                throw invalid("tag '\(tag!)' must be 1 to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'")
            }
        }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        for component in components where !Self.isPathComponent(component) {
            throw invalid(
                "repository component '\(component)' must be lowercase letters and digits, separated by '.', '_', '__' or '-'")
        }
        self.init(registry: registry, repository: String(path), tag: digest == nil ? (tag ?? "latest") : tag, digest: digest)
    }

    /// The tag or digest to ask the registry's manifest endpoint for; the digest wins when both are given.
    public var manifestReference: String { digest?.description ?? tag ?? "latest" }

    /// The name stored in the image list: `registry/repository:tag`, or `@digest` when no tag was given.
    public var description: String {
        var text = "\(registry)/\(repository)"
        if let tag { text += ":\(tag)" }
        if let digest { text += "@\(digest)" }
        return text
    }

    /// Checks whether `text` has the form of a name that can be in the image store: a registry
    /// reference, a local `REPOSITORY[:TAG]` (as `image import` makes), or a hex digest. It checks
    /// the form only, not whether such an image exists.
    public static func isWellFormedName(_ text: String) -> Bool {
        if (try? ImageReference(parsing: text)) != nil { return true }
        let hex = text.hasPrefix("sha256:") ? text.dropFirst(7) : Substring(text)
        if !hex.isEmpty, hex.allSatisfy(\.isHexDigit) { return true }
        var path = Substring(text)
        let nameStart = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        if let colon = path[nameStart...].lastIndex(of: ":") {
            guard isTag(String(path[path.index(after: colon)...])) else { return false }
            path = path[..<colon]
        }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy(isPathComponent)
    }

    private static func isRegistry(_ host: String) -> Bool {
        guard host.contains(".") || host.contains(":") || host == "localhost" else { return false }
        var hostPart = Substring(host)
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return false }
            let after = host[host.index(after: close)...]
            guard after.isEmpty || (after.hasPrefix(":") && isPort(after.dropFirst())) else { return false }
            return host[host.index(after: host.startIndex)..<close].allSatisfy { $0.isHexDigit || $0 == ":" }
        }
        if let colon = host.lastIndex(of: ":") {
            guard isPort(host[host.index(after: colon)...]) else { return false }
            hostPart = host[..<colon]
        }
        let labels = hostPart.split(separator: ".", omittingEmptySubsequences: false)
        return labels.allSatisfy { label in
            !label.isEmpty && label.first != "-" && label.last != "-"
                && label.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumericASCII(contains: $0) || $0 == "-") }
        }
    }

    private static func isPort(_ text: Substring) -> Bool {
        guard let port = Int(text), (1...65535).contains(port) else { return false }
        return text.allSatisfy(\.isASCII)
    }

    private static func isTag(_ tag: String) -> Bool {
        guard (1...128).contains(tag.utf8.count), let first = tag.unicodeScalars.first else { return false }
        guard first != "." && first != "-" else { return false }
        return tag.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumericASCII(contains: $0) || "_.-".unicodeScalars.contains($0)) }
    }

    /// One repository component: `[a-z0-9]+` runs joined by `.`, `_`, `__` or one or more `-`.
    private static func isPathComponent(_ component: Substring) -> Bool {
        let scalars = Array(component.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last else { return false }
        guard isLowerAlphanumeric(first), isLowerAlphanumeric(last) else { return false }
        var index = 0
        while index < scalars.count {
            if isLowerAlphanumeric(scalars[index]) {
                index += 1
                continue
            }
            var run = index
            while run < scalars.count, !isLowerAlphanumeric(scalars[run]) { run += 1 }
            let separator = String(String.UnicodeScalarView(scalars[index..<run]))
            guard separator == "." || separator == "_" || separator == "__" || separator.allSatisfy({ $0 == "-" }) else {
                return false
            }
            index = run
        }
        return true
    }

    private static func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}

private enum CharacterSet {
    static func alphanumericASCII(contains scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
