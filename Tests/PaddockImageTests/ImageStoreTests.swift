import Foundation
import PaddockCore
import PaddockStore
import Testing

@testable import PaddockImage

struct ImageStoreTests {
    @Test func removeLastNameCollectsBlobsAndLayers() throws {
        try withImageStore { store, directory in
            let layout = directory + "/layout"
            try writeLayout(at: layout, tag: "v1", layers: [[.file("a", "1")], [.file("b", "2")]])
            let image = try ImageImporter(store: store).importImages(from: layout, repository: "app")[0]
            #expect(try FileManager.default.contentsOfDirectory(atPath: store.paths.blobs).count == 4)
            #expect(try FileManager.default.contentsOfDirectory(atPath: store.paths.layers).count == 2)

            let removed = try store.remove("app:v1")
            #expect(removed == [image.digest])
            #expect(try store.listImages().isEmpty)
            #expect(try FileManager.default.contentsOfDirectory(atPath: store.paths.blobs).isEmpty)
            #expect(try FileManager.default.contentsOfDirectory(atPath: store.paths.layers).isEmpty)
        }
    }

    @Test func sharedLayerSurvivesRemovalOfOneImage() throws {
        try withImageStore { store, directory in
            let shared: [TarBuilder.Entry] = [.file("shared", "s")]
            let first = directory + "/first"
            try writeLayout(at: first, tag: "one", layers: [shared])
            let second = directory + "/second"
            try writeLayout(
                at: second, tag: "two", layers: [shared, [.file("extra", "e")]])
            try ImageImporter(store: store).importImages(from: first, repository: "app")
            let kept = try ImageImporter(store: store).importImages(from: second, repository: "app")[0]
            try store.remove("app:one")
            #expect(try store.listImages().map(\.digest) == [kept.digest])
            #expect(try store.layerDirectories(of: kept).count == 2)
        }
    }

    @Test func secondNameKeepsImage() throws {
        try withImageStore { store, directory in
            let layout = directory + "/layout"
            try writeLayout(at: layout, tag: "v1", layers: [[.file("a", "1")]])
            let image = try ImageImporter(store: store).importImages(from: layout, repository: "app")[0]
            try store.database.putImage(image, names: ["app:stable"])
            #expect(try store.remove("app:v1").isEmpty)
            #expect(try store.resolve("app:stable").digest == image.digest)
        }
    }

    @Test func resolvesDigestPrefixAndLatest() throws {
        try withImageStore { store, directory in
            let layout = directory + "/layout"
            try writeLayout(at: layout, tag: "latest", layers: [[.file("a", "1")]])
            let image = try ImageImporter(store: store).importImages(from: layout, repository: "app")[0]
            #expect(try store.resolve("app").digest == image.digest)
            #expect(try store.resolve(String(image.digest.dropFirst(7).prefix(12))).digest == image.digest)
            #expect(try store.resolve(image.digest).digest == image.digest)
            #expect {
                try store.resolve("app:nope")
            } throws: { ($0 as? PaddockError)?.code == .notFound }
        }
    }

    @Test(arguments: ["bad ref!!", "App:1", "app:-x", "a//b", "localhost/app@sha256:zz"])
    func malformedReferenceIsInvalid(_ reference: String) throws {
        try withImageStore { store, _ in
            let error = #expect(throws: PaddockError.self) {
                try store.resolve(reference)
            }
            #expect(error?.code == .invalidArgument)
            #expect(error?.message.contains("image reference '\(reference)' is invalid") == true)
            #expect(error?.message.contains("127.0.0.1:5000/team/app:1.0") == true)
        }
    }

    @Test(arguments: ["debian:12", "team/app", "127.0.0.1:5000/team/app:1.0", "sha256:abcd"])
    func wellFormedMissingReferenceIsNotFound(_ reference: String) throws {
        try withImageStore { store, _ in
            let error = #expect(throws: PaddockError.self) {
                try store.resolve(reference)
            }
            #expect(error?.code == .notFound)
        }
    }

    @Test func pinnedLayerSurvivesRemoval() throws {
        try withImageStore { store, directory in
            let layout = directory + "/layout"
            try writeLayout(at: layout, tag: "v1", layers: [[.file("a", "1")], [.file("b", "2")]])
            let image = try ImageImporter(store: store).importImages(from: layout, repository: "app")[0]
            let pinned = image.layers[0].digest
            store.pinLayers { [pinned] }
            try store.remove("app:v1")
            #expect(try store.listImages().isEmpty)
            let remaining = try FileManager.default.contentsOfDirectory(atPath: store.paths.layers)
            #expect(remaining == [String(pinned.dropFirst("sha256:".count))])
        }
    }

    @Test func garbageCollectionRemovesLeftovers() throws {
        try withImageStore { store, _ in
            let stray = store.paths.blobs + "/" + String(repeating: "a", count: 64)
            FileManager.default.createFile(atPath: stray, contents: Data("orphan".utf8))
            try FileManager.default.createDirectory(
                atPath: store.paths.layers + "/.tmp-half-XXXX", withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: store.paths.temporary + "/blob-1", contents: Data())
            let report = try store.collectGarbage()
            #expect(report.blobs == 1)
            #expect(report.temporaryFiles == 2)
            #expect(report.bytes == 6)
            #expect(try FileManager.default.contentsOfDirectory(atPath: store.paths.layers).isEmpty)
        }
    }
}
