import Foundation
import PaddockCore

/// A typed client for the gateway's REST API and streamed exec, on top of a `GatewayTransport`.
///
/// Every request carries the bearer token. A non-2xx response becomes a `PaddockError` with the
/// gateway's code and message, such as `sandbox 'x' not found`.
struct GatewayClient: Sendable {
    /// A decoded response together with its raw body, which `-o json` prints as it is.
    struct Decoded<Value: Sendable>: Sendable {
        var value: Value
        var body: [UInt8]
    }

    let transport: any GatewayTransport
    /// The gateway's URL, for messages.
    let gatewayURL: String
    let token: String
    /// The token's origin (`PADDOCK_TOKEN` or a file path), for authentication errors.
    let tokenSource: String

    /// Returns the gateway's health and version.
    func health() throws -> HealthResponse {
        try decode(send("GET", "/v1/health"), as: HealthResponse.self, for: "GET /v1/health").value
    }

    /// Returns every sandbox.
    func listSandboxes() throws -> Decoded<SandboxList> {
        try decode(send("GET", "/v1/sandboxes"), as: SandboxList.self, for: "GET /v1/sandboxes")
    }

    /// Returns the sandbox `name`.
    func sandbox(named name: String) throws -> Decoded<Sandbox> {
        let path = Self.sandboxPath(name)
        return try decode(send("GET", path), as: Sandbox.self, for: "GET \(path)")
    }

    /// Creates a sandbox and returns it.
    func createSandbox(_ request: CreateSandboxRequest) throws -> Decoded<Sandbox> {
        let body = try Self.encode(request)
        return try decode(send("POST", "/v1/sandboxes", body: body), as: Sandbox.self, for: "POST /v1/sandboxes")
    }

    /// Deletes the sandbox `name`.
    func deleteSandbox(named name: String) throws -> DeleteSandboxResponse {
        let path = Self.sandboxPath(name)
        return try decode(send("DELETE", path), as: DeleteSandboxResponse.self, for: "DELETE \(path)").value
    }

    /// Stops the sandbox `name` and returns it.
    func stopSandbox(named name: String) throws -> Decoded<Sandbox> {
        let path = Self.sandboxPath(name) + "/stop"
        return try decode(send("POST", path), as: Sandbox.self, for: "POST \(path)")
    }

    /// Starts the stopped sandbox `name` and returns it.
    func startSandbox(named name: String) throws -> Decoded<Sandbox> {
        let path = Self.sandboxPath(name) + "/start"
        return try decode(send("POST", path), as: Sandbox.self, for: "POST \(path)")
    }

    /// Runs a short command in the sandbox `name` and returns its buffered output.
    func exec(sandbox name: String, _ request: ExecRequest) throws -> ExecResult {
        let path = Self.sandboxPath(name) + "/exec"
        let response = try send("POST", path, body: Self.encode(request))
        return try decode(response, as: ExecResult.self, for: "POST \(path)").value
    }

    /// Streams the bytes from `source` into the file `path` inside the sandbox `name`.
    ///
    /// - Parameter source: Returns the next chunk, or nil at the end of the file.
    func uploadFile(
        sandbox name: String, path: String, source: () throws -> [UInt8]?
    ) throws -> FileUploadResponse {
        let requestPath = Self.filesPath(name, path)
        var headers = authorizationHeaders
        headers.append(("Content-Type", "application/octet-stream"))
        let response: GatewayResponse
        do {
            response = try transport.upload(method: "PUT", path: requestPath, headers: headers) {
                do {
                    return try source()
                } catch {
                    throw LocalFileError(underlying: error)
                }
            }
        } catch let error as LocalFileError {
            throw error.underlying
        } catch {
            throw failedRequest(error)
        }
        try check(response, "PUT", requestPath)
        return try decode(response, as: FileUploadResponse.self, for: "PUT \(requestPath)").value
    }

    /// Streams the file `path` inside the sandbox `name` to `sink`.
    ///
    /// - Throws: `PaddockError` from the gateway's error body when the status is not 2xx. The
    ///   error body has then already gone to `sink`, so the caller must discard what it wrote.
    func downloadFile(sandbox name: String, path: String, sink: ([UInt8]) throws -> Void) throws {
        let requestPath = Self.filesPath(name, path)
        var head: [UInt8] = []
        let response: GatewayResponse
        do {
            response = try transport.download(path: requestPath, headers: authorizationHeaders) { chunk in
                // Keep the start of the body, because an error body arrives through the sink too.
                if head.count < Self.errorBodyLimit {
                    head += chunk.prefix(Self.errorBodyLimit - head.count)
                }
                do {
                    try sink(chunk)
                } catch {
                    throw LocalFileError(underlying: error)
                }
            }
        } catch let error as LocalFileError {
            throw error.underlying
        } catch {
            throw failedRequest(error)
        }
        var checked = response
        checked.body = response.body.isEmpty ? head : response.body
        try check(checked, "GET", requestPath)
    }

    /// Opens a streamed exec in the sandbox `name`. The caller sends the `ExecRequest` next.
    func openExecChannel(sandbox name: String, isMainCommand: Bool = false) throws -> ExecChannel {
        let path = Self.sandboxPath(name) + "/exec/ws" + (isMainCommand ? "?main=true" : "")
        do {
            return ExecChannel(socket: try transport.webSocket(path: path, headers: authorizationHeaders))
        } catch let error as PaddockError where error.code != .unavailable && error.code != .internal {
            // A transport that read an error response before the upgrade reports it as a PaddockError.
            throw error
        } catch {
            throw failedRequest(error)
        }
    }

    // MARK: - Requests and responses

    /// The largest error body that `downloadFile` keeps for its message.
    static let errorBodyLimit = 64 * 1024

    /// An error from the caller's own file during a streamed upload or download, kept apart so that
    /// it is not reported as a failure to reach the gateway.
    struct LocalFileError: Error {
        let underlying: any Error
    }

    var authorizationHeaders: [(String, String)] {
        [("Authorization", "Bearer \(token)"), ("Accept", "application/json")]
    }

    func send(_ method: String, _ path: String, body: [UInt8]? = nil) throws -> GatewayResponse {
        var headers = authorizationHeaders
        if body != nil {
            headers.append(("Content-Type", "application/json"))
        }
        let response: GatewayResponse
        do {
            response = try transport.request(method: method, path: path, headers: headers, body: body)
        } catch {
            throw failedRequest(error)
        }
        try check(response, method, path)
        return response
    }

    /// Throws the error that a non-2xx `response` describes.
    func check(_ response: GatewayResponse, _ method: String, _ path: String) throws(PaddockError) {
        guard !(200..<300).contains(response.status) else { return }
        throw GatewayErrorDecoder.error(
            status: response.status, body: response.body, request: "\(method) \(path)", tokenSource: tokenSource)
    }

    func decode<T: Decodable & Sendable>(
        _ response: GatewayResponse, as type: T.Type, for request: String
    ) throws(PaddockError) -> Decoded<T> {
        do {
            let value = try JSONDecoder().decode(T.self, from: Data(response.body))
            return Decoded(value: value, body: response.body)
        } catch {
            throw PaddockError(
                .internal, "the gateway sent an unexpected response to \(request): \(error)", cause: nil)
        }
    }

    func failedRequest(_ error: any Error) -> PaddockError {
        PaddockError(
            .unavailable,
            "request to the gateway at \(gatewayURL) failed: \(ErrorText.describe(error)); "
                + "check that it runs with `paddock gateway status`")
    }

    /// Returns `value` encoded as compact JSON with sorted keys.
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    static func sandboxPath(_ name: String) -> String {
        "/v1/sandboxes/" + percentEncoded(name)
    }

    static func filesPath(_ name: String, _ path: String) -> String {
        sandboxPath(name) + "/files?path=" + percentEncoded(path)
    }

    /// Percent-encodes everything except RFC 3986's unreserved characters and, for readable paths, `/`.
    static func percentEncoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            let isUnreserved =
                ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || "-._~/".unicodeScalars.contains(scalar)
            if isUnreserved {
                result.unicodeScalars.append(scalar)
            } else {
                result += String(format: "%%%02X", byte)
            }
        }
        return result
    }
}
