import Foundation
import PaddockCore
import PaddockHTTP
import Synchronization

/// A client for one repository on a registry that speaks the distribution API v2.
///
/// It handles a 401 by reading `WWW-Authenticate`: for `Bearer` it asks the named token service
/// for a pull token (sending the credentials, if any, as basic auth), for `Basic` it sends the
/// credentials directly. Redirects are followed, without the Authorization field when they lead
/// to another server. Connection failures, timeouts, 429 and 5xx are retried with backoff.
final class RegistryClient: Sendable {
    let reference: ImageReference
    let options: RegistryOptions
    let registry: RegistryEndpoint
    let logger: Logger
    private let clients = Mutex<[RegistryEndpoint: HTTPClient]>([:])
    private let authorization = Mutex<String?>(nil)

    init(reference: ImageReference, options: RegistryOptions, logger: Logger) throws {
        self.reference = reference
        self.options = options
        self.logger = logger.with(["registry": reference.registry, "repository": reference.repository])
        registry = try RegistryEndpoint(registry: reference.registry, secure: !options.plainHTTP)
    }

    /// Sends a GET to the registry, authenticating and following redirects as needed.
    ///
    /// Returns the final response whatever its status; 401 after authenticating becomes an error.
    func get(_ target: String, headers: HTTPHeaders = [:]) throws -> HTTPClientResponse {
        var response = try send(endpoint: registry, target: target, headers: headers, authorize: true)
        if response.status == 401 {
            let challenge = response.headers["WWW-Authenticate"]
            _ = try? response.body.readAll(limit: 64 * 1024)
            try authenticate(challenge: challenge)
            response = try send(endpoint: registry, target: target, headers: headers, authorize: true)
            if response.status == 401 {
                _ = try? response.body.readAll(limit: 64 * 1024)
                throw refusedError()
            }
        }
        return try followRedirects(response, headers: headers)
    }

    /// Runs `body` up to `options.attempts` times while it fails with a retryable error.
    func withRetries<T>(_ operation: String, _ body: (_ attempt: Int) throws -> T) throws -> T {
        var delay = options.retryDelay
        var attempt = 1
        while true {
            do {
                return try body(attempt)
            } catch let error as PaddockError where Self.isRetryable(error) && attempt < options.attempts {
                logger.log(
                    .warning, "retrying registry request",
                    ["operation": operation, "attempt": "\(attempt)", "error": error.message])
                Thread.sleep(forTimeInterval: Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18)
                delay *= 2
                attempt += 1
            }
        }
    }

    /// Turns a non-success status into an error that names the request.
    func statusError(_ response: HTTPClientResponse, what: String) -> PaddockError {
        let body = (try? response.body.readAll(limit: 16 * 1024)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let detail = body.trimmingCharacters(in: .whitespacesAndNewlines).prefix(300)
        switch response.status {
        case 404:
            return PaddockError(.notFound, "\(what) was not found on \(registry) (404); check the repository and tag")
        case 429, 500...599:
            return PaddockError(.unavailable, "\(what) failed on \(registry) with status \(response.status): \(detail)")
        default:
            return PaddockError(
                .invalidArgument, "\(what) was refused by \(registry) with status \(response.status): \(detail)")
        }
    }

    static func isRetryable(_ error: PaddockError) -> Bool {
        error.code == .unavailable || error.code == .timeout
    }

    // MARK: Sending

    private func send(
        endpoint: RegistryEndpoint, target: String, headers: HTTPHeaders, authorize: Bool
    ) throws -> HTTPClientResponse {
        var headers = headers
        if authorize, let value = authorization.withLock({ $0 }) {
            headers.add("Authorization", value)
        }
        return try client(for: endpoint).request("GET", target, headers: headers)
    }

    private func followRedirects(_ first: HTTPClientResponse, headers: HTTPHeaders) throws -> HTTPClientResponse {
        var response = first
        var endpoint = registry
        for _ in 0..<5 {
            guard [301, 302, 303, 307, 308].contains(response.status), let location = response.headers["Location"] else {
                return response
            }
            _ = try? response.body.readAll(limit: 64 * 1024)
            let target: String
            if location.hasPrefix("/") {
                target = location
            } else {
                (endpoint, target) = try RegistryEndpoint.parse(url: location)
            }
            response = try send(endpoint: endpoint, target: target, headers: headers, authorize: endpoint == registry)
        }
        throw PaddockError(.unavailable, "\(registry) redirected more than 5 times; the registry is misconfigured")
    }

    private func client(for endpoint: RegistryEndpoint) throws -> HTTPClient {
        try clients.withLock { clients in
            if let client = clients[endpoint] { return client }
            let tls =
                endpoint.secure ? try TLSClientConfiguration(serverName: endpoint.host, caPEM: options.caPEM) : nil
            let client = HTTPClient(
                address: .tcp(host: endpoint.host, port: endpoint.port), connectTimeout: .seconds(10),
                readTimeout: .seconds(60), tls: tls)
            clients[endpoint] = client
            return client
        }
    }

    // MARK: Authentication

    private func authenticate(challenge field: String?) throws {
        guard let field, let challenge = AuthChallenge(field) else {
            throw PaddockError(
                .unauthenticated, "\(registry) requires authentication but sent no usable WWW-Authenticate field")
        }
        switch challenge.scheme.lowercased() {
        case "basic":
            guard let credentials = options.credentials else { throw missingCredentialsError() }
            authorization.withLock { $0 = credentials.basicAuthorization }
        case "bearer":
            let token = try fetchToken(challenge)
            authorization.withLock { $0 = "Bearer " + token }
        default:
            throw PaddockError(
                .unsupported, "\(registry) asks for '\(challenge.scheme)' authentication; only Basic and Bearer are supported")
        }
        logger.log(.debug, "authenticated to registry", ["scheme": challenge.scheme])
    }

    private func fetchToken(_ challenge: AuthChallenge) throws -> String {
        guard let realm = challenge.realm else {
            throw PaddockError(.unauthenticated, "\(registry) sent a Bearer challenge without a realm")
        }
        let (endpoint, path) = try RegistryEndpoint.parse(url: realm)
        var query: [String] = []
        if let service = challenge.parameters["service"] { query.append("service=" + Self.percentEncode(service)) }
        query.append("scope=" + Self.percentEncode(challenge.parameters["scope"] ?? "repository:\(reference.repository):pull"))
        let target = path + (path.contains("?") ? "&" : "?") + query.joined(separator: "&")
        var headers: HTTPHeaders = [:]
        if let credentials = options.credentials {
            headers.add("Authorization", credentials.basicAuthorization)
        }
        let response = try client(for: endpoint).request("GET", target, headers: headers)
        if response.status == 401 || response.status == 403 {
            _ = try? response.body.readAll(limit: 64 * 1024)
            throw options.credentials == nil ? missingCredentialsError() : refusedError()
        }
        guard response.status == 200 else {
            throw PaddockError(.unavailable, "token service \(endpoint) returned \(response.status)")
        }
        struct TokenResponse: Decodable {
            var token: String?
            var access_token: String?
        }
        let data = try response.body.readAllData(limit: 1 << 20)
        guard let decoded = try? JSONDecoder().decode(TokenResponse.self, from: data),
            let token = decoded.token ?? decoded.access_token, !token.isEmpty
        else {
            throw PaddockError(.unavailable, "token service \(endpoint) sent no token in its response")
        }
        return token
    }

    private func missingCredentialsError() -> PaddockError {
        PaddockError(
            .unauthenticated,
            "\(registry) requires credentials for \(reference.repository); pass --username and --password-stdin, "
                + "or set PADDOCK_REGISTRY_USERNAME and PADDOCK_REGISTRY_PASSWORD")
    }

    private func refusedError() -> PaddockError {
        guard let credentials = options.credentials else { return missingCredentialsError() }
        return PaddockError(
            .unauthenticated,
            "\(registry) refused the credentials of user '\(credentials.username)' for \(reference.repository); "
                + "check the user name and password")
    }

    private static func percentEncode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~:")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
