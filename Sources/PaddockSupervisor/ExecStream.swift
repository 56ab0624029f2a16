import Foundation
import PaddockCore
import PaddockHTTP

/// A command streamed over a WebSocket, in the channel protocol of the gateway API: the first
/// message is the JSON request, then binary messages whose first byte names the channel (0 stdin,
/// 1 stdout, 2 stderr, 3 JSON control).
struct ExecStream {
    let supervisor: Supervisor
    let socket: WebSocketConnection

    static let stdinChannel: UInt8 = 0
    static let controlChannel: UInt8 = 3

    func run() {
        let session: ExecSession
        do {
            guard case .text(let text)? = try socket.receive() else {
                sendError("the first message must be the JSON exec request")
                return
            }
            let parameters = try JSONDecoder().decode(ExecParameters.self, from: Data(text.utf8))
            session = try supervisor.session(for: parameters)
        } catch {
            sendError((error as? PaddockError)?.message ?? "invalid exec request: \(error)")
            return
        }
        let finished = DispatchSemaphore(value: 0)
        session.start(
            onOutput: { channel, bytes in
                try? socket.send(binary: [channel.rawValue] + bytes)
            },
            onExit: { outcome in
                let control = ExecControl(type: "exit", exitCode: outcome.exitCode, timedOut: outcome.timedOut, oomKilled: outcome.oomKilled)
                sendControl(control)
                try? socket.close()
                finished.signal()
            })
        readInput(session)
        finished.wait()
    }

    /// Forwards stdin and control messages until the client closes; a client that goes away while
    /// the command runs has its command killed, because nobody could read its output any more.
    private func readInput(_ session: ExecSession) {
        while true {
            guard let message = try? socket.receive() else {
                if !socket.isCloseSent { session.kill() }
                return
            }
            guard case .binary(let bytes) = message, let channel = bytes.first else { continue }
            let payload = Array(bytes.dropFirst())
            switch channel {
            case Self.stdinChannel:
                session.writeStdin(payload)
            case Self.controlChannel:
                guard let control = try? JSONDecoder().decode(ExecControl.self, from: Data(payload)) else { continue }
                if control.type == "eof" { session.closeStdin() }
                if control.type == "resize", let rows = control.rows, let cols = control.cols {
                    session.resize(rows: rows, cols: cols)
                }
                if control.type == "signal" { session.kill(signal: control.signal ?? 9) }
            default:
                continue
            }
        }
    }

    private func sendError(_ message: String) {
        sendControl(ExecControl(type: "error", message: message))
        try? socket.close()
    }

    private func sendControl(_ control: ExecControl) {
        guard let data = try? JSONEncoder().encode(control) else { return }
        try? socket.send(binary: [Self.controlChannel] + Array(data))
    }
}

/// A control message of the exec channel protocol.
struct ExecControl: Codable, Sendable {
    var type: String
    var exitCode: Int32?
    var timedOut: Bool?
    var oomKilled: Bool?
    var message: String?
    var rows: UInt16?
    var cols: UInt16?
    var signal: Int32?

    enum CodingKeys: String, CodingKey {
        case type, message, rows, cols, signal
        case exitCode = "exit_code"
        case timedOut = "timed_out"
        case oomKilled = "oom_killed"
    }
}
