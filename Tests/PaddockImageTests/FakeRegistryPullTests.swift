import Foundation
import PaddockCore
import PaddockStore
import Testing

@testable import PaddockImage

/// Pulls from an in-process registry that injects faults: token auth, broken and corrupt blobs.
struct FakeRegistryPullTests {
    private static let credentials = RegistryCredentials(username: "puller", password: "s3cret")

    /// A layout with two layers of incompressible-enough content, so downloads take several reads.
    private func makeLayout(_ directory: String) throws -> (String, ImageManifest) {
        let layout = directory + "/layout"
        func noise(_ count: Int) -> String {
            (0..<count).map { _ in String(UInt64.random(in: 0...UInt64.max), radix: 16) }.joined()
        }
        let digest = try writeLayout(
            at: layout, tag: "v1",
            layers: [[.file("etc/one", noise(40_000))], [.file("etc/two", noise(40_000)), .file("etc/.wh.one", "")]])
        let manifest = try ImageManifest.decode(
            Data(contentsOf: URL(fileURLWithPath: "\(layout)/blobs/sha256/\(digest.hex)")), source: "test")
        return (layout, manifest)
    }

    private func options(_ credentials: RegistryCredentials?, attempts: Int = 4) -> RegistryOptions {
        RegistryOptions(credentials: credentials, plainHTTP: true, attempts: attempts, retryDelay: .milliseconds(10))
    }

    @Test func pullsWithBearerToken() throws {
        try withImageStore { store, directory in
            let (layout, manifest) = try makeLayout(directory)
            let registry = try FakeRegistry(layout: layout, repository: "team/app", credentials: Self.credentials)
            defer { registry.stop() }
            let reference = try ImageReference(parsing: "\(registry.address)/team/app:v1")
            let image = try ImagePuller(store: store, options: options(Self.credentials)).pull(reference)
            #expect(image.names == ["\(registry.address)/team/app:v1"])
            #expect(image.layers.map(\.digest) == manifest.layers.map(\.digest.description))
            let layers = try store.layerDirectories(of: image)
            #expect(fileType(layers[1] + "/etc/one") == S_IFCHR)
            #expect(try FileManager.default.contentsOfDirectory(atPath: store.paths.downloads).isEmpty)
        }
    }

    @Test func wrongPasswordIsRefused() throws {
        try withImageStore { store, directory in
            let (layout, _) = try makeLayout(directory)
            let registry = try FakeRegistry(layout: layout, repository: "team/app", credentials: Self.credentials)
            defer { registry.stop() }
            let reference = try ImageReference(parsing: "\(registry.address)/team/app:v1")
            let wrong = RegistryCredentials(username: "puller", password: "wrong")
            #expect {
                try ImagePuller(store: store, options: options(wrong)).pull(reference)
            } throws: { error in
                guard let error = error as? PaddockError else { return false }
                return error.code == .unauthenticated && error.message.contains("refused the credentials of user 'puller'")
                    && !error.message.contains("wrong")
            }
            #expect(try store.listImages().isEmpty)
        }
    }

    @Test func missingCredentialsAreNamed() throws {
        try withImageStore { store, directory in
            let (layout, _) = try makeLayout(directory)
            let registry = try FakeRegistry(layout: layout, repository: "team/app", credentials: Self.credentials)
            defer { registry.stop() }
            let reference = try ImageReference(parsing: "\(registry.address)/team/app:v1")
            #expect {
                try ImagePuller(store: store, options: options(nil)).pull(reference)
            } throws: { ($0 as? PaddockError)?.message.contains("requires credentials") == true }
        }
    }

    @Test func digestMismatchDiscardsBlob() throws {
        try withImageStore { store, directory in
            let (layout, manifest) = try makeLayout(directory)
            let bad = manifest.layers[1].digest
            let registry = try FakeRegistry(
                layout: layout, repository: "team/app", credentials: nil, faults: .init(corrupt: [bad]))
            defer { registry.stop() }
            let reference = try ImageReference(parsing: "\(registry.address)/team/app:v1")
            #expect {
                try ImagePuller(store: store, options: options(nil)).pull(reference)
            } throws: { error in
                guard let error = error as? PaddockError else { return false }
                return error.code == .invalidArgument && error.message.contains("but \(bad) was expected")
            }
            #expect(try store.listImages().isEmpty)
            #expect(!store.hasBlob(bad))
            #expect(!FileManager.default.fileExists(atPath: store.paths.partialDownload(bad)))
        }
    }

    @Test func interruptedPullResumesWithRange() throws {
        try withImageStore { store, directory in
            let (layout, manifest) = try makeLayout(directory)
            let layer = manifest.layers[0]
            let cut = Int(layer.size / 2)
            let registry = try FakeRegistry(
                layout: layout, repository: "team/app", credentials: nil, faults: .init(breakAfter: [layer.digest: cut]))
            defer { registry.stop() }
            let reference = try ImageReference(parsing: "\(registry.address)/team/app:v1")

            #expect {
                try ImagePuller(store: store, options: options(nil, attempts: 1)).pull(reference)
            } throws: { ($0 as? PaddockError)?.message.contains("broke off") == true }
            #expect(try store.listImages().isEmpty)
            let partial = store.paths.partialDownload(layer.digest)
            let kept = (try FileManager.default.attributesOfItem(atPath: partial)[.size] as? NSNumber)?.intValue
            #expect(kept == cut)

            let image = try ImagePuller(store: store, options: options(nil, attempts: 1)).pull(reference)
            #expect(image.layers.count == 2)
            #expect(registry.rangeRequests == ["bytes=\(cut)-"])
            #expect(store.hasBlob(layer.digest))
            #expect(!FileManager.default.fileExists(atPath: partial))
        }
    }

    @Test func retryWithinOnePullResumes() throws {
        try withImageStore { store, directory in
            let (layout, manifest) = try makeLayout(directory)
            let layer = manifest.layers[1]
            let registry = try FakeRegistry(
                layout: layout, repository: "team/app", credentials: nil, faults: .init(breakAfter: [layer.digest: 1000]))
            defer { registry.stop() }
            let reference = try ImageReference(parsing: "\(registry.address)/team/app:v1")
            let image = try ImagePuller(store: store, options: options(nil)).pull(reference)
            #expect(image.layers.count == 2)
            #expect(registry.rangeRequests == ["bytes=1000-"])
        }
    }

    @Test func unknownTagIsNotFound() throws {
        try withImageStore { store, directory in
            let (layout, _) = try makeLayout(directory)
            let registry = try FakeRegistry(layout: layout, repository: "team/app", credentials: nil)
            defer { registry.stop() }
            let reference = try ImageReference(parsing: "\(registry.address)/team/app:nope")
            #expect {
                try ImagePuller(store: store, options: options(nil)).pull(reference)
            } throws: { error in
                guard let error = error as? PaddockError else { return false }
                return error.code == .notFound && error.message.contains("team/app:nope")
            }
        }
    }
}
