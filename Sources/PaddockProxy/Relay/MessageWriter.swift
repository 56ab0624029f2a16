import PaddockHTTP

/// Serialises message heads and bodies for forwarding, keeping the body's framing.
enum MessageWriter {
    /// Header fields that apply to one hop only and are never forwarded (RFC 9110, section 7.6.1).
    ///
    /// NOTE: dropping `Upgrade` means WebSocket handshakes to inspected endpoints reach the upstream
    /// as plain GETs; WebSocket inspection is not built.
    static let hopByHop: Set<String> = [
        "connection", "keep-alive", "proxy-connection", "proxy-authorization", "proxy-authenticate", "te",
        "upgrade",
    ]

    /// Returns `headers` without hop-by-hop fields and the fields that `Connection` names.
    static func endToEnd(_ headers: HTTPHeaders) -> HTTPHeaders {
        let named = Set(headers.tokens(for: "Connection").map { $0.lowercased() })
        return HTTPHeaders(headers.fields.filter { field in
            let name = field.name.lowercased()
            return !hopByHop.contains(name) && !named.contains(name)
        })
    }

    static func requestHead(method: String, target: String, headers: HTTPHeaders) -> [UInt8] {
        var text = "\(method) \(target) HTTP/1.1\r\n"
        for field in headers { text += "\(field.name): \(field.value)\r\n" }
        text += "\r\n"
        return Array(text.utf8)
    }

    static func responseHead(_ head: HTTPResponseHead, headers: HTTPHeaders) -> [UInt8] {
        var text = "HTTP/1.1 \(head.status) \(head.reason)\r\n"
        for field in headers { text += "\(field.name): \(field.value)\r\n" }
        text += "\r\n"
        return Array(text.utf8)
    }

    /// Copies the body that follows a head from `reader` to `destination`, re-chunking a chunked
    /// body, until the message ends.
    static func copyBody<Parser>(
        framing: HTTPBodyFraming, from reader: MessageReader<Parser>, to destination: ByteStream
    ) throws {
        guard framing != .none else {
            _ = try reader.next()  // the parser still reports the end of an empty body
            return
        }
        while let event = try reader.next() {
            switch event {
            case .body(let bytes):
                if framing == .chunked {
                    try destination.write(ChunkedEncoder.chunkHeader(count: bytes.count))
                    try destination.write(bytes)
                    try destination.write([0x0D, 0x0A])
                } else {
                    try destination.write(bytes)
                }
            case .end(let trailers):
                if framing == .chunked { try destination.write(ChunkedEncoder.lastChunk(trailers: trailers)) }
                return
            case .head:
                throw ProxyProtocolError("a message head arrived inside a body")
            }
        }
        if framing != .untilClose { throw ProxyProtocolError("the connection closed inside a message body") }
    }
}

/// A peer broke HTTP framing in a way the parser could not report.
struct ProxyProtocolError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
