import Foundation
import PaddockCore

/// A JSON control message of a streamed exec, on channel 3.
enum ExecControlMessage: Equatable, Sendable {
    /// The client's terminal changed size.
    case resize(rows: Int, columns: Int)
    /// The client's standard input ended, so the server closes the command's standard input.
    case endOfInput
    /// The command exited. The server sends this last, then closes the connection. `oomKilled` is
    /// true when the kernel's out-of-memory killer ended it at the sandbox's memory limit.
    case exit(code: Int32, timedOut: Bool, oomKilled: Bool = false)
    /// The command could not start.
    case error(message: String)
    /// A message type this client does not know, ignored for compatibility with newer gateways.
    case unknown(type: String)

    private struct Wire: Codable {
        var type: String
        var rows: Int?
        var cols: Int?
        var exitCode: Int32?
        var timedOut: Bool?
        var oomKilled: Bool?
        var message: String?

        enum CodingKeys: String, CodingKey {
            case type, rows, cols
            case exitCode = "exit_code"
            case timedOut = "timed_out"
            case oomKilled = "oom_killed"
            case message
        }
    }

    /// Returns the message as compact JSON.
    func encoded() throws -> [UInt8] {
        let wire: Wire
        switch self {
        case .resize(let rows, let columns): wire = Wire(type: "resize", rows: rows, cols: columns)
        case .endOfInput: wire = Wire(type: "eof")
        case .exit(let code, let timedOut, let oomKilled):
            wire = Wire(type: "exit", exitCode: code, timedOut: timedOut, oomKilled: oomKilled ? true : nil)
        case .error(let message): wire = Wire(type: "error", message: message)
        case .unknown(let type): wire = Wire(type: type)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array(try encoder.encode(wire))
    }

    /// Decodes a control message's JSON.
    ///
    /// - Throws: `PaddockError` when the JSON is malformed or an `exit` message lacks `exit_code`.
    static func decode(_ payload: [UInt8]) throws -> ExecControlMessage {
        let wire: Wire
        do {
            wire = try JSONDecoder().decode(Wire.self, from: Data(payload))
        } catch {
            let text = String(decoding: payload.prefix(200), as: UTF8.self)
            throw PaddockError(.internal, "the gateway sent a malformed exec control message '\(text)'")
        }
        switch wire.type {
        case "resize":
            return .resize(rows: wire.rows ?? 0, columns: wire.cols ?? 0)
        case "eof":
            return .endOfInput
        case "exit":
            guard let code = wire.exitCode else {
                throw PaddockError(.internal, "the gateway sent an exec exit message without exit_code")
            }
            return .exit(code: code, timedOut: wire.timedOut ?? false, oomKilled: wire.oomKilled ?? false)
        case "error":
            return .error(message: wire.message ?? "the command could not start")
        default:
            return .unknown(type: wire.type)
        }
    }
}
