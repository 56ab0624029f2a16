extension GatewayClient {
    func listForwards() throws -> Decoded<ForwardList> {
        try decode(send("GET", "/v1/forwards"), as: ForwardList.self, for: "GET /v1/forwards")
    }

    func startForward(sandbox name: String, forward: String) throws -> Decoded<Forward> {
        let path = Self.sandboxPath(name) + "/forwards"
        let body = try Self.encode(StartForwardRequest(forward: forward))
        return try decode(send("POST", path, body: body), as: Forward.self, for: "POST \(path)")
    }

    func stopForward(sandbox name: String, port: Int) throws {
        let path = Self.sandboxPath(name) + "/forwards/\(port)"
        _ = try decode(send("DELETE", path), as: StopForwardResponse.self, for: "DELETE \(path)")
    }
}
