import Foundation
import PaddockCore
import PaddockHTTP
import PaddockImage
import PaddockStore

/// The image API under /v1/images: list, import, pull (a WebSocket that streams progress), remove
/// and collect garbage. See docs/gateway-api.md.
struct ImageRoutes {
    let manager: SandboxManager

    func handle(_ request: HTTPRequest, route: [String]) throws -> HTTPResponse {
        guard let store = manager.images else {
            throw PaddockError(.unavailable, "this gateway has no image store")
        }
        switch (request.method, route.joined(separator: "/")) {
        case ("GET", ""):
            return try .json(ImageList(images: try store.listImages().map(ImageView.init)))
        case ("POST", "import"):
            let body = try GatewayRoutes.decode(ImportImageRequest.self, from: request)
            let images = try ImageImporter(store: store).importImages(from: body.path, repository: body.repository)
            return try .json(ImageList(images: images.map(ImageView.init)), status: 201)
        case ("GET", "pull"):
            return try WebSocket.upgradeResponse(for: request) { socket in
                try pull(over: socket, store: store)
            }
        case ("DELETE", ""):
            guard let name = request.queryItems.first(where: { $0.name == "name" })?.value, !name.isEmpty else {
                throw PaddockError(.invalidArgument, "DELETE /v1/images needs ?name=IMAGE (a name or digest)")
            }
            try rejectIfInUse(name, store: store)
            return try .json(["removed": try store.remove(name)])
        case ("POST", "gc"):
            let report = try store.collectGarbage()
            return try .json(
                GarbageView(
                    blobs: report.blobs, layers: report.layers, temporaryFiles: report.temporaryFiles,
                    bytes: report.bytes))
        default:
            throw PaddockError(.notFound, "no route for \(request.method) \(request.path)")
        }
    }

    /// Rejects removing the last name of an image that a sandbox was created from, because the
    /// sandbox mounts its layers.
    private func rejectIfInUse(_ name: String, store: ImageStore) throws {
        let image = try store.resolve(name)
        let removesImage = image.names.count <= 1 || !image.names.contains(where: { $0 == name || $0 == name + ":latest" })
        guard removesImage else { return }
        let users = try manager.list().filter { record in
            (try? manager.spec(of: record))?.image?.imageDigest == image.digest
        }.map(\.name)
        guard users.isEmpty else {
            throw PaddockError(
                .failedPrecondition,
                "image \(name) is used by sandbox \(users.joined(separator: ", ")); delete the sandbox first")
        }
    }

    /// Reads the pull request from the socket's first message, pulls, and sends progress events,
    /// ending with `done` or `error`.
    private func pull(over socket: WebSocketConnection, store: ImageStore) throws {
        let sender = EventSender(socket: socket)
        defer { try? socket.close() }
        guard case .text(let text)? = try socket.receive() else {
            sender.send(Self.errorMessage(PaddockError(.invalidArgument, "send the pull request as a JSON text message")))
            return
        }
        do {
            let request: PullImageRequest
            do {
                request = try JSONDecoder().decode(PullImageRequest.self, from: Data(text.utf8))
            } catch let error as DecodingError {
                throw PaddockError(.invalidArgument, "invalid pull request: \(GatewayRoutes.describe(error))")
            }
            if let path = request.caFile {
                throw PaddockError(
                    .invalidArgument,
                    "ca_file (\(path)) is not accepted because the gateway does not open files that clients name; "
                        + "send the certificates' PEM text as ca_pem")
            }
            let reference = try ImageReference(parsing: request.reference)
            var options = RegistryOptions(caPEM: request.caPEM, plainHTTP: request.plainHTTP ?? false)
            if let username = request.username {
                options.credentials = RegistryCredentials(username: username, password: request.password ?? "")
            }
            let puller = ImagePuller(store: store, options: options, logger: manager.logger) { event in
                sender.send(Self.message(for: event))
            }
            let image = try puller.pull(reference)
            sender.send(PullEventMessage(event: "done", image: ImageView(image)))
        } catch {
            let failure = (error as? PaddockError) ?? PaddockError(.internal, "\(error)")
            manager.logger.error("image pull failed", ["error": failure.message])
            sender.send(Self.errorMessage(failure))
        }
    }

    private static func errorMessage(_ error: PaddockError) -> PullEventMessage {
        PullEventMessage(event: "error", error: .init(code: error.code.rawValue, message: error.message))
    }

    private static func message(for event: PullEvent) -> PullEventMessage {
        switch event {
        case .resolved(let manifest, let layers):
            return PullEventMessage(
                event: "resolved", digest: manifest.description,
                layers: layers.map { .init(digest: $0.digest.description, size: $0.size) })
        case .layerCached(let digest):
            return PullEventMessage(event: "cached", digest: digest.description)
        case .layerProgress(let digest, let received, let total):
            return PullEventMessage(event: "progress", digest: digest.description, received: received, total: total)
        case .layerDownloaded(let digest):
            return PullEventMessage(event: "downloaded", digest: digest.description)
        case .layerUnpacked(let digest):
            return PullEventMessage(event: "unpacked", digest: digest.description)
        case .retrying(let what, let attempt):
            return PullEventMessage(event: "retrying", message: "\(what), attempt \(attempt)")
        }
    }
}

/// Sends pull events from the puller's worker threads one at a time. A client that left is ignored,
/// because the pull itself should still finish and be stored.
private final class EventSender: @unchecked Sendable {
    private let socket: WebSocketConnection
    private let lock = NSLock()
    private var clientGone = false

    init(socket: WebSocketConnection) {
        self.socket = socket
    }

    func send(_ message: PullEventMessage) {
        lock.lock()
        defer { lock.unlock() }
        guard !clientGone, let data = try? JSONEncoder().encode(message) else { return }
        do {
            try socket.send(text: String(decoding: data, as: UTF8.self))
        } catch {
            clientGone = true
        }
    }
}
