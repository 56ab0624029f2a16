/// One event that Chromium sent: `{"method": ..., "params": ..., "sessionId": ...}`.
struct CDPEvent: Sendable, Equatable {
    let method: String
    let params: JSONValue
    /// The flattened session the event belongs to; nil for browser-level events.
    let sessionId: String?
}
