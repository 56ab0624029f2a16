import Foundation

/// A page target and the flattened session through which calls reach it.
struct PageHandle: Sendable {
    let connection: CDPConnection
    let targetId: String
    let sessionId: String
    /// The page's lifecycle record, shared with the listener that fills it.
    let lifecycle: PageLifecycle

    /// Sends `method` to the page's session; see `CDPConnection.call`.
    @discardableResult
    func call(_ method: String, _ params: JSONValue = .object([:]), timeout: TimeInterval = 30) throws -> JSONValue {
        try connection.call(method, params, sessionId: sessionId, timeout: timeout)
    }

    /// Starts recording this session's events whose method is one of `methods`.
    func record(_ methods: Set<String>) -> CDPEventRecorder {
        let sessionId = sessionId
        return connection.record { $0.sessionId == sessionId && methods.contains($0.method) }
    }
}
