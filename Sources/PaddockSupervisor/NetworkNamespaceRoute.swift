import PaddockCore
import PaddockHTTP
import PaddockRuntime

/// `GET /v1/network-namespace` on the control socket: hands the gateway a descriptor of the
/// sandbox's network namespace over SCM_RIGHTS, so that it can dial the sandbox's loopback for
/// port forwards without a relay through the supervisor.
///
/// The exchange: the request upgrades to protocol `paddock-netns`. After the 101 response the
/// gateway sends one byte, and the supervisor replies with one byte that carries the descriptor.
/// Waiting for the gateway's byte keeps the descriptor out of bytes the HTTP client may have
/// buffered with the response head, where it would be lost. Only the control socket serves this,
/// and only the gateway (root) can reach that socket.
enum NetworkNamespaceRoute {
    static let protocolName = "paddock-netns"

    static func response(for request: HTTPRequest, supervisor: Supervisor) throws -> HTTPResponse {
        guard request.head.upgradeProtocols.contains(protocolName) else {
            throw PaddockError(.invalidArgument, "request needs Connection: Upgrade and Upgrade: \(protocolName)")
        }
        let namespace = try supervisor.environment.network.sandbox
        return HTTPResponse(
            status: 101, headers: ["Upgrade": protocolName, "Connection": "Upgrade"],
            body: .upgrade { connection in
                defer { connection.close() }
                guard try connection.read(maxBytes: 1, timeout: .seconds(5)).count == 1 else { return }
                try DescriptorPassing.send(namespace, over: connection.socket.descriptor)
            })
    }
}
