import Foundation
import PaddockCore
import PaddockHTTP

/// A port forward as the REST API shows it.
struct ForwardView: Codable, Sendable {
    var sandbox: String
    var bind: String
    var hostPort: Int
    var port: Int

    enum CodingKeys: String, CodingKey {
        case sandbox, bind, port
        case hostPort = "host_port"
    }

    init(_ forward: PortForward) {
        sandbox = forward.sandboxName
        bind = forward.bind.host
        hostPort = forward.boundPort
        port = forward.port
    }
}

struct ForwardList: Codable, Sendable {
    var forwards: [ForwardView]
}

/// The body of `POST /v1/sandboxes/NAME/forwards`.
struct StartForwardRequest: Codable, Sendable {
    /// `[BIND:]PORT`.
    var forward: String
}

/// Port forward routes: `GET /v1/forwards`, and under `/v1/sandboxes/NAME/forwards` GET, POST and
/// `DELETE .../PORT`.
struct ForwardRoutes {
    let manager: SandboxManager

    func handleAll(_ request: HTTPRequest) throws -> HTTPResponse {
        guard request.method == "GET" else {
            throw PaddockError(.notFound, "no route for \(request.method) \(request.path)")
        }
        return try .json(ForwardList(forwards: manager.forwards.list().map(ForwardView.init)))
    }

    func handle(_ request: HTTPRequest, sandbox name: String, rest: String) throws -> HTTPResponse {
        switch (request.method, rest) {
        case ("GET", ""):
            let record = try manager.record(named: name)
            return try .json(ForwardList(forwards: manager.forwards.list(sandboxID: record.id).map(ForwardView.init)))
        case ("POST", ""):
            let body = try GatewayRoutes.decode(StartForwardRequest.self, from: request)
            return try .json(ForwardView(try manager.startForward(name: name, forward: body.forward)), status: 201)
        case ("DELETE", _):
            guard let port = Int(rest), (1...65535).contains(port) else {
                throw PaddockError(.invalidArgument, "invalid port '\(rest)': expected a number from 1 to 65535")
            }
            try manager.stopForward(name: name, port: port)
            return try .json(["stopped": port])
        default:
            throw PaddockError(.notFound, "no route for \(request.method) \(request.path)")
        }
    }
}
