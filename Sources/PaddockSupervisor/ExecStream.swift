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
            let parameters = try ExecParameters.decode(Array(text.utf8))
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
            guard case .binary(let bytes) = message, let channel = bytes.first else {
                // A rejected message is reported and skipped; the command keeps running.
                reportRejected("expected a binary message whose first byte is the channel (0 stdin, 3 control)")
                continue
            }
            let payload = Array(bytes.dropFirst())
            switch channel {
            case Self.stdinChannel:
                session.writeStdin(payload)
            case Self.controlChannel:
                do {
                    apply(try ExecControl.decodeFromClient(payload), to: session)
                } catch {
                    reportRejected((error as? PaddockError)?.message ?? "\(error)")
                }
            default:
                reportRejected("unknown channel \(channel); a client sends on channel 0 (stdin) or 3 (control)")
            }
        }
    }

    private func apply(_ control: ExecControl, to session: ExecSession) {
        switch control.type {
        case "eof": session.closeStdin()
        case "resize": session.resize(rows: control.rows ?? 0, cols: control.cols ?? 0)
        default: session.kill(signal: control.signal ?? 9)
        }
    }

    /// Tells the client that one of its messages was rejected, without ending the session.
    private func reportRejected(_ message: String) {
        sendControl(ExecControl(type: "error", message: "message rejected: \(message)"))
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
