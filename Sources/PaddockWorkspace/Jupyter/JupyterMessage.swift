import Foundation

/// One message of the Jupyter messaging protocol (version 5.3).
///
/// The content stays as its raw JSON bytes until read, because a stream message can carry tens of
/// megabytes of text, which `StreamContent` reads without building the whole string.
struct JupyterMessage {
    /// The routing identities that precede the `<IDS|MSG>` delimiter.
    var identities: [[UInt8]] = []
    var header: JSONValue
    var parentHeader: JSONValue
    var metadata: JSONValue
    var contentBytes: [UInt8]
    /// The content frame's length on the wire; larger than `contentBytes.count` when the receiver
    /// kept only the frame's start.
    var contentLength: Int
    var buffers: [[UInt8]] = []

    static let protocolVersion = "5.3"

    /// Creates a request of `type` for the client session `session`, with a new message id.
    init(type: String, session: String, content: JSONValue) {
        header = [
            "msg_id": .string(UUID().uuidString.lowercased()), "session": .string(session),
            "username": "paddock", "date": .string(Self.timestamp()), "msg_type": .string(type),
            "version": .string(Self.protocolVersion),
        ]
        parentHeader = [:]
        metadata = [:]
        contentBytes = content.serialized()
        contentLength = contentBytes.count
    }

    init(header: JSONValue, parentHeader: JSONValue, metadata: JSONValue, contentBytes: [UInt8]) {
        self.header = header
        self.parentHeader = parentHeader
        self.metadata = metadata
        self.contentBytes = contentBytes
        self.contentLength = contentBytes.count
    }

    /// Whether only the start of the content was kept.
    var isContentTruncated: Bool { contentLength > contentBytes.count }

    var id: String { header["msg_id"]?.stringValue ?? "" }
    var type: String { header["msg_type"]?.stringValue ?? "" }
    /// The id of the request that caused this message, or nil.
    var parentID: String? { parentHeader["msg_id"]?.stringValue }

    /// The content parsed as JSON; an empty object when it is not a JSON object.
    var content: JSONValue {
        guard let value = FoundationJSON.parse(contentBytes), case .object = value else { return [:] }
        return value
    }

    /// Formats `date` as the ISO 8601 UTC timestamp with microseconds that Jupyter headers carry.
    static func timestamp(_ date: Date = Date()) -> String {
        let seconds = date.timeIntervalSince1970
        var whole = time_t(seconds.rounded(.down))
        let micros = Int((seconds - Double(whole)) * 1_000_000)
        var parts = tm()
        gmtime_r(&whole, &parts)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
            Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), micros)
    }
}

/// A message that does not follow the wire format or whose signature does not match.
enum JupyterWireError: Error, CustomStringConvertible, Equatable {
    case missingDelimiter
    case missingFrames(Int)
    case invalidSignature
    case invalidJSON(String)

    var description: String {
        switch self {
        case .missingDelimiter: "the message has no <IDS|MSG> delimiter"
        case .missingFrames(let count): "the message has \(count) frames after the delimiter, fewer than 5"
        case .invalidSignature: "the message signature does not match the connection key"
        case .invalidJSON(let frame): "the message's \(frame) frame is not a JSON object"
        }
    }
}

/// The multipart framing of Jupyter messages on ZeroMQ sockets:
/// identities, `<IDS|MSG>`, signature, header, parent header, metadata, content, then buffers.
enum JupyterWire {
    static let delimiter = Array("<IDS|MSG>".utf8)

    /// Returns the frames of `message`, signed with `signer`.
    static func encode(_ message: JupyterMessage, signer: MessageSigner) -> [[UInt8]] {
        let parts = [
            message.header.serialized(), message.parentHeader.serialized(), message.metadata.serialized(),
            message.contentBytes,
        ]
        return message.identities + [delimiter, Array(signer.signature(of: parts).utf8)] + parts + message.buffers
    }

    /// Parses `frames`, verifying the signature before anything else is read.
    static func decode(_ frames: [[UInt8]], signer: MessageSigner) throws -> JupyterMessage {
        let verifier = FrameVerifier(key: signer.key)
        for (index, frame) in frames.enumerated() { frame.withUnsafeBytes { verifier.observe(index, $0) } }
        return try decode(frames, verifier: verifier)
    }

    /// Parses `frames` whose whole bytes `verifier` saw while they were received, so that frames
    /// cut short by the receiver are still verified in full.
    static func decode(_ frames: [[UInt8]], verifier: FrameVerifier) throws -> JupyterMessage {
        guard let split = frames.firstIndex(of: delimiter) else { throw JupyterWireError.missingDelimiter }
        let rest = frames[(split + 1)...]
        guard rest.count >= 5 else { throw JupyterWireError.missingFrames(rest.count) }
        let start = rest.startIndex
        let parts = Array(frames[(start + 1)...(start + 4)])
        guard verifier.isValid else { throw JupyterWireError.invalidSignature }
        var message = JupyterMessage(
            header: try object(parts[0], "header"), parentHeader: try object(parts[1], "parent header"),
            metadata: try object(parts[2], "metadata"), contentBytes: parts[3])
        message.contentLength = verifier.frameLengths[start + 4]
        message.identities = Array(frames[..<split])
        message.buffers = Array(frames[(start + 5)...])
        return message
    }

    private static func object(_ bytes: [UInt8], _ frame: String) throws -> JSONValue {
        guard let value = FoundationJSON.parse(bytes), case .object = value else {
            throw JupyterWireError.invalidJSON(frame)
        }
        return value
    }
}

/// Computes a message's signature frame by frame as libzmq delivers the frames, and keeps the
/// received signature and every frame's whole length.
final class FrameVerifier {
    private let key: [UInt8]
    private var delimiterIndex: Int?
    private var context: SignatureContext?
    private var receivedSignature: [UInt8] = []
    private(set) var frameLengths: [Int] = []

    init(key: [UInt8]) {
        self.key = key
    }

    /// Takes frame `index`; frames must arrive in order.
    func observe(_ index: Int, _ bytes: UnsafeRawBufferPointer) {
        frameLengths.append(bytes.count)
        guard let delimiterIndex else {
            if bytes.elementsEqual(JupyterWire.delimiter) {
                delimiterIndex = index
                context = SignatureContext(key: key)
            }
            return
        }
        switch index - delimiterIndex {
        case 1: receivedSignature = Array(bytes)
        case 2...5: context?.update(bytes)
        default: break
        }
    }

    /// Tests whether the received signature matches, in time independent of where they differ.
    /// With an empty key only an empty signature matches.
    var isValid: Bool {
        let expected = Array((context?.finish() ?? "").utf8)
        guard expected.count == receivedSignature.count else { return false }
        var difference: UInt8 = 0
        for (left, right) in zip(expected, receivedSignature) { difference |= left ^ right }
        return difference == 0
    }
}
