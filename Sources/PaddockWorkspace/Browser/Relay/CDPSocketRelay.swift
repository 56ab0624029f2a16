import Foundation
import PaddockCore
import PaddockHTTP

/// One CDP WebSocket connection, relayed byte for byte between the client and Chromium.
///
/// The handshake goes to Chromium with `Host: 127.0.0.1:PORT` and without `Origin`, because
/// Chromium rejects other hosts (DNS rebinding protection) and origins it was not told to allow.
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
        let check = try supervisor.check()
        let endpoint = check.endpoint
        var targetID = id
        if kind == "browser", id != endpoint.browserID {
            // After a restart the browser has a new id; a client that still holds the old URL gets
            // the current browser.
            request.context.logger.info(
                "CDP browser id mapped to the current browser",
                ["requested": id, "current": endpoint.browserID, "generation": "\(endpoint.generation)"])
            targetID = endpoint.browserID
        }
        var headers = HTTPHeaders()
        for field in request.http.headers where !Self.droppedFields.contains(field.name.lowercased()) {
            headers.add(field.name, field.value)
        }
        let client = HTTPClient(address: .tcp(host: "127.0.0.1", port: endpoint.port), readTimeout: .seconds(30))
        let upstream: (head: HTTPResponseHead, connection: RawConnection)
        do {
            upstream = try client.upgrade("GET", "/devtools/\(kind)/\(targetID)", headers: headers)
        } catch {
            throw PaddockError(
                .notFound,
                "no CDP \(kind) target '\(id)' in the current browser (generation \(endpoint.generation), browser id "
                    + "\(endpoint.browserID)); list the targets with GET /cdp/json/list",
                cause: error)
        }
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
}
