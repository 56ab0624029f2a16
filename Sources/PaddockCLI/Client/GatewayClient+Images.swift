import Foundation
import PaddockCore

extension GatewayClient {
    func listImages() throws -> Decoded<ImageList> {
        try decode(send("GET", "/v1/images"), as: ImageList.self, for: "GET /v1/images")
    }

    func importImage(_ request: ImportImageRequest) throws -> Decoded<ImageList> {
        let body = try JSONEncoder().encode(request)
        return try decode(
            send("POST", "/v1/images/import", body: [UInt8](body)), as: ImageList.self, for: "POST /v1/images/import")
    }

    func removeImage(_ name: String) throws -> RemoveImageResponse {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let path = "/v1/images?name=" + (name.addingPercentEncoding(withAllowedCharacters: allowed) ?? name)
        return try decode(send("DELETE", path), as: RemoveImageResponse.self, for: "DELETE /v1/images").value
    }

    func collectImageGarbage() throws -> GarbageResponse {
        try decode(send("POST", "/v1/images/gc"), as: GarbageResponse.self, for: "POST /v1/images/gc").value
    }

    /// Starts a pull over a WebSocket and calls `onEvent` for each progress message until `done`.
    ///
    /// - Throws: the pull's error as a `PaddockError`.
    func pullImage(_ request: PullImageRequest, onEvent: (PullEventMessage) -> Void) throws -> Image {
        let socket: any GatewayWebSocket
        do {
            socket = try transport.webSocket(path: "/v1/images/pull", headers: authorizationHeaders)
        } catch let error as PaddockError where error.code != .unavailable && error.code != .internal {
            throw error
        } catch {
            throw failedRequest(error)
        }
        defer { socket.close() }
        try socket.sendText(String(decoding: try JSONEncoder().encode(request), as: UTF8.self))
        while let message = try socket.receive() {
            guard case .text(let text) = message else { continue }
            let event = try JSONDecoder().decode(PullEventMessage.self, from: Data(text.utf8))
            switch event.event {
            case "done":
                guard let image = event.image else { break }
                return image
            case "error":
                let code = event.error.flatMap { PaddockError.Code(rawValue: $0.code) } ?? .internal
                throw PaddockError(code, event.error?.message ?? "the pull failed without a message")
            default:
                onEvent(event)
            }
        }
        throw PaddockError(.unavailable, "the gateway closed the pull before it finished; see the gateway's log")
    }
}
