import Foundation
import PaddockCore
import PaddockHTTP

/// Chromium's DevTools HTTP and WebSocket endpoints, relayed to the supervised browser under `/cdp`
/// and, as aliases, at Chromium's own paths (`/json/...`, `/devtools/...`).
///
/// JSON replies have their URLs rewritten to the address the client used (see `CDPAddress`), so a
/// client that reached the relay through the gateway or a forwarded port connects back the same way.
struct CDPRelayRoutes {
    let supervisor: BrowserSupervisor

    /// The largest `/json/*` reply read from Chromium.
    static let maxReplyBytes = 16 << 20

    var routes: [Route] {
        var routes: [Route] = []
        for base in ["/cdp", ""] {
            for path in ["/json/version", "/json", "/json/list"] {
                routes.append(Route("GET", base + path, { try relayJSON($0, chromiumPath: path, method: "GET") }))
            }
            // Chromium accepts only PUT for /json/new; GET from older clients is sent on as PUT.
            for method in ["PUT", "GET"] {
                routes.append(Route(method, base + "/json/new", { try relayJSON($0, chromiumPath: "/json/new", method: "PUT") }))
            }
            for action in ["activate", "close"] {
                for method in ["GET", "PUT"] {
                    routes.append(
                        Route(method, base + "/json/\(action)/{id}") { request in
                            try relayJSON(
                                request, chromiumPath: "/json/\(action)/" + (request.parameters["id"] ?? ""),
                                method: method)
                        })
                }
            }
            for kind in ["browser", "page"] {
                routes.append(
                    Route("GET", base + "/devtools/\(kind)/{id}") { request in
                        try CDPSocketRelay(supervisor: supervisor).upgrade(
                            request, kind: kind, id: request.parameters["id"] ?? "")
                    })
            }
        }
        return routes
    }

    /// Sends the request to Chromium and returns its reply with the URLs rewritten. The query of the
    /// request (the URL of `/json/new?URL`) goes on unchanged.
    func relayJSON(_ request: RouteRequest, chromiumPath: String, method: String) throws -> HTTPResponse {
        let check = try supervisor.check()
        let query = Self.rawQuery(request.http.target)
        let client = HTTPClient(address: .tcp(host: "127.0.0.1", port: check.endpoint.port), readTimeout: .seconds(30))
        defer { client.close() }
        let response: HTTPClientResponse
        let body: [UInt8]
        do {
            response = try client.request(method, chromiumPath + query)
            body = try response.body.readAll(limit: Self.maxReplyBytes)
        } catch {
            throw PaddockError(
                .unavailable, "the browser did not answer \(method) \(chromiumPath): \(error); retry, or POST /v1/browser/restart",
                cause: error)
        }
        var headers: HTTPHeaders = ["Content-Type": response.headers["Content-Type"] ?? "application/json"]
        if let hint = check.hint { headers.set("X-Paddock-Browser-Restarted", hint) }
        guard let document = try? JSONValue.parse(body) else {
            return HTTPResponse(status: response.status, headers: headers, body: .bytes(body))
        }
        let rewriter = CDPURLRewriter(address: CDPAddress(headers: request.http.headers), port: check.endpoint.port)
        headers.set("Content-Type", "application/json; charset=UTF-8")
        return HTTPResponse(status: response.status, headers: headers, body: .bytes(rewriter.rewrite(document).serialized()))
    }

    /// Returns the `?...` part of a request target, or "".
    static func rawQuery(_ target: String) -> String {
        guard let mark = target.firstIndex(of: "?") else { return "" }
        return String(target[mark...])
    }
}
