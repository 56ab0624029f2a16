/// A malformed, ambiguous or oversized HTTP message, with the status a server sends for it.
///
/// Messages name the offending part of the message (a header name, a byte value, a limit) but never
/// echo a header value, which may hold a credential.
public struct HTTPParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The rule that the message broke.
    public enum Kind: Sendable, Equatable {
        case invalidMethod
        case invalidTarget
        case invalidVersion
        case unsupportedVersion
        case invalidStatus
        case invalidHeaderName
        case invalidHeaderValue
        case whitespaceBeforeColon
        case obsoleteLineFolding
        case bareCarriageReturn
        case bareLineFeed
        case startLineTooLong
        case headerSectionTooLarge
        case tooManyHeaders
        case missingHost
        case duplicateHost
        case contentLengthWithTransferEncoding
        case invalidContentLength
        case conflictingContentLength
        case invalidTransferEncoding
        case unsupportedTransferCoding
        case invalidChunkSize
        case invalidChunkExtension
        case invalidChunkTerminator
        case unsupportedExpectation
        case bodyTooLarge
        case timeout
        case incompleteMessage
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The response status a server sends for this error before it closes the connection.
    public var status: Int {
        switch kind {
        case .startLineTooLong: return 414
        case .headerSectionTooLarge, .tooManyHeaders: return 431
        case .unsupportedVersion: return 505
        case .unsupportedTransferCoding: return 501
        case .unsupportedExpectation: return 417
        case .bodyTooLarge: return 413
        case .timeout: return 408
        default: return 400
        }
    }

    public var description: String { message }
}
