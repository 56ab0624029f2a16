import PaddockCore

extension HTTPClient {
    /// Parses a server URL into a socket address; see `init(url:)` for the accepted forms.
    public static func address(fromURL url: String) throws -> SocketAddress {
        if url.hasPrefix("unix://") {
            let path = String(url.dropFirst("unix://".count))
            guard path.hasPrefix("/") else {
                throw PaddockError(
                    .invalidArgument, "invalid URL \(url): a unix URL needs an absolute path, unix:///path")
            }
            return .unix(path: path)
        }
        guard url.hasPrefix("http://") else {
            throw PaddockError(
                .invalidArgument,
                "invalid URL \(url): expected http://HOST:PORT or unix:///PATH (https is not supported)")
        }
        var authority = Substring(url.dropFirst("http://".count))
        if let slash = authority.firstIndex(of: "/") { authority = authority[..<slash] }

        var host = authority
        var port = 80
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else {
                throw PaddockError(.invalidArgument, "invalid URL \(url): the IPv6 host has no closing ]")
            }
            host = authority[authority.index(after: authority.startIndex)..<close]
            let rest = authority[authority.index(after: close)...]
            if rest.hasPrefix(":") { port = try parsePort(rest.dropFirst(), url: url) }
        } else if let colon = authority.lastIndex(of: ":") {
            host = authority[..<colon]
            port = try parsePort(authority[authority.index(after: colon)...], url: url)
        }
        guard !host.isEmpty else { throw PaddockError(.invalidArgument, "invalid URL \(url): the host is missing") }
        return .tcp(host: String(host), port: port)
    }

    private static func parsePort(_ text: Substring, url: String) throws -> Int {
        guard let port = Int(text), (1...65535).contains(port) else {
            throw PaddockError(.invalidArgument, "invalid URL \(url): port \"\(text)\" is not a number from 1 to 65535")
        }
        return port
    }
}
