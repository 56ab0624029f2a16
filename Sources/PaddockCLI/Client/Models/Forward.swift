/// A port forward as the gateway returns it.
struct Forward: Codable, Sendable, Equatable {
    var sandbox: String
    var bind: String
    var hostPort: Int
    var port: Int

    enum CodingKeys: String, CodingKey {
        case sandbox, bind, port
        case hostPort = "host_port"
    }
}

struct ForwardList: Codable, Sendable {
    var forwards: [Forward]
}

struct StartForwardRequest: Codable, Sendable {
    var forward: String
}

struct StopForwardResponse: Codable, Sendable {
    var stopped: Int
}
