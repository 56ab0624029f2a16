import Foundation
import PaddockCLI
import PaddockCore
import PaddockHTTP

/// The CLI's gateway transport over PaddockHTTP, for `http://` and `unix://` gateway URLs.
struct HTTPGatewayTransport: GatewayTransport {
    let client: HTTPClient

    init(url: String) throws {
        // Streams (exec, downloads) may stay quiet for as long as the command runs.
        client = try HTTPClient(url: url, readTimeout: nil)
    }

    func request(method: String, path: String, headers: [(String, String)], body: [UInt8]?) throws -> GatewayResponse {
        let response = try client.request(method, path, headers: HTTPHeaders(headers.map { HTTPField($0.0, $0.1) }), body: body.map { .bytes($0) } ?? .empty)
        let bytes = try response.body.readAll()
        return GatewayResponse(status: response.status, headers: response.headers.map { ($0.name, $0.value) }, body: bytes)
    }

    func upload(method: String, path: String, headers: [(String, String)], source: () throws -> [UInt8]?) throws -> GatewayResponse {
        try withoutActuallyEscaping(source) { next in
            let response = try client.request(method, path, headers: HTTPHeaders(headers.map { HTTPField($0.0, $0.1) }), body: .stream(length: nil, next: next))
            let bytes = try response.body.readAll()
            return GatewayResponse(status: response.status, headers: response.headers.map { ($0.name, $0.value) }, body: bytes)
        }
    }

    func download(path: String, headers: [(String, String)], sink: ([UInt8]) throws -> Void) throws -> GatewayResponse {
        let response = try client.request("GET", path, headers: HTTPHeaders(headers.map { HTTPField($0.0, $0.1) }))
        let fields = response.headers.map { ($0.name, $0.value) }
        guard response.status == 200 else {
            return GatewayResponse(status: response.status, headers: fields, body: try response.body.readAll())
        }
        while let piece = try response.body.read(maxBytes: 256 * 1024) {
            try sink(piece)
        }
        return GatewayResponse(status: response.status, headers: fields)
    }

    func webSocket(path: String, headers: [(String, String)]) throws -> any GatewayWebSocket {
        let connection = try WebSocket.connect(client, target: path, headers: HTTPHeaders(headers.map { HTTPField($0.0, $0.1) }))
        return HTTPGatewayWebSocket(connection: connection)
    }
}

final class HTTPGatewayWebSocket: GatewayWebSocket, @unchecked Sendable {
    // WebSocketConnection serialises its own sends; receive is called from one thread only.
    let connection: WebSocketConnection

    init(connection: WebSocketConnection) {
        self.connection = connection
    }

    func sendText(_ text: String) throws { try connection.send(text: text) }
    func sendBinary(_ bytes: [UInt8]) throws { try connection.send(binary: bytes) }

    func receive() throws -> GatewayWebSocketMessage? {
        let message: WebSocketMessage?
        do {
            message = try connection.receive()
        } catch let error as WebSocketError where error.closeCode == WebSocketCloseCode.abnormal {
            throw PaddockError(.unavailable, "lost the connection to the gateway")
        }
        switch message {
        case .text(let text)?: return .text(text)
        case .binary(let bytes)?: return .binary(bytes)
        case nil: return nil
        }
    }

    var closeReason: String? {
        guard let code = connection.closeCode, code != WebSocketCloseCode.normal else { return nil }
        return connection.closeReason.isEmpty ? "closed with WebSocket status \(code)" : connection.closeReason
    }

    func close() {
        try? connection.close()
        connection.connection.close()
    }
}

struct HTTPGatewayTransportFactory: GatewayTransportFactory {
    func transport(for url: String) throws -> any GatewayTransport {
        try HTTPGatewayTransport(url: url)
    }
}
