import Dispatch
import Foundation
import Synchronization

@testable import PaddockCLI

/// A WebSocket whose server side is a script: `respond` sees each message the client sends and
/// returns the messages the server sends back.
final class FakeWebSocket: GatewayWebSocket {
    typealias Script = @Sendable (GatewayWebSocketMessage) -> [GatewayWebSocketMessage]

    private struct State {
        var sent: [GatewayWebSocketMessage] = []
        var pending: [GatewayWebSocketMessage] = []
        var isClosed = false
    }

    private let state = Mutex(State())
    private let available = DispatchSemaphore(value: 0)
    private let script: Script

    init(script: @escaping Script) {
        self.script = script
    }

    /// A socket that answers the exec request with `frames`, ignoring later client messages.
    static func replying(_ frames: [ExecFrame]) -> FakeWebSocket {
        FakeWebSocket { message in
            guard case .text = message else { return [] }
            return frames.map { .binary((try? $0.encoded()) ?? []) }
        }
    }

    var sentTexts: [String] {
        state.withLock { $0.sent.compactMap { if case .text(let text) = $0 { text } else { nil } } }
    }

    /// The binary messages the client sent, decoded.
    var sentFrames: [ExecFrame] {
        state.withLock {
            $0.sent.compactMap { if case .binary(let bytes) = $0 { try? ExecFrame.decode(bytes) } else { nil } }
        }
    }

    var isClosed: Bool { state.withLock { $0.isClosed } }

    func sendText(_ text: String) throws {
        deliver(.text(text))
    }

    func sendBinary(_ bytes: [UInt8]) throws {
        deliver(.binary(bytes))
    }

    func receive() throws -> GatewayWebSocketMessage? {
        while true {
            let next: GatewayWebSocketMessage?? = state.withLock { state in
                if !state.pending.isEmpty { return .some(state.pending.removeFirst()) }
                return state.isClosed ? .some(nil) : nil
            }
            if let next { return next }
            _ = available.wait(timeout: .now() + 5)
        }
    }

    func close() {
        state.withLock { $0.isClosed = true }
        available.signal()
    }

    private func deliver(_ message: GatewayWebSocketMessage) {
        let replies = script(message)
        state.withLock { state in
            state.sent.append(message)
            state.pending += replies
        }
        for _ in replies {
            available.signal()
        }
    }
}
