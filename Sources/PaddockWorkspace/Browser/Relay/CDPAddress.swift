import Foundation
import PaddockHTTP

/// The address a client used to reach the CDP relay, from which the URLs in Chromium's replies are
/// rebuilt: scheme from `X-Forwarded-Proto`, host from `X-Forwarded-Host` or else `Host`, and path
/// prefix from `X-Forwarded-Prefix`.
struct CDPAddress: Equatable {
    /// True when the client came over TLS (`X-Forwarded-Proto: https` or `wss`).
    let secure: Bool
    /// `host[:port]` as the client wrote it.
    let host: String
    /// A path prefix without a trailing slash, such as `/sandboxes/NAME`, or "".
    let prefix: String

    /// The host used when a request names none (HTTP/1.0): the workspace server's TCP listener.
    static let fallbackHost = "127.0.0.1:8091"

    init(secure: Bool, host: String, prefix: String) {
        self.secure = secure
        self.host = host
        self.prefix = prefix
    }

    init(headers: HTTPHeaders) {
        let proto = Self.firstValue(headers["X-Forwarded-Proto"])?.lowercased()
        secure = proto == "https" || proto == "wss"
        host = Self.firstValue(headers["X-Forwarded-Host"]) ?? Self.firstValue(headers["Host"]) ?? Self.fallbackHost
        var prefix = Self.firstValue(headers["X-Forwarded-Prefix"]) ?? ""
        while prefix.hasSuffix("/") { prefix.removeLast() }
        if !prefix.isEmpty, !prefix.hasPrefix("/") { prefix = "/" + prefix }
        self.prefix = prefix
    }

    /// Returns the first entry of a comma-separated list that several proxies appended to, trimmed,
    /// or nil when it is empty.
    private static func firstValue(_ value: String?) -> String? {
        guard let value else { return nil }
        let first = value.split(separator: ",", omittingEmptySubsequences: false).first ?? ""
        let trimmed = first.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// `host` followed by the prefix and `/cdp`, the base of every relayed path.
    var authorityAndBase: String { host + prefix + "/cdp" }

    /// `ws://HOST/PREFIX/cdp` or `wss://...`.
    var webSocketBase: String { (secure ? "wss://" : "ws://") + authorityAndBase }

    /// Returns the relayed WebSocket URL of a Chromium path such as `/devtools/browser/ID`.
    func webSocketURL(_ devtoolsPath: String) -> String { webSocketBase + devtoolsPath }
}
