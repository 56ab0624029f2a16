import Foundation

/// Rewrites the URLs in Chromium's `/json/*` replies, which name its own `127.0.0.1:PORT`, to the
/// relay's address as the client used it.
struct CDPURLRewriter {
    let address: CDPAddress
    /// Chromium's debugging port.
    let port: Int

    /// Rewrites every string in `value`; other values stay as they are.
    func rewrite(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text):
            return .string(rewrite(text))
        case .array(let items):
            return .array(items.map(rewrite))
        case .object(let members):
            return .object(members.mapValues(rewrite))
        default:
            return value
        }
    }

    /// Rewrites `ws://127.0.0.1:PORT/devtools/...` (and `localhost`) to the relay's WebSocket URL,
    /// and the `ws=127.0.0.1:PORT/devtools/...` query parameter of a DevTools frontend URL to
    /// `ws=` or `wss=` with the relay's host and path.
    func rewrite(_ text: String) -> String {
        guard text.contains(":\(port)/devtools/") else { return text }
        var result = text
        let scheme = address.secure ? "wss://" : "ws://"
        let parameter = address.secure ? "wss=" : "ws="
        for host in ["127.0.0.1", "localhost"] {
            let chromium = "\(host):\(port)/devtools/"
            result = result.replacingOccurrences(
                of: "ws://" + chromium, with: scheme + address.authorityAndBase + "/devtools/")
            result = result.replacingOccurrences(
                of: "ws=" + chromium, with: parameter + address.authorityAndBase + "/devtools/")
        }
        return result
    }
}
