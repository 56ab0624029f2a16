/// A WebSocket failure, with the close status code (RFC 6455, section 7.4.1) that describes it.
public struct WebSocketError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The close status code sent to the peer, or 1006 when the connection dropped without a close frame.
    public let closeCode: UInt16
    public let message: String

    public init(closeCode: UInt16, _ message: String) {
        self.closeCode = closeCode
        self.message = message
    }

    public static func protocolError(_ message: String) -> WebSocketError {
        WebSocketError(closeCode: WebSocketCloseCode.protocolError, message)
    }

    public var description: String { "WebSocket error \(closeCode): \(message)" }
}

/// Close status codes used by this implementation (RFC 6455, section 7.4.1).
public enum WebSocketCloseCode {
    public static let normal: UInt16 = 1000
    public static let goingAway: UInt16 = 1001
    public static let protocolError: UInt16 = 1002
    public static let noStatus: UInt16 = 1005
    public static let abnormal: UInt16 = 1006
    public static let invalidData: UInt16 = 1007
    public static let messageTooBig: UInt16 = 1009

    /// Tests whether a peer may send `code` in a close frame.
    public static func isValidReceived(_ code: UInt16) -> Bool {
        switch code {
        case 1000...1003, 1007...1011, 1012...1014, 3000...4999: return true
        default: return false
        }
    }
}
