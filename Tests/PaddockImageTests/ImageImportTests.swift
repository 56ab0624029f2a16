import Foundation
import PaddockCore
import PaddockStore
import Testing

@testable import PaddockImage

@Suite(.serialized)
struct ImageImportTests {
    @Test func importsOCILayoutDirectory() throws {
        let layout = try TestImages.layout()
        try withImageStore { store, _ in
            let images = try ImageImporter(store: store).importImages(from: layout, repository: "debian")
            #expect(images.count == 3)
            let names = Set(images.flatMap(\.names))
            #expect(names == ["debian:base", "debian:sandbox", "debian:server"])
            let sandbox = try store.resolve("debian:sandbox")
            #expect(sandbox.layers.count == 2)
            let config = try ImageConfiguration.decode(Data(sandbox.config.utf8), source: "test")
            #expect(config.config?.User == "sandbox")
            #expect(config.config?.WorkingDir == "/home/sandbox")
            let layers = try store.layerDirectories(of: sandbox)
            #expect(FileManager.default.fileExists(atPath: layers[0] + "/usr/lib/x86_64-linux-gnu/libc.so.6"))
            #expect(readText(layers[1] + "/etc/passwd")?.contains("sandbox:x:1000:") == true)
            #expect(fileType(layers[1] + "/usr/share/doc") == S_IFCHR)
        }
    }

    @Test func sharesLayersBetweenImages() throws {
        let layout = try TestImages.layout()
        try withImageStore { store, _ in
            try ImageImporter(store: store).importImages(from: layout, repository: "debian")
            let base = try store.resolve("debian:base")
            let server = try store.resolve("debian:server")
            #expect(server.layers.first == base.layers.first)
            let unpacked = try FileManager.default.contentsOfDirectory(atPath: store.paths.layers)
            #expect(unpacked.count == 3)
        }
    }

    @Test func importsOCIArchive() throws {
        try withImageStore { store, directory in
            let archive = directory + "/server.oci.tar"
            try TestImages.copy(tag: "server", to: "oci-archive:\(archive):server")
            let images = try ImageImporter(store: store).importImages(from: archive)
            #expect(images.map(\.names) == [["server:server"]])
            #expect(images.first?.layers.count == 3)
            #expect(try FileManager.default.contentsOfDirectory(atPath: store.paths.temporary).isEmpty)
        }
    }

    @Test func importsDockerSaveArchive() throws {
        try withImageStore { store, directory in
            let archive = directory + "/sandbox.docker.tar"
            try TestImages.copy(tag: "sandbox", to: "docker-archive:\(archive):localhost/debian:sandbox")
            let images = try ImageImporter(store: store).importImages(from: archive)
            #expect(images.count == 1)
            #expect(images.first?.names == ["localhost/debian:sandbox"])
            #expect(images.first?.mediaType == MediaType.dockerManifest)
            let image = try store.resolve("localhost/debian:sandbox")
            let layers = try store.layerDirectories(of: image)
            #expect(readText(layers[1] + "/etc/passwd")?.contains("sandbox:x:1000:") == true)
        }
    }

    @Test func rejectsPathThatIsNoImage() throws {
        try withImageStore { store, directory in
            #expect {
                try ImageImporter(store: store).importImages(from: directory + "/missing")
            } throws: { ($0 as? PaddockError)?.code == .notFound }
            let empty = directory + "/empty"
            try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
            #expect {
                try ImageImporter(store: store).importImages(from: empty)
            } throws: { ($0 as? PaddockError)?.message.contains("neither an OCI image layout") == true }
        }
    }

    @Test func garbageArchiveIsNamedOnce() throws {
        try withImageStore { store, directory in
            let path = directory + "/garbage.tar"
            try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }).write(to: URL(fileURLWithPath: path))
            let error = #expect(throws: PaddockError.self) {
                try ImageImporter(store: store).importImages(from: path)
            }
            let message = error?.message ?? ""
            #expect(error?.code == .invalidArgument)
            #expect(message.contains("image archive \(path)"))
            #expect(!message.contains("layer"))
            #expect(message.components(separatedBy: path).count == 2)
            #expect(message.contains("docker save archive"))
        }
    }

    @Test func corruptBlobKeepsStoreConsistent() throws {
        try withImageStore { store, directory in
            let good = directory + "/good"
            try writeLayout(at: good, tag: "v1", layers: [[.file("a", "1")]])
            try ImageImporter(store: store).importImages(from: good, repository: "app")

            let bad = directory + "/bad"
            let manifestDigest = try writeLayout(at: bad, tag: "v2", layers: [[.file("b", "2")]])
            let manifest = try ImageManifest.decode(
                Data(contentsOf: URL(fileURLWithPath: "\(bad)/blobs/sha256/\(manifestDigest.hex)")), source: "test")
            try Data("tampered".utf8).write(
                to: URL(fileURLWithPath: "\(bad)/blobs/sha256/\(manifest.layers[0].digest.hex)"))
            #expect {
                try ImageImporter(store: store).importImages(from: bad, repository: "app")
            } throws: { error in
                guard let error = error as? PaddockError else { return false }
                return error.code == .invalidArgument && error.message.contains(manifest.layers[0].digest.description)
            }
            #expect(try store.listImages().flatMap(\.names) == ["app:v1"])
            #expect(try store.layerDirectories(of: store.resolve("app:v1")).count == 1)
            #expect(try FileManager.default.contentsOfDirectory(atPath: store.paths.temporary).isEmpty)
        }
    }

    @Test func escapingLayerIsNotStored() throws {
        try withImageStore { store, directory in
            let layout = directory + "/evil"
            try writeLayout(at: layout, tag: "evil", layers: [[.file("../../escaped", "x")]])
            #expect {
                try ImageImporter(store: store).importImages(from: layout, repository: "evil")
            } throws: { ($0 as? PaddockError)?.message.contains("outside the layer") == true }
            #expect(try store.listImages().isEmpty)
            #expect(try FileManager.default.contentsOfDirectory(atPath: store.paths.layers).isEmpty)
            try store.collectGarbage()
            #expect(try FileManager.default.contentsOfDirectory(atPath: store.paths.blobs).isEmpty)
        }
    }
}
