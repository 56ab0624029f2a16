import Foundation
import CArchive
import Glibc
import PaddockCore
import Testing

@testable import PaddockImage

struct LayerUnpackerTests {
    private func unpack(_ entries: [TarBuilder.Entry], compression: TarBuilder.Compression = .none, in directory: String)
        throws -> (String, LayerUnpacker.Result)
    {
        let blob = directory + "/layer.tar"
        try TarBuilder.write(entries, to: blob, compression: compression)
        let destination = directory + "/layer"
        let result = try LayerUnpacker().unpack(blob: blob, into: destination, name: "test-layer")
        return (destination, result)
    }

    private func expectRejected(_ entries: [TarBuilder.Entry], mentioning text: String) throws {
        try withTemporaryDirectory { directory in
            let outside = directory + "/outside"
            try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
            #expect {
                try unpack(entries, in: directory)
            } throws: { error in
                guard let error = error as? PaddockError else { return false }
                return error.code == .invalidArgument && error.message.contains(text)
            }
            #expect(!FileManager.default.fileExists(atPath: directory + "/layer"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix(".tmp-") }
            #expect(leftovers.isEmpty)
        }
    }

    @Test func unpacksFilesDirectoriesAndLinks() throws {
        try withTemporaryDirectory { directory in
            let (layer, result) = try unpack(
                [
                    .directory("etc"), .file("etc/hostname", "box\n"), .symlink("bin", target: "usr/bin"),
                    .symlink("etc/absolute", target: "/etc/hostname"), .hardlink("etc/hostname2", target: "etc/hostname"),
                    .file("./usr/bin/tool", "#!/bin/sh\n", mode: 0o755),
                ], in: directory)
            #expect(result.entries == 6)
            #expect(readText(layer + "/etc/hostname") == "box\n")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: layer + "/bin") == "usr/bin")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: layer + "/etc/absolute") == "/etc/hostname")
            var first = stat()
            var second = stat()
            stat(layer + "/etc/hostname", &first)
            stat(layer + "/etc/hostname2", &second)
            #expect(first.st_ino == second.st_ino)
            #expect(FileManager.default.isExecutableFile(atPath: layer + "/usr/bin/tool"))
        }
    }

    @Test(arguments: [TarBuilder.Compression.gzip, .zstd])
    func unpacksCompressedLayer(_ compression: TarBuilder.Compression) throws {
        try withTemporaryDirectory { directory in
            let (layer, _) = try unpack([.file("hello.txt", "compressed")], compression: compression, in: directory)
            #expect(readText(layer + "/hello.txt") == "compressed")
        }
    }

    @Test func whiteoutBecomesOverlayDevice() throws {
        try withTemporaryDirectory { directory in
            let (layer, result) = try unpack(
                [.directory("etc"), .file("etc/.wh.motd", ""), .file("usr/share/.wh.doc", "")], in: directory)
            #expect(result.whiteouts == 2)
            var info = stat()
            #expect(lstat(layer + "/etc/motd", &info) == 0)
            #expect(info.st_mode & S_IFMT == S_IFCHR)
            #expect(info.st_rdev == 0)
            #expect(fileType(layer + "/usr/share/doc") == S_IFCHR)
            #expect(!FileManager.default.fileExists(atPath: layer + "/etc/.wh.motd"))
        }
    }

    @Test func opaqueMarkerSetsOverlayAttribute() throws {
        try withTemporaryDirectory { directory in
            let (layer, result) = try unpack(
                [.directory("var/cache"), .file("var/cache/.wh..wh..opq", ""), .file("var/cache/new", "x")],
                in: directory)
            #expect(result.opaqueDirectories == 1)
            var value = [UInt8](repeating: 0, count: 4)
            let length = getxattr(layer + "/var/cache", "trusted.overlay.opaque", &value, value.count)
            #expect(length == 1)
            #expect(value[0] == UInt8(ascii: "y"))
            #expect(!FileManager.default.fileExists(atPath: layer + "/var/cache/.wh..wh..opq"))
            #expect(readText(layer + "/var/cache/new") == "x")
        }
    }

    @Test func skipsDeviceNodes() throws {
        try withTemporaryDirectory { directory in
            let (layer, result) = try unpack([.characterDevice("dev/null"), .file("ok", "1")], in: directory)
            #expect(result.skippedDevices == 1)
            #expect(!FileManager.default.fileExists(atPath: layer + "/dev/null"))
        }
    }

    @Test func rejectsDotDotPath() throws {
        try expectRejected([.file("ok", "1"), .file("../outside/evil", "x")], mentioning: "'..'")
    }

    @Test func rejectsAbsolutePath() throws {
        try expectRejected([.file("/tmp/paddock-escape-test", "x")], mentioning: "absolute path")
    }

    @Test func rejectsHardLinkOutside() throws {
        try expectRejected([.hardlink("passwd", target: "../../etc/passwd")], mentioning: "hard link target")
    }

    @Test func rejectsWriteThroughSymlink() throws {
        try withTemporaryDirectory { directory in
            let outside = directory + "/outside"
            try expectRejectedThroughLink(
                [.symlink("link", target: outside), .file("link/evil", "x")], outside: outside, directory: directory)
        }
    }

    @Test func rejectsWhiteoutThroughSymlink() throws {
        try withTemporaryDirectory { directory in
            let outside = directory + "/outside"
            try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: outside + "/victim", contents: Data("keep".utf8))
            try expectRejectedThroughLink(
                [.symlink("link", target: outside), .file("link/.wh.victim", "")], outside: outside, directory: directory)
            #expect(readText(outside + "/victim") == "keep")
        }
    }

    private func expectRejectedThroughLink(_ entries: [TarBuilder.Entry], outside: String, directory: String) throws {
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        let before = try FileManager.default.contentsOfDirectory(atPath: outside)
        #expect {
            try unpack(entries, in: directory)
        } throws: { error in
            (error as? PaddockError)?.code == .invalidArgument
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside) == before)
        #expect(!FileManager.default.fileExists(atPath: directory + "/layer"))
    }

    @Test func rejectsTruncatedLayer() throws {
        try withTemporaryDirectory { directory in
            let blob = directory + "/layer.tar.gz"
            let big = String(repeating: "0123456789abcdef", count: 64 * 1024)
            try TarBuilder.write([.file("big", big), .file("after", "x")], to: blob, compression: .gzip)
            let data = try Data(contentsOf: URL(fileURLWithPath: blob))
            try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: blob))
            #expect {
                try LayerUnpacker().unpack(blob: blob, into: directory + "/layer", name: "truncated")
            } throws: { error in
                guard let error = error as? PaddockError else { return false }
                return error.message.contains("truncated")
            }
            #expect(!FileManager.default.fileExists(atPath: directory + "/layer"))
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix(".tmp-") }
            #expect(leftovers.isEmpty)
        }
    }

    @Test func fullDiskLeavesNoHalfLayer() throws {
        try withTemporaryDirectory { directory in
            let mountPoint = directory + "/small"
            try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
            guard mount("tmpfs", mountPoint, "tmpfs", 0, "size=256k") == 0 else {
                Issue.record("mounting a 256 KiB tmpfs failed (errno \(errno)); the test needs root")
                return
            }
            defer { umount2(mountPoint, Int32(MNT_DETACH)) }
            let blob = directory + "/layer.tar.gz"
            let big = String(repeating: "x", count: 1 << 20)
            try TarBuilder.write([.file("big", big)], to: blob, compression: .gzip)
            #expect {
                try LayerUnpacker().unpack(blob: blob, into: mountPoint + "/layer", name: "too-big")
            } throws: { error in
                guard let error = error as? PaddockError else { return false }
                return error.message.contains("no space left")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: mountPoint).isEmpty)
        }
    }
}
