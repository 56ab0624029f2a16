/// A failed DevTools Protocol call.
struct CDPError: Error, Sendable, Equatable, CustomStringConvertible {
    enum Kind: Sendable, Equatable {
        /// Chromium answered the call with an `error` object; `code` is its JSON-RPC code.
        case protocolError(code: Int)
        /// No reply arrived within the call's timeout.
        case timeout
        /// The WebSocket to the browser closed, usually because Chromium exited or crashed.
        case disconnected
    }

    let kind: Kind
    /// The CDP method of the call, such as `Page.navigate`.
    let method: String
    /// Chromium's error message, or a description of the timeout or disconnection.
    let message: String

    var description: String {
        switch kind {
        case .protocolError(let code): return "\(method) failed: \(message) (CDP error \(code))"
        case .timeout: return "\(method) timed out: \(message)"
        case .disconnected: return "\(method) failed: \(message)"
        }
    }
}
