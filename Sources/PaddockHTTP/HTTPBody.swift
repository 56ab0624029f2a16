import Foundation

/// The source that an `HTTPBody` pulls decoded body bytes from.
protocol HTTPBodySource: AnyObject {
    /// Copies up to `buffer.count` body bytes into `buffer`.
    ///
    /// - Returns: the count copied, or 0 with the trailers at the end of the body.
    func readBody(into buffer: UnsafeMutableRawBufferPointer) throws -> (count: Int, trailers: HTTPHeaders?)
}

/// A message body read as a stream: de-chunked, ending at the Content-Length, and bounded by
/// `maxBytes`, so a large upload never has to sit in memory whole.
///
/// A body belongs to the thread that handles its message. It is not safe to read from two threads.
public final class HTTPBody: @unchecked Sendable {
    /// The maximum bytes that reads may return before they throw `bodyTooLarge` (413). The server sets
    /// it from `HTTPLimits.maxBodyBytes`; a handler may raise it before the first read.
    public var maxBytes: Int
    /// The Content-Length of the message, nil for a chunked or close-delimited body.
    public let declaredLength: Int?
    /// The bytes returned by reads so far.
    public private(set) var bytesRead = 0
    /// Whether the end of the body has been reached.
    public private(set) var isComplete: Bool
    /// The trailer fields of a chunked body; empty until `isComplete`.
    public private(set) var trailers = HTTPHeaders()
    /// The error that ended reading, if any; later reads throw it again.
    public private(set) var failure: (any Error)?

    private let source: (any HTTPBodySource)?
    private var stored: [UInt8]
    private let noun: String

    /// Creates a body that returns `bytes`, for tests and in-process calls.
    public init(bytes: [UInt8], maxBytes: Int = .max) {
        self.maxBytes = maxBytes
        declaredLength = bytes.count
        isComplete = bytes.isEmpty
        source = nil
        stored = bytes
        noun = "body"
    }

    init(source: any HTTPBodySource, framing: HTTPBodyFraming, maxBytes: Int, noun: String) {
        self.maxBytes = maxBytes
        self.source = source
        self.noun = noun
        stored = []
        switch framing {
        case .none:
            declaredLength = 0
            isComplete = true
        case .length(let length):
            declaredLength = length
            isComplete = length == 0
        case .chunked, .untilClose:
            declaredLength = nil
            isComplete = false
        }
    }

    /// A body without bytes.
    public static var empty: HTTPBody { HTTPBody(bytes: []) }

    /// Reads the next piece of the body, at most `maxBytes` bytes.
    ///
    /// - Returns: the bytes, or nil at the end of the body.
    /// - Throws: `HTTPParseError` with kind `bodyTooLarge`, `timeout` or a framing error, or a socket
    ///   error. After a throw every later read throws the same error.
    public func read(maxBytes count: Int = 64 * 1024) throws -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: max(count, 1))
        let read = try bytes.withUnsafeMutableBytes { try self.read(into: $0) }
        guard read > 0 else { return nil }
        bytes.removeSubrange(read...)
        return bytes
    }

    /// Reads the next piece of the body into `buffer`; returns 0 at the end of the body.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if let failure { throw failure }
        guard !isComplete, buffer.count > 0 else { return 0 }
        do {
            return try readUnchecked(into: buffer)
        } catch {
            failure = error
            throw error
        }
    }

    private func readUnchecked(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if let declaredLength, declaredLength > maxBytes { throw tooLarge() }
        guard let source else {
            let count = min(buffer.count, stored.count)
            stored.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
            stored.removeFirst(count)
            bytesRead += count
            isComplete = stored.isEmpty
            return count
        }

        let (count, endTrailers) = try source.readBody(into: buffer)
        if let endTrailers {
            trailers = endTrailers
            isComplete = true
            return 0
        }
        bytesRead += count
        if bytesRead > maxBytes { throw tooLarge() }
        return count
    }

    /// Reads the rest of the body into one array.
    ///
    /// - Parameter limit: the maximum size to accept; `maxBytes` when nil.
    public func readAll(limit: Int? = nil) throws -> [UInt8] {
        if let limit { maxBytes = limit }
        var bytes: [UInt8] = []
        if let declaredLength, declaredLength <= maxBytes { bytes.reserveCapacity(declaredLength - bytesRead) }
        while let piece = try read() {
            bytes.append(contentsOf: piece)
        }
        return bytes
    }

    /// Reads the rest of the body into `Data`; see `readAll(limit:)`.
    public func readAllData(limit: Int? = nil) throws -> Data {
        Data(try readAll(limit: limit))
    }

    /// Reads the rest of the body as UTF-8 text, replacing invalid sequences; see `readAll(limit:)`.
    public func readAllString(limit: Int? = nil) throws -> String {
        String(decoding: try readAll(limit: limit), as: UTF8.self)
    }

    /// Reads and discards up to `limit` remaining bytes; returns whether the body ended within them.
    func discard(limit: Int) -> Bool {
        var discarded = 0
        var scratch = [UInt8](repeating: 0, count: 16 * 1024)
        let savedLimit = maxBytes
        maxBytes = .max
        defer { maxBytes = savedLimit }
        while !isComplete {
            guard discarded <= limit, failure == nil else { return false }
            guard let count = try? scratch.withUnsafeMutableBytes({ try read(into: $0) }) else { return false }
            discarded += count
        }
        return true
    }

    private func tooLarge() -> HTTPParseError {
        HTTPParseError(.bodyTooLarge, "\(noun) exceeds the limit of \(maxBytes) bytes")
    }
}
