/// The encoder of a response's status line and header fields, with the framing fields the server owns.
enum ResponseHeadEncoder {
    /// The framing headers that the server writes itself and removes from a handler's headers.
    private static let framingFields = ["Content-Length", "Transfer-Encoding", "Connection"]

    /// Returns the head of `response` as bytes.
    ///
    /// - Parameters:
    ///   - contentLength: the Content-Length to send, or nil for none.
    ///   - chunked: whether to send `Transfer-Encoding: chunked`.
    ///   - connection: the Connection field to send (`close`, `keep-alive`), or nil for none.
    static func encode(
        _ response: HTTPResponse, contentLength: Int?, chunked: Bool, connection: String?, keepFraming: Bool = false
    ) -> [UInt8] {
        var text = "HTTP/1.1 \(response.status) \(sanitized(response.reason))\r\n"
        text.reserveCapacity(256)
        var hasDate = false
        for field in response.headers {
            if !keepFraming && framingFields.contains(where: { HTTPHeaders.namesEqual($0, field.name) }) { continue }
            if HTTPHeaders.namesEqual(field.name, "Date") { hasDate = true }
            text += "\(field.name): \(sanitized(field.value))\r\n"
        }
        if !hasDate { text += "Date: \(HTTPDate.now())\r\n" }
        if let contentLength { text += "Content-Length: \(contentLength)\r\n" }
        if chunked { text += "Transfer-Encoding: chunked\r\n" }
        if let connection { text += "Connection: \(connection)\r\n" }
        text += "\r\n"
        return Array(text.utf8)
    }

    /// Replaces CR, LF and NUL in a header value or reason with spaces, so a value that came from
    /// user input cannot inject header lines.
    private static func sanitized(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == HTTPByte.cr || $0 == HTTPByte.lf || $0 == 0 }) else { return value }
        return String(value.map { $0 == "\r" || $0 == "\n" || $0 == "\0" || $0 == "\r\n" ? " " : $0 })
    }
}
