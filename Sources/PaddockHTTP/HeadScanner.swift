/// The incremental scanner of a message head: a request line or status line followed by header
/// fields, or the trailer section of a chunked body.
///
/// `scan` accepts bytes in pieces of any size, down to one byte at a time, and looks at each byte once.
/// It enforces the size limits as bytes arrive, so an oversized head fails before it is buffered whole.
struct HeadScanner: Sendable {
    enum Mode: Sendable {
        case request
        case response
        case trailers
    }

    private enum State: Sendable {
        case lineStart
        case leadingLineFeed
        case method
        case target
        case requestVersion
        case responseVersion
        case statusCode
        case reason
        case startLineFeed
        case fieldStart
        case fieldName
        case fieldValueStart
        case fieldValue
        case fieldLineFeed
        case endLineFeed
        case done
    }

    let mode: Mode
    let limits: HTTPLimits
    private var state: State
    private(set) var method: [UInt8] = []
    private(set) var target: [UInt8] = []
    private(set) var version: [UInt8] = []
    private(set) var statusCode: [UInt8] = []
    private(set) var reason: [UInt8] = []
    private(set) var headers = HTTPHeaders()
    private var name: [UInt8] = []
    private var value: [UInt8] = []
    /// Bytes scanned so far, counted against `limits.maxHeaderBytes`.
    private var headBytes = 0
    /// The offset in the head where the start line began, after any leading empty lines.
    private var startLineOffset = 0
    /// The head offset of index 0 of the buffer being scanned, so that `base + index` is a head offset.
    private var base = 0

    init(mode: Mode, limits: HTTPLimits) {
        self.mode = mode
        self.limits = limits
        state = mode == .trailers ? .fieldStart : .lineStart
    }

    var isComplete: Bool { state == .done }

    /// Whether any byte of a message has arrived, not counting empty lines before a request line.
    var hasStarted: Bool {
        switch state {
        case .lineStart, .leadingLineFeed: return false
        default: return true
        }
    }

    /// Scans `buffer` from `start` until the head ends or the bytes run out, and returns the index of
    /// the first byte not consumed.
    mutating func scan(_ buffer: UnsafeRawBufferPointer, from start: Int) throws(HTTPParseError) -> Int {
        // Looking at one byte past the limit is enough to know that the limit was exceeded.
        let budget = limits.maxHeaderBytes - headBytes + 1
        let end = start + min(buffer.count - start, max(budget, 0))
        var index = start
        base = headBytes - start
        while index < end && state != .done {
            index = try step(buffer, at: index, end: end)
        }
        headBytes += index - start
        if headBytes > limits.maxHeaderBytes {
            throw HTTPParseError(
                .headerSectionTooLarge,
                "\(sectionName) exceeds the limit of \(limits.maxHeaderBytes) bytes; send fewer or shorter headers")
        }
        return index
    }

    private var isInStartLine: Bool {
        switch state {
        case .method, .target, .requestVersion, .responseVersion, .statusCode, .reason, .startLineFeed:
            return true
        default:
            return false
        }
    }

    private var sectionName: String { mode == .trailers ? "trailer section" : "header section" }

    /// Consumes one byte, or a run of bytes of the same class, and returns the next index.
    private mutating func step(
        _ buffer: UnsafeRawBufferPointer, at index: Int, end bufferEnd: Int
    ) throws(HTTPParseError) -> Int {
        var end = bufferEnd
        if isInStartLine {
            // Stop runs at the limit, so that the error is the same however the input was split.
            let lineEnd = startLineOffset - base + limits.maxStartLineBytes
            guard index < lineEnd else { throw startLineTooLong() }
            end = min(end, lineEnd)
        }
        let byte = buffer[index]
        switch state {
        case .lineStart:
            if byte == HTTPByte.cr {
                state = .leadingLineFeed
                return index + 1
            }
            if byte == HTTPByte.lf { throw bareLineFeed("before the start line") }
            startLineOffset = base + index
            state = mode == .request ? .method : .responseVersion
            return index
        case .leadingLineFeed:
            guard byte == HTTPByte.lf else { throw bareCarriageReturn("before the start line") }
            state = .lineStart
            return index + 1
        case .method:
            return try scanMethod(buffer, at: index, end: end)
        case .target:
            return try scanTarget(buffer, at: index, end: end)
        case .requestVersion:
            return try scanRequestVersion(byte, at: index)
        case .responseVersion:
            return try scanResponseVersion(byte, at: index)
        case .statusCode:
            return try scanStatusCode(byte, at: index)
        case .reason:
            return try scanReason(buffer, at: index, end: end)
        case .startLineFeed:
            guard byte == HTTPByte.lf else { throw bareCarriageReturn("at the end of the start line") }
            state = .fieldStart
            return index + 1
        case .fieldStart:
            return try scanFieldStart(byte, at: index)
        case .fieldName:
            return try scanFieldName(buffer, at: index, end: end)
        case .fieldValueStart:
            var next = index
            while next < end && HTTPByte.isWhitespace(buffer[next]) { next += 1 }
            if next < end { state = .fieldValue }
            return next
        case .fieldValue:
            return try scanFieldValue(buffer, at: index, end: end)
        case .fieldLineFeed:
            guard byte == HTTPByte.lf else { throw bareCarriageReturn("in header field \(fieldName)") }
            finishField()
            state = .fieldStart
            return index + 1
        case .endLineFeed:
            guard byte == HTTPByte.lf else { throw bareCarriageReturn("at the end of the \(sectionName)") }
            state = .done
            return index + 1
        case .done:
            return index
        }
    }

    private mutating func scanMethod(
        _ buffer: UnsafeRawBufferPointer, at index: Int, end: Int
    ) throws(HTTPParseError) -> Int {
        var next = index
        while next < end && HTTPByte.isToken(buffer[next]) { next += 1 }
        method.append(contentsOf: buffer[index..<next])
        guard next < end else { return next }

        let byte = buffer[next]
        guard byte == HTTPByte.space else {
            throw HTTPParseError(
                .invalidMethod,
                "invalid byte \(HTTPByte.describe(byte)) in request method; a method is a token such as GET")
        }
        guard !method.isEmpty else {
            throw HTTPParseError(.invalidMethod, "request line starts with a space instead of a method")
        }
        state = .target
        return next + 1
    }

    private mutating func scanTarget(
        _ buffer: UnsafeRawBufferPointer, at index: Int, end: Int
    ) throws(HTTPParseError) -> Int {
        var next = index
        while next < end && HTTPByte.isTargetCharacter(buffer[next]) { next += 1 }
        target.append(contentsOf: buffer[index..<next])
        guard next < end else { return next }

        let byte = buffer[next]
        if byte == HTTPByte.cr || byte == HTTPByte.lf {
            throw HTTPParseError(.invalidVersion, "request line has no HTTP version after the target")
        }
        guard byte == HTTPByte.space else {
            throw HTTPParseError(
                .invalidTarget,
                "invalid byte \(HTTPByte.describe(byte)) in request target; percent-encode it")
        }
        guard !target.isEmpty else {
            throw HTTPParseError(.invalidTarget, "request line has two spaces after the method; expected a target")
        }
        state = .requestVersion
        return next + 1
    }

    private mutating func scanRequestVersion(_ byte: UInt8, at index: Int) throws(HTTPParseError) -> Int {
        if byte == HTTPByte.cr {
            try HeadScanner.validateVersion(version)
            state = .startLineFeed
            return index + 1
        }
        if byte == HTTPByte.lf { throw bareLineFeed("at the end of the request line") }
        version.append(byte)
        guard version.count <= 8 else {
            throw HTTPParseError(.invalidVersion, "request line does not end with a version such as HTTP/1.1")
        }
        return index + 1
    }

    private mutating func scanResponseVersion(_ byte: UInt8, at index: Int) throws(HTTPParseError) -> Int {
        if byte == HTTPByte.space {
            try HeadScanner.validateVersion(version)
            state = .statusCode
            return index + 1
        }
        version.append(byte)
        guard version.count <= 8 else {
            throw HTTPParseError(.invalidVersion, "status line does not start with a version such as HTTP/1.1")
        }
        return index + 1
    }

    private mutating func scanStatusCode(_ byte: UInt8, at index: Int) throws(HTTPParseError) -> Int {
        if HTTPByte.isDigit(byte) && statusCode.count < 3 {
            statusCode.append(byte)
            return index + 1
        }
        guard statusCode.count == 3 else {
            throw HTTPParseError(.invalidStatus, "status line does not have a three-digit status code")
        }
        switch byte {
        case HTTPByte.space:
            state = .reason
        case HTTPByte.cr:
            // Some servers omit the space before an empty reason phrase; RFC 9112 tolerates that.
            state = .startLineFeed
        default:
            throw HTTPParseError(
                .invalidStatus, "invalid byte \(HTTPByte.describe(byte)) after the status code")
        }
        return index + 1
    }

    private mutating func scanReason(
        _ buffer: UnsafeRawBufferPointer, at index: Int, end: Int
    ) throws(HTTPParseError) -> Int {
        var next = index
        while next < end && HTTPByte.isFieldValue(buffer[next]) { next += 1 }
        reason.append(contentsOf: buffer[index..<next])
        guard next < end else { return next }

        let byte = buffer[next]
        if byte == HTTPByte.lf { throw bareLineFeed("at the end of the status line") }
        guard byte == HTTPByte.cr else {
            throw HTTPParseError(.invalidStatus, "invalid byte \(HTTPByte.describe(byte)) in reason phrase")
        }
        state = .startLineFeed
        return next + 1
    }

    private mutating func scanFieldStart(_ byte: UInt8, at index: Int) throws(HTTPParseError) -> Int {
        switch byte {
        case HTTPByte.cr:
            state = .endLineFeed
            return index + 1
        case HTTPByte.lf:
            throw bareLineFeed("at the end of the \(sectionName)")
        case HTTPByte.space, HTTPByte.tab:
            if headers.isEmpty {
                throw HTTPParseError(
                    .obsoleteLineFolding, "whitespace before the first header field; remove it")
            }
            throw HTTPParseError(
                .obsoleteLineFolding,
                "header line starts with whitespace (obsolete line folding) after field \(lastFieldName); "
                    + "send the value on one line")
        default:
            guard headers.count < limits.maxHeaderCount else {
                throw HTTPParseError(
                    .tooManyHeaders,
                    "\(sectionName) has more than \(limits.maxHeaderCount) fields; send fewer headers")
            }
            state = .fieldName
            return index
        }
    }

    private mutating func scanFieldName(
        _ buffer: UnsafeRawBufferPointer, at index: Int, end: Int
    ) throws(HTTPParseError) -> Int {
        var next = index
        while next < end && HTTPByte.isToken(buffer[next]) { next += 1 }
        name.append(contentsOf: buffer[index..<next])
        guard next < end else { return next }

        let byte = buffer[next]
        switch byte {
        case HTTPByte.colon:
            guard !name.isEmpty else {
                throw HTTPParseError(.invalidHeaderName, "header line starts with a colon; the name is missing")
            }
            state = .fieldValueStart
            return next + 1
        case HTTPByte.space, HTTPByte.tab:
            throw HTTPParseError(
                .whitespaceBeforeColon,
                "whitespace between header name \(fieldName) and its colon; remove it")
        case HTTPByte.cr, HTTPByte.lf:
            throw HTTPParseError(.invalidHeaderName, "header line \(fieldName) has no colon")
        default:
            throw HTTPParseError(
                .invalidHeaderName,
                "invalid byte \(HTTPByte.describe(byte)) in header name after \(fieldName)")
        }
    }

    private mutating func scanFieldValue(
        _ buffer: UnsafeRawBufferPointer, at index: Int, end: Int
    ) throws(HTTPParseError) -> Int {
        var next = index
        while next < end && HTTPByte.isFieldValue(buffer[next]) { next += 1 }
        value.append(contentsOf: buffer[index..<next])
        guard next < end else { return next }

        let byte = buffer[next]
        if byte == HTTPByte.lf { throw bareLineFeed("in header field \(fieldName)") }
        guard byte == HTTPByte.cr else {
            throw HTTPParseError(
                .invalidHeaderValue, "invalid byte \(HTTPByte.describe(byte)) in the value of header \(fieldName)")
        }
        state = .fieldLineFeed
        return next + 1
    }

    private mutating func finishField() {
        var length = value.count
        while length > 0 && HTTPByte.isWhitespace(value[length - 1]) { length -= 1 }
        // NOTE: obs-text bytes (0x80-0xFF) that are not valid UTF-8 become U+FFFD in the value.
        headers.add(String(decoding: name, as: UTF8.self), String(decoding: value[0..<length], as: UTF8.self))
        name.removeAll(keepingCapacity: true)
        value.removeAll(keepingCapacity: true)
    }

    private var fieldName: String {
        name.isEmpty ? "(empty)" : String(decoding: name.prefix(64), as: UTF8.self)
    }

    private var lastFieldName: String { headers.fields.last?.name ?? "" }

    static func validateVersion(_ bytes: [UInt8]) throws(HTTPParseError) {
        let prefix: [UInt8] = Array("HTTP/".utf8)
        guard bytes.count == 8, Array(bytes[0..<5]) == prefix, HTTPByte.isDigit(bytes[5]),
            bytes[6] == 0x2E, HTTPByte.isDigit(bytes[7])
        else {
            throw HTTPParseError(.invalidVersion, "invalid HTTP version; expected HTTP/1.1 or HTTP/1.0")
        }
        guard bytes[5] == 0x31 else {
            throw HTTPParseError(
                .unsupportedVersion,
                "HTTP version \(String(decoding: bytes, as: UTF8.self)) is not supported; use HTTP/1.1")
        }
    }

    /// The parsed version; valid only once the start line has been scanned.
    var parsedVersion: HTTPVersion {
        HTTPVersion(major: Int(version[5] - 0x30), minor: Int(version[7] - 0x30))
    }

    private func startLineTooLong() -> HTTPParseError {
        let line = mode == .request ? "request line" : "status line"
        return HTTPParseError(
            .startLineTooLong, "\(line) exceeds the limit of \(limits.maxStartLineBytes) bytes; shorten the target")
    }

    private func bareLineFeed(_ place: String) -> HTTPParseError {
        HTTPParseError(.bareLineFeed, "line feed without a carriage return \(place); end lines with CRLF")
    }

    private func bareCarriageReturn(_ place: String) -> HTTPParseError {
        HTTPParseError(.bareCarriageReturn, "carriage return not followed by a line feed \(place)")
    }
}
