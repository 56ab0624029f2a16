import Foundation
import PaddockHTTP

/// `WS /v1/shell/ws`: a shell session's terminal over a WebSocket, in the AIO frame format.
///
/// Client frames are JSON text: `{"type":"input","data":"..."}`, `{"type":"resize","data":
/// {"cols":N,"rows":M}}` and `{"type":"pong",...}`. The server sends `session_id`, then `ready`,
/// then `output` frames with the terminal's bytes as text, and an `error` frame for each client
/// frame it cannot act on. The terminal is the one `/v1/shell/exec` uses, which runs without echo,
/// so typed input is not repeated in the output.
struct ShellTerminalSocket {
    let sessions: ShellSessions

    func upgrade(_ request: RouteRequest) throws -> HTTPResponse {
        let session = try sessions.session(request.http.query("session_id"))
        let process = try session.terminal()
        let logger = sessions.context.logger
        return try WebSocket.upgradeResponse(for: request.http) { socket in
            try socket.send(text: Self.frame("session_id", .string(session.id)))
            try socket.send(text: Self.frame("ready", "Terminal ready"))
            let closed = StopFlag()
            let pump = Thread {
                Self.forwardOutput(process.stdout, to: socket, until: closed)
            }
            pump.name = "workspace-terminal-\(session.id)"
            pump.start()
            defer { closed.stop() }
            while let message = try socket.receive() {
                switch message {
                case .binary(let bytes):
                    process.writeInput(bytes)
                case .text(let text):
                    switch Self.interpret(text) {
                    case .input(let bytes):
                        process.writeInput(bytes)
                    case .resize(let rows, let columns):
                        process.resize(rows: rows, columns: columns)
                    case .ignore:
                        continue
                    case .reject(let message):
                        logger.debug("terminal frame rejected", ["session": session.id, "error": message])
                        try socket.send(text: Self.frame("error", .string(message)))
                    }
                }
            }
            logger.info("terminal connection closed", ["session": session.id])
        }
    }

    /// The request that a client's text frame carries.
    enum ClientFrame: Equatable {
        case input([UInt8])
        case resize(rows: UInt16, columns: UInt16)
        /// A heartbeat reply or ping, which needs no action.
        case ignore
        /// A frame the server cannot act on, with the message of the `error` frame sent in reply.
        case reject(String)
    }

    static let maxTerminalSide = 1000

    /// Parses a client's text frame.
    static func interpret(_ text: String) -> ClientFrame {
        guard let frame = try? JSONValue.parse(Array(text.utf8)), case .object = frame else {
            return .reject("invalid frame: expected a JSON object such as {\"type\":\"input\",\"data\":\"ls\\n\"}")
        }
        let type = frame["type"]?.stringValue
        switch type {
        case "input":
            guard let data = frame["data"]?.stringValue else {
                return .reject("invalid input frame: \"data\" must be a string of keystrokes")
            }
            return .input(Array(data.utf8))
        case "resize":
            let range = 1...maxTerminalSide
            guard let columns = frame["data"]?["cols"]?.intValue, let rows = frame["data"]?["rows"]?.intValue,
                range.contains(columns), range.contains(rows)
            else {
                return .reject(
                    "invalid resize frame: \"data\" must be {\"cols\":N,\"rows\":M} "
                        + "with N and M from 1 to \(maxTerminalSide)")
            }
            return .resize(rows: UInt16(rows), columns: UInt16(columns))
        case "pong", "ping":
            return .ignore
        default:
            let shown = type.map { "'\($0)'" } ?? "missing"
            return .reject("unknown frame type \(shown): use input, resize or pong")
        }
    }

    static func frame(_ type: String, _ data: JSONValue) -> String {
        String(decoding: JSONValue.object(["type": .string(type), "data": data]).serialized(), as: UTF8.self)
    }

    /// Sends the terminal's output from now on until the connection closes or the shell exits.
    static func forwardOutput(_ log: ByteLog, to socket: WebSocketConnection, until closed: StopFlag) {
        var offset = log.length
        while !closed.isStopped {
            log.wait(beyond: offset, until: Date().addingTimeInterval(0.5))
            let available = log.read(from: offset)
            let decoded = OutputTruncation.decode(available.bytes, partial: true)
            if decoded.used > 0 {
                do {
                    try socket.send(text: frame("output", .string(decoded.text)))
                } catch {
                    return
                }
                offset = available.start + decoded.used
            } else if log.isClosed {
                try? socket.close(reason: "shell exited")
                return
            }
        }
    }
}

/// A flag that one thread sets to stop another.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false

    var isStopped: Bool { lock.withLock { stopped } }

    func stop() {
        lock.withLock { stopped = true }
    }
}
