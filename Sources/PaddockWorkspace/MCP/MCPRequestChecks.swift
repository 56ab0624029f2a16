import Foundation
import PaddockHTTP

/// The header checks of the Streamable HTTP transport: which reply formats the client accepts, and
/// whether the request's Origin may talk to this server.
enum MCPRequestChecks {
    /// The reply formats a client accepts, from its Accept header.
    struct Acceptance: Equatable {
        var json: Bool
        var eventStream: Bool
    }

    /// Reads the Accept header. A request without one accepts anything (RFC 9110, section 12.5.1),
    /// and gets JSON. Media ranges with `q=0` are excluded.
    static func acceptance(_ headers: HTTPHeaders) -> Acceptance {
        let values = headers.values(for: "Accept")
        guard !values.isEmpty else { return Acceptance(json: true, eventStream: false) }
        var result = Acceptance(json: false, eventStream: false)
        for range in headers.tokens(for: "Accept") {
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            let excluded = parts.dropFirst().contains { parameter in
                let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                return pair.count == 2 && pair[0] == "q" && Double(pair[1]) == 0
            }
            guard !excluded, let type = parts.first else { continue }
            switch type {
            case "application/json", "application/*", "*/*": result.json = true
            case "text/event-stream": result.eventStream = true
            default: break
            }
        }
        return result
    }

    /// Tests whether a request with this Origin header may proceed. The transport specification
    /// requires servers to validate Origin against DNS rebinding, because a web page on another site
    /// could otherwise reach a server on loopback through the browser. Requests without Origin
    /// (every non-browser client) pass, and so do origins whose host is loopback: `localhost`,
    /// `*.localhost`, 127.0.0.0/8 and `[::1]`.
    static func allowsOrigin(_ origin: String?) -> Bool {
        guard let origin else { return true }
        guard let schemeEnd = origin.range(of: "://") else { return false }
        var host = Substring(origin[schemeEnd.upperBound...]).lowercased()
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return false }
            return host[host.index(after: host.startIndex)..<close] == "::1"
        }
        if let colon = host.firstIndex(of: ":") { host = String(host[..<colon]) }
        if host.hasSuffix("/") { host.removeLast() }
        if host == "localhost" || host.hasSuffix(".localhost") { return true }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }
}
