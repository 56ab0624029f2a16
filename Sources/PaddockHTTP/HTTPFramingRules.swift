/// The rules that decide how a message body is framed, shared by the request and response parsers.
///
/// They reject the header combinations that let two parsers disagree about where a message ends,
/// which is the basis of request smuggling.
enum HTTPFramingRules {
    /// Returns the single Content-Length of `headers`, nil when there is none.
    ///
    /// Repeated fields and comma-separated lists are accepted only when every element is the same
    /// decimal number (RFC 9110, section 8.6).
    static func contentLength(_ headers: HTTPHeaders) throws(HTTPParseError) -> Int? {
        var length: Int?
        for value in headers.values(for: "Content-Length") {
            for element in value.split(separator: ",", omittingEmptySubsequences: false) {
                let parsed = try parseLength(element.trimmingWhitespace())
                if let length, length != parsed {
                    throw HTTPParseError(
                        .conflictingContentLength,
                        "Content-Length fields disagree (\(length) and \(parsed)); send one length")
                }
                length = parsed
            }
        }
        return length
    }

    private static func parseLength(_ text: String) throws(HTTPParseError) -> Int {
        let digits = Array(text.utf8)
        guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy(HTTPByte.isDigit) else {
            throw HTTPParseError(
                .invalidContentLength, "invalid Content-Length \"\(text.prefix(32))\"; expected a decimal byte count")
        }
        return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// Returns whether the message uses the chunked coding, from its Transfer-Encoding fields.
    ///
    /// - Returns: nil when there is no Transfer-Encoding, true when the only coding is chunked, and
    ///   false when the final coding is not chunked (only valid in a response, which then ends at close).
    static func isChunked(_ headers: HTTPHeaders, isRequest: Bool) throws(HTTPParseError) -> Bool? {
        guard headers.contains("Transfer-Encoding") else { return nil }
        let codings = headers.tokens(for: "Transfer-Encoding")
        guard let last = codings.last else {
            throw HTTPParseError(.invalidTransferEncoding, "Transfer-Encoding is empty; send chunked or omit it")
        }
        if codings.dropLast().contains("chunked") {
            throw HTTPParseError(
                .invalidTransferEncoding, "chunked is applied more than once or is not the final transfer coding")
        }
        if last != "chunked" {
            if isRequest {
                throw HTTPParseError(
                    .invalidTransferEncoding,
                    "the final transfer coding of a request must be chunked, not \(last.prefix(32))")
            }
            return false
        }
        guard codings.count == 1 else {
            let others = codings.dropLast().joined(separator: ", ").prefix(64)
            throw HTTPParseError(
                .unsupportedTransferCoding, "transfer coding \(others) is not supported; send the body chunked only")
        }
        return true
    }

    /// Returns whether the connection stays open after this message, from its version and the tokens
    /// of its Connection fields.
    static func keepAlive(version: HTTPVersion, headers: HTTPHeaders) -> Bool {
        let tokens = headers.tokens(for: "Connection")
        if tokens.contains("close") { return false }
        if version.keepsAliveByDefault { return true }
        return tokens.contains("keep-alive")
    }
}
