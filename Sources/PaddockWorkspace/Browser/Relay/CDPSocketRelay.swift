import Foundation
import PaddockCore
import PaddockHTTP

/// One CDP WebSocket connection, relayed byte for byte between the client and Chromium.
///
/// The handshake goes to Chromium with `Host: 127.0.0.1:PORT` and without `Origin`, because
/// Chromium rejects other hosts (DNS rebinding protection) and origins that its command line does not allow.
/// After the 101 reply, frames (pings and close frames included) pass through unchanged in both
/// directions.
struct CDPSocketRelay {
    let supervisor: BrowserSupervisor

    /// Request fields that are not passed on to Chromium.
    static let droppedFields: Set<String> = [
        "host", "origin", "authorization", "cookie", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-prefix",
        "x-forwarded-for",
    ]

    func upgrade(_ request: RouteRequest, kind: String, id: String) throws -> HTTPResponse {
        guard request.http.head.upgradeProtocols.contains("websocket") else {
            throw PaddockError(
                .invalidArgument,
                "\(request.http.path) is a CDP WebSocket endpoint; connect with a WebSocket client (Upgrade: websocket)")
        }
        let endpoint = try supervisor.check().endpoint
        let targetID = currentTarget(kind: kind, id: id, endpoint: endpoint, logger: request.context.logger)
        let upstream = try dial(request, path: "/devtools/\(kind)/\(targetID)", requestedID: id, kind: kind, endpoint: endpoint)

        var responseHeaders = HTTPHeaders()
        for field in upstream.head.headers where field.name.lowercased() != "content-length" {
            responseHeaders.add(field.name, field.value)
        }
        let logger = request.context.logger
        return HTTPResponse(
            status: 101, headers: responseHeaders,
            body: .upgrade { downstream in
                defer { upstream.connection.close() }
                logger.debug("CDP connection opened", ["target": "\(kind)/\(targetID)"])
                splice(downstream, upstream.connection)
                logger.debug("CDP connection closed", ["target": "\(kind)/\(targetID)"])
            })
    }

    /// Returns the id to connect to: a browser id from before a restart becomes the current
    /// browser's id, so that a client that still uses the old URL gets the current browser.
    private func currentTarget(kind: String, id: String, endpoint: BrowserEndpoint, logger: Logger) -> String {
        guard kind == "browser", id != endpoint.browserID else { return id }
        logger.info(
            "CDP browser id mapped to the current browser",
            ["requested": id, "current": endpoint.browserID, "generation": "\(endpoint.generation)"])
        return endpoint.browserID
    }

    /// Sends the client's handshake to Chromium and returns its 101 reply and the raw connection.
    private func dial(
        _ request: RouteRequest, path: String, requestedID: String, kind: String, endpoint: BrowserEndpoint
    ) throws -> (head: HTTPResponseHead, connection: RawConnection) {
        var headers = HTTPHeaders()
        for field in request.http.headers where !Self.droppedFields.contains(field.name.lowercased()) {
            headers.add(field.name, field.value)
        }
        let client = HTTPClient(address: .tcp(host: "127.0.0.1", port: endpoint.port), readTimeout: .seconds(30))
        do {
            return try client.upgrade("GET", path, headers: headers)
        } catch {
            request.context.logger.info(
                "CDP connection rejected by the browser", ["target": path, "error": "\(error)"])
            throw PaddockError(
                .notFound,
                "no CDP \(kind) target '\(requestedID)' in the current browser (generation \(endpoint.generation), "
                    + "browser id \(endpoint.browserID)); list the targets with GET /cdp/json/list",
                cause: error)
        }
    }
}
