import Foundation
import PaddockCore
import PaddockHTTP
import Synchronization

@testable import PaddockImage

/// A distribution API v2 registry on 127.0.0.1, built on Paddock's HTTP server, that serves one
/// repository from an OCI layout. It produces on demand what a real registry does not: bearer-token
/// auth through its own token endpoint, a blob cut off part-way on its first request, and a blob
/// served with the wrong bytes.
final class FakeRegistry: Sendable {
    struct Faults: Sendable {
        /// Digests whose first request sends only this many bytes before the connection breaks.
        var breakAfter: [Digest: Int] = [:]
        /// Digests served with altered bytes.
        var corrupt: Set<Digest> = []
    }

    static let token = "test-token-7f3a"
    let server: HTTPServer
    let repository: String
    private let state: Mutex<State>

    private struct State {
        var faults: Faults
        var rangeRequests: [String] = []
        var blobRequests = 0
    }

    /// - Parameters:
    ///   - layout: An OCI layout whose manifests are served by their index.json tags.
    ///   - credentials: The user and password the token endpoint accepts; nil serves without auth.
    init(layout: String, repository: String, credentials: RegistryCredentials?, faults: Faults = Faults()) throws {
        self.repository = repository
        state = Mutex(State(faults: faults))
        let index = try ImageIndex.decode(Data(contentsOf: URL(fileURLWithPath: layout + "/index.json")), source: "test")
        var tags: [String: Digest] = [:]
        for entry in index.manifests {
            if let name = entry.referenceName { tags[name] = entry.digest }
        }
        let handlerState = HandlerContext(layout: layout, repository: repository, tags: tags, credentials: credentials)
        let configuration = HTTPServerConfiguration(
            listeners: [.tcp(host: "127.0.0.1", port: 0)], logger: Logger(label: "fake-registry", minimumLevel: .critical),
            shutdownTimeout: .seconds(2))
        let box = StateBox()
        server = HTTPServer(configuration: configuration) { request, _ in
            try handlerState.handle(request, registry: box.registry!)
        }
        box.registry = self
        try server.start()
    }

    var port: Int {
        guard case .tcp(_, let port) = server.boundAddresses[0] else { return 0 }
        return port
    }

    var address: String { "127.0.0.1:\(port)" }

    var rangeRequests: [String] { state.withLock { $0.rangeRequests } }

    func stop() {
        server.stop()
    }

    fileprivate func takeBreak(_ digest: Digest) -> Int? {
        state.withLock { state in state.faults.breakAfter.removeValue(forKey: digest) }
    }

    fileprivate func isCorrupt(_ digest: Digest) -> Bool {
        state.withLock { $0.faults.corrupt.contains(digest) }
    }

    fileprivate func recordRange(_ range: String) {
        state.withLock { $0.rangeRequests.append(range) }
    }
}

private final class StateBox: @unchecked Sendable {
    weak var registry: FakeRegistry?
}

private struct HandlerContext: Sendable {
    let layout: String
    let repository: String
    let tags: [String: Digest]
    let credentials: RegistryCredentials?

    func handle(_ request: HTTPRequest, registry: FakeRegistry) throws -> HTTPResponse {
        let path = request.path
        if path == "/token" {
            return try token(request)
        }
        if credentials != nil, request.headers["Authorization"] != "Bearer \(FakeRegistry.token)" {
            var response = HTTPResponse.text("unauthorized", status: 401)
            response.headers.add(
                "WWW-Authenticate",
                #"Bearer realm="http://\#(registry.address)/token",service="fake",scope="repository:\#(repository):pull""#)
            return response
        }
        let prefix = "/v2/\(repository)/"
        guard path.hasPrefix(prefix) else { return .text("not found", status: 404) }
        let rest = path.dropFirst(prefix.count)
        if rest.hasPrefix("manifests/") {
            let reference = String(rest.dropFirst("manifests/".count))
            guard let digest = tags[reference] ?? (try? Digest(parsing: reference)), let data = blob(digest) else {
                return .text("manifest unknown", status: 404)
            }
            var response = HTTPResponse(status: 200, body: .data(data))
            response.headers.add("Content-Type", MediaType.ociManifest)
            response.headers.add("Docker-Content-Digest", digest.description)
            return response
        }
        if rest.hasPrefix("blobs/") {
            guard let digest = try? Digest(parsing: String(rest.dropFirst("blobs/".count))), var data = blob(digest) else {
                return .text("blob unknown", status: 404)
            }
            if registry.isCorrupt(digest) { data[data.count / 2] ^= 0xff }
            var status = 200
            if let range = request.headers["Range"], range.hasPrefix("bytes="), let start = Int(range.dropFirst(6).dropLast()) {
                registry.recordRange(range)
                data = data.subdata(in: start..<data.count)
                status = 206
            }
            if let cut = registry.takeBreak(digest) {
                let sent = data.prefix(cut)
                return HTTPResponse(status: status, body: .stream { writer in
                    try writer.write(Data(sent))
                    throw PaddockError(.unavailable, "connection broken on purpose")
                })
            }
            return HTTPResponse(status: status, body: .data(data))
        }
        return .text("not found", status: 404)
    }

    private func token(_ request: HTTPRequest) throws -> HTTPResponse {
        guard let credentials, request.headers["Authorization"] == credentials.basicAuthorization else {
            return .text("bad credentials", status: 401)
        }
        return try .json(["token": FakeRegistry.token])
    }

    private func blob(_ digest: Digest) -> Data? {
        FileManager.default.contents(atPath: "\(layout)/blobs/sha256/\(digest.hex)")
    }
}
