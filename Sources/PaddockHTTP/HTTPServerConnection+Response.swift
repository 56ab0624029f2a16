import PaddockCore

/// Response writing: framing headers, body kinds, streaming and the hand-over of upgraded connections.
extension HTTPServerConnection {
    /// Writes `response` to the request `head`, clearing `keepAlive` when the response must end the
    /// connection (a close-delimited stream, an upgrade, or a stream that failed midway).
    func write(
        _ response: HTTPResponse, for head: HTTPRequestHead, keepAlive: inout Bool, logger: Logger
    ) throws {
        let isHead = head.method == "HEAD"
        let bodyless = response.status < 200 || response.status == 204 || response.status == 304
        let timeout = limits.writeTimeout

        switch response.body {
        case .bytes(let bytes):
            try writeFixed(response, bytes: bytes, omitBody: isHead || bodyless, keepAlive: keepAlive, head: head)
        case .data(let data):
            try writeFixed(
                response, bytes: [UInt8](data), omitBody: isHead || bodyless, keepAlive: keepAlive, head: head)
        case .stream(let produce):
            let chunked = head.version.keepsAliveByDefault
            if !chunked { keepAlive = false }
            let encoded = ResponseHeadEncoder.encode(
                response, contentLength: nil, chunked: chunked && !bodyless,
                connection: connectionField(keepAlive: keepAlive, head: head))
            try socket.writeAll(encoded, timeout: timeout)
            guard !isHead && !bodyless else { return }
            let writer = HTTPBodyWriter(socket: socket, chunked: chunked, timeout: timeout)
            do {
                try produce(writer)
            } catch {
                // The head is gone, so the only way to signal failure is to end without the last chunk.
                logger.error("streaming response failed", ["error": "\(error)"])
                keepAlive = false
                return
            }
            try writer.finish()
        case .upgrade(let takeOver):
            keepAlive = false
            let encoded = ResponseHeadEncoder.encode(
                response, contentLength: nil, chunked: false, connection: nil, keepFraming: true)
            try socket.writeAll(encoded, timeout: timeout)
            let connection = RawConnection(socket: socket, leftover: buffer.takeAll())
            do {
                try takeOver(connection)
            } catch {
                logger.debug("upgraded connection ended with an error", ["error": "\(error)"])
            }
        }
    }

    private func writeFixed(
        _ response: HTTPResponse, bytes: [UInt8], omitBody: Bool, keepAlive: Bool, head: HTTPRequestHead
    ) throws {
        let noLength = response.status < 200 || response.status == 204
        var message = ResponseHeadEncoder.encode(
            response, contentLength: noLength ? nil : bytes.count, chunked: false,
            connection: connectionField(keepAlive: keepAlive, head: head))
        if omitBody {
            try socket.writeAll(message, timeout: limits.writeTimeout)
            return
        }
        // One write for a small response saves a system call and a packet.
        if bytes.count <= 16 * 1024 {
            message.append(contentsOf: bytes)
            try socket.writeAll(message, timeout: limits.writeTimeout)
            return
        }
        try socket.writeAll(message, timeout: limits.writeTimeout)
        try socket.writeAll(bytes, timeout: limits.writeTimeout)
    }

    private func connectionField(keepAlive: Bool, head: HTTPRequestHead) -> String? {
        if !keepAlive { return "close" }
        return head.version.keepsAliveByDefault ? nil : "keep-alive"
    }
}
