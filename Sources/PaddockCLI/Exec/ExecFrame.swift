import Foundation
import PaddockCore

/// The framing of a streamed exec's binary WebSocket messages: the first byte names the channel.
///
/// | byte | direction | payload |
/// | --- | --- | --- |
/// | 0 | client to server | standard input bytes |
/// | 1 | server to client | standard output bytes (everything, with a TTY) |
/// | 2 | server to client | standard error bytes |
/// | 3 | both | a JSON control message |
enum ExecFrame: Equatable, Sendable {
    case input([UInt8])
    case output([UInt8])
    case errorOutput([UInt8])
    case control(ExecControlMessage)

    static let inputChannel: UInt8 = 0
    static let outputChannel: UInt8 = 1
    static let errorChannel: UInt8 = 2
    static let controlChannel: UInt8 = 3

    /// Returns the message bytes for this frame.
    func encoded() throws -> [UInt8] {
        switch self {
        case .input(let bytes): return [Self.inputChannel] + bytes
        case .output(let bytes): return [Self.outputChannel] + bytes
        case .errorOutput(let bytes): return [Self.errorChannel] + bytes
        case .control(let message): return [Self.controlChannel] + (try message.encoded())
        }
    }

    /// Decodes one binary message.
    ///
    /// - Throws: `PaddockError` for an empty message, an unknown channel or a malformed control
    ///   message.
    static func decode(_ bytes: [UInt8]) throws -> ExecFrame {
        guard let channel = bytes.first else {
            throw PaddockError(.internal, "the gateway sent an empty exec message; expected a channel byte")
        }
        let payload = Array(bytes.dropFirst())
        switch channel {
        case inputChannel: return .input(payload)
        case outputChannel: return .output(payload)
        case errorChannel: return .errorOutput(payload)
        case controlChannel: return .control(try ExecControlMessage.decode(payload))
        default:
            throw PaddockError(.internal, "the gateway sent an exec message on unknown channel \(channel)")
        }
    }
}
