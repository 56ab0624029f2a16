import Foundation
import PaddockCore
import PaddockStore
import Testing

@testable import PaddockImage

/// Pulls from a real docker-registry over TLS with basic auth.
@Suite(.serialized)
struct LocalRegistryPullTests {
    private func options(_ registry: LocalRegistry, password: String = LocalRegistry.password, ca: Bool = true)
        throws -> RegistryOptions
    {
        let caPEM = ca ? try String(contentsOfFile: registry.caFile, encoding: .utf8) : nil
        return RegistryOptions(
            credentials: RegistryCredentials(username: LocalRegistry.username, password: password),
            caPEM: caPEM, attempts: 2, retryDelay: .milliseconds(10))
    }

    @Test func pullsOverTLSWithBasicAuth() throws {
        let registry = try LocalRegistry(pushing: ["sandbox", "server"], dockerFormat: ["server"])
        defer { registry.stop() }
        try withImageStore { store, _ in
            let events = EventLog()
            let puller = ImagePuller(store: store, options: try options(registry), observer: { events.append($0) })
            let sandbox = try puller.pull(ImageReference(parsing: "\(registry.address)/debian:sandbox"))
            #expect(sandbox.names == ["\(registry.address)/debian:sandbox"])
            #expect(sandbox.layers.count == 2)
            let layers = try store.layerDirectories(of: sandbox)
            #expect(readText(layers[1] + "/etc/passwd")?.contains("sandbox:x:1000:") == true)
            #expect(events.downloaded == 2)

            let server = try puller.pull(ImageReference(parsing: "\(registry.address)/debian:server"))
            #expect(server.layers.count == 3)
            #expect(events.cached == 2)

            let docker = try puller.pull(ImageReference(parsing: "\(registry.address)/debian-docker:server"))
            #expect(docker.mediaType == MediaType.dockerManifest)
            #expect(docker.layers.map(\.digest) == server.layers.map(\.digest))
        }
    }

    @Test func untrustedCertificateIsRejected() throws {
        let registry = try LocalRegistry(pushing: [])
        defer { registry.stop() }
        try withImageStore { store, _ in
            let reference = try ImageReference(parsing: "\(registry.address)/debian:sandbox")
            #expect {
                try ImagePuller(store: store, options: options(registry, ca: false)).pull(reference)
            } throws: { error in
                guard let error = error as? PaddockError else { return false }
                return error.message.contains("not trusted") && error.message.contains("--ca-file")
            }
        }
    }

    @Test func refusedPasswordIsReported() throws {
        let registry = try LocalRegistry(pushing: ["base"])
        defer { registry.stop() }
        try withImageStore { store, _ in
            let reference = try ImageReference(parsing: "\(registry.address)/debian:base")
            #expect {
                try ImagePuller(store: store, options: options(registry, password: "nope")).pull(reference)
            } throws: { error in
                guard let error = error as? PaddockError else { return false }
                return error.code == .unauthenticated && error.message.contains("refused the credentials")
            }
            #expect(try store.listImages().isEmpty)
        }
    }

    @Test func missingImageIsNotFound() throws {
        let registry = try LocalRegistry(pushing: ["base"])
        defer { registry.stop() }
        try withImageStore { store, _ in
            let reference = try ImageReference(parsing: "\(registry.address)/debian:no-such-tag")
            #expect {
                try ImagePuller(store: store, options: options(registry)).pull(reference)
            } throws: { ($0 as? PaddockError)?.code == .notFound }
        }
    }
}

/// Counts pull events from the puller's worker threads.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var downloaded = 0
    private(set) var cached = 0

    func append(_ event: PullEvent) {
        lock.lock()
        defer { lock.unlock() }
        switch event {
        case .layerDownloaded: downloaded += 1
        case .layerCached: cached += 1
        default: break
        }
    }
}
