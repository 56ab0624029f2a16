import Foundation
import PaddockCore
import PaddockHTTP
import Synchronization

/// One WebSocket connection to Chromium's browser endpoint, shared by every thread of the server.
///
/// Each call gets a fresh id and waits for the reply with that id. A reader thread matches replies
/// to their callers, hands events to recorders and listeners, and fails every waiting call when
/// the socket closes. Calls to page targets carry the `sessionId` of a flattened session
/// (`Target.attachToTarget` with `flatten: true`), so one socket serves all tabs.
final class CDPConnection: @unchecked Sendable {
    typealias Listener = @Sendable (CDPEvent) -> Void

    let endpoint: BrowserEndpoint
    private let socket: WebSocketConnection
    private let logger: Logger
    private let state = Mutex(State())

    private struct State {
        var nextId = 1
        var pending: [Int: CDPSignal<Result<JSONValue, CDPError>>] = [:]
        var recorders: [ObjectIdentifier: CDPEventRecorder] = [:]
        var listeners: [Int: Listener] = [:]
        var nextListener = 1
        var closedReason: String?
    }

    /// The largest message accepted from Chromium; full-page screenshots arrive as base64 text.
    static let maxMessageBytes = 256 * 1024 * 1024

    /// Connects to the browser WebSocket of `endpoint` on 127.0.0.1 and starts the reader thread.
    ///
    /// - Throws: `PaddockError` when Chromium does not accept the connection.
    init(endpoint: BrowserEndpoint, logger: Logger, connectTimeout: Duration = .seconds(5)) throws {
        self.endpoint = endpoint
        self.logger = logger
        let client = HTTPClient(
            address: .tcp(host: "127.0.0.1", port: endpoint.port), connectTimeout: connectTimeout,
            readTimeout: connectTimeout)
        socket = try WebSocket.connect(
            client, target: endpoint.browserWebSocketPath, maxMessageBytes: Self.maxMessageBytes)
        let thread = Thread { [self] in readLoop() }
        thread.name = "cdp-reader"
        thread.start()
    }

    /// Tests whether the socket is still open.
    var isOpen: Bool { state.withLock { $0.closedReason == nil } }

    /// Sends `method` and waits for its reply.
    ///
    /// - Parameters:
    ///   - sessionId: the flattened session of a page target; nil for browser-level methods.
    ///   - timeout: seconds to wait for the reply. A reply that arrives later is dropped.
    /// - Returns: the reply's `result` object.
    /// - Throws: `CDPError` when Chromium reports an error, the timeout passes, or the socket closes.
    @discardableResult
    func call(
        _ method: String, _ params: JSONValue = .object([:]), sessionId: String? = nil, timeout: TimeInterval = 30
    ) throws -> JSONValue {
        let signal = CDPSignal<Result<JSONValue, CDPError>>()
        let registration = state.withLock { state -> Result<Int, CDPError> in
            if let reason = state.closedReason {
                return .failure(CDPError(kind: .disconnected, method: method, message: reason))
            }
            let id = state.nextId
            state.nextId += 1
            state.pending[id] = signal
            return .success(id)
        }
        let id = try registration.get()
        do {
            let text = CDPMessage.encodeCall(id: id, method: method, params: params, sessionId: sessionId)
            try socket.send(text: String(decoding: text, as: UTF8.self))
        } catch {
            _ = state.withLock { $0.pending.removeValue(forKey: id) }
            throw CDPError(kind: .disconnected, method: method, message: "cannot send to the browser: \(error)")
        }
        guard let result = signal.wait(until: Date().addingTimeInterval(timeout)) else {
            _ = state.withLock { $0.pending.removeValue(forKey: id) }
            throw CDPError(
                kind: .timeout, method: method, message: "no reply from the browser within \(Self.format(timeout)) s")
        }
        switch result {
        case .success(let value): return value
        case .failure(let error): throw CDPError(kind: error.kind, method: method, message: error.message)
        }
    }

    /// Starts recording the events that match `filter`; call `stopRecording` when done.
    func record(_ filter: @escaping @Sendable (CDPEvent) -> Bool) -> CDPEventRecorder {
        let recorder = CDPEventRecorder(filter: filter)
        let closed = state.withLock { state -> String? in
            state.recorders[ObjectIdentifier(recorder)] = recorder
            return state.closedReason
        }
        if let closed { recorder.fail(CDPError(kind: .disconnected, method: "event", message: closed)) }
        return recorder
    }

    func stopRecording(_ recorder: CDPEventRecorder) {
        _ = state.withLock { $0.recorders.removeValue(forKey: ObjectIdentifier(recorder)) }
    }

    /// Calls `listener` on the reader thread for every event until `removeListener`. A listener
    /// must not make calls on this connection, because the reader thread would wait for itself.
    @discardableResult
    func addListener(_ listener: @escaping Listener) -> Int {
        state.withLock { state in
            let token = state.nextListener
            state.nextListener += 1
            state.listeners[token] = listener
            return token
        }
    }

    func removeListener(_ token: Int) {
        _ = state.withLock { $0.listeners.removeValue(forKey: token) }
    }

    /// Closes the socket; waiting calls fail with `disconnected`.
    func close() {
        socket.connection.shutdown(.both)
    }

    // MARK: Reading

    private func readLoop() {
        var reason = "the browser closed the DevTools connection"
        do {
            while let message = try socket.receive() {
                guard case .text(let text) = message, let decoded = CDPMessage.decode(Array(text.utf8)) else {
                    continue
                }
                dispatch(decoded)
            }
        } catch {
            reason = "the DevTools connection to the browser was lost (\(error)); the browser may have crashed"
        }
        finish(reason)
    }

    private func dispatch(_ message: CDPMessage) {
        switch message {
        case .reply(let id, let result):
            let signal = state.withLock { $0.pending.removeValue(forKey: id) }
            signal?.fulfil(result.mapError { failure in
                CDPError(kind: .protocolError(code: failure.code), method: "", message: failure.message)
            })
        case .event(let event):
            let (recorders, listeners) = state.withLock { (Array($0.recorders.values), Array($0.listeners.values)) }
            for recorder in recorders { recorder.offer(event) }
            for listener in listeners { listener(event) }
        }
    }

    private func finish(_ reason: String) {
        let (pending, recorders) = state.withLock { state in
            state.closedReason = reason
            defer {
                state.pending = [:]
                state.recorders = [:]
            }
            return (Array(state.pending.values), Array(state.recorders.values))
        }
        let error = CDPError(kind: .disconnected, method: "DevTools connection", message: reason)
        for signal in pending { signal.fulfil(.failure(error)) }
        for recorder in recorders { recorder.fail(error) }
        socket.connection.close()
        logger.notice(
            "browser DevTools connection closed", ["generation": String(endpoint.generation), "reason": reason])
    }

    static func format(_ seconds: TimeInterval) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
    }
}
