import Foundation

extension GatewayClient {
    func listProviders() throws -> Decoded<ProviderList> {
        try decode(send("GET", "/v1/providers"), as: ProviderList.self, for: "GET /v1/providers")
    }

    func provider(named name: String) throws -> Decoded<Provider> {
        let path = Self.providerPath(name)
        return try decode(send("GET", path), as: Provider.self, for: "GET \(path)")
    }

    func createProvider(_ request: CreateProviderRequest) throws -> Decoded<Provider> {
        let response = try send("POST", "/v1/providers", body: Self.encode(request))
        return try decode(response, as: Provider.self, for: "POST /v1/providers")
    }

    func updateProvider(named name: String, _ request: UpdateProviderRequest) throws -> Decoded<Provider> {
        let path = Self.providerPath(name)
        return try decode(send("PATCH", path, body: Self.encode(request)), as: Provider.self, for: "PATCH \(path)")
    }

    func deleteProvider(named name: String) throws {
        _ = try send("DELETE", Self.providerPath(name))
    }

    /// Stores a new policy revision. With `wait` the gateway responds once the supervisor loaded or
    /// rejected it.
    func setPolicy(sandbox name: String, _ request: SetPolicyRequest) throws -> Decoded<PolicyRevision> {
        let path = Self.sandboxPath(name) + "/policy"
        return try decode(send("PUT", path, body: Self.encode(request)), as: PolicyRevision.self, for: "PUT \(path)")
    }

    /// Returns revision `version`, or the revision in force when `version` is nil.
    func policy(sandbox name: String, revision version: Int?) throws -> Decoded<PolicyRevision> {
        let path = Self.sandboxPath(name) + "/policy" + (version.map { "?rev=\($0)" } ?? "")
        return try decode(send("GET", path), as: PolicyRevision.self, for: "GET \(path)")
    }

    func policyRevisions(sandbox name: String) throws -> Decoded<PolicyRevisionList> {
        let path = Self.sandboxPath(name) + "/policy/revisions"
        return try decode(send("GET", path), as: PolicyRevisionList.self, for: "GET \(path)")
    }

    /// Streams the sandbox's log lines to `line`, one JSON object each, until the gateway ends the
    /// response (at once without `follow`).
    func streamLogs(sandbox name: String, query: String, line: (String) throws -> Void) throws {
        let path = Self.sandboxPath(name) + "/logs" + (query.isEmpty ? "" : "?" + query)
        var pending: [UInt8] = []
        var head: [UInt8] = []
        let response: GatewayResponse
        do {
            response = try transport.download(path: path, headers: authorizationHeaders) { chunk in
                if head.count < Self.errorBodyLimit { head += chunk.prefix(Self.errorBodyLimit - head.count) }
                pending += chunk
                while let newline = pending.firstIndex(of: 0x0A) {
                    let text = String(decoding: pending[..<newline], as: UTF8.self)
                    pending.removeSubrange(...newline)
                    do {
                        if !text.isEmpty { try line(text) }
                    } catch {
                        throw LocalFileError(underlying: error)
                    }
                }
            }
        } catch let error as LocalFileError {
            throw error.underlying
        } catch {
            throw failedRequest(error)
        }
        var checked = response
        checked.body = response.body.isEmpty ? head : response.body
        try check(checked, "GET", path)
    }

    static func providerPath(_ name: String) -> String {
        "/v1/providers/" + percentEncoded(name)
    }
}
