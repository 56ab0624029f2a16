import PaddockCore
import PaddockHTTP

/// One server that the puller talks to: the registry itself, a token service or a redirect
/// target, as scheme, host and port.
struct RegistryEndpoint: Hashable, CustomStringConvertible {
    var secure: Bool
    var host: String
    var port: Int

    var description: String { "\(secure ? "https" : "http")://\(authority)" }

    var authority: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }

    /// The endpoint of a registry authority such as `127.0.0.1:5000` or `[::1]:5443`.
    init(registry: String, secure: Bool) throws {
        self.secure = secure
        (host, port) = try Self.split(authority: registry, defaultPort: secure ? 443 : 80, context: registry)
    }

    init(secure: Bool, host: String, port: Int) {
        self.secure = secure
        self.host = host
        self.port = port
    }

    /// Splits an absolute http(s) URL into its endpoint and request target (path and query).
    static func parse(url: String) throws -> (RegistryEndpoint, String) {
        let secure: Bool
        let rest: Substring
        if url.hasPrefix("https://") {
            secure = true
            rest = url.dropFirst("https://".count)
        } else if url.hasPrefix("http://") {
            secure = false
            rest = url.dropFirst("http://".count)
        } else {
            throw PaddockError(.invalidArgument, "URL '\(url)' from the registry is not an http or https URL")
        }
        let slash = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        let (host, port) = try split(authority: String(rest[..<slash]), defaultPort: secure ? 443 : 80, context: url)
        var target = String(rest[slash...])
        if target.isEmpty || target.hasPrefix("?") { target = "/" + target }
        return (RegistryEndpoint(secure: secure, host: host, port: port), target)
    }

    private static func split(authority: String, defaultPort: Int, context: String) throws -> (String, Int) {
        var host = Substring(authority)
        var portText: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else {
                throw PaddockError(.invalidArgument, "'\(context)' has an IPv6 host without a closing ]")
            }
            host = authority[authority.index(after: authority.startIndex)..<close]
            let after = authority[authority.index(after: close)...]
            if after.hasPrefix(":") { portText = after.dropFirst() }
        } else if let colon = authority.lastIndex(of: ":") {
            host = authority[..<colon]
            portText = authority[authority.index(after: colon)...]
        }
        guard !host.isEmpty else { throw PaddockError(.invalidArgument, "'\(context)' names no host") }
        guard let portText else { return (String(host), defaultPort) }
        guard let port = Int(portText), (1...65535).contains(port) else {
            throw PaddockError(.invalidArgument, "'\(context)' has port '\(portText)', which is not 1 to 65535")
        }
        return (String(host), port)
    }
}
