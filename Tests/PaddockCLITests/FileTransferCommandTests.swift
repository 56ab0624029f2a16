@preconcurrency import Glibc
import Foundation
import Testing

@testable import PaddockCLI

struct FileTransferCommandTests {
    /// Creates a fresh temporary directory and returns its path.
    static func temporaryDirectory() throws -> String {
        let name = "paddock-cli-\(UUID().uuidString)"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(name).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func uploadHarness() -> CLIHarness {
        let harness = CLIHarness()
        harness.transport.route = { request in
            let size = request.body?.count ?? 0
            let path = request.path.components(separatedBy: "path=").last?.removingPercentEncoding ?? ""
            return Respond.json(#"{"path": "\#(path)", "size": \#(size)}"#)
        }
        return harness
    }

    @Test func uploadStreamsFile() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let content = [UInt8](repeating: 7, count: 600 * 1024)
        FileManager.default.createFile(atPath: directory + "/data.bin", contents: Data(content))

        let harness = Self.uploadHarness()
        let result = harness.run(["sandbox", "upload", "demo", directory + "/data.bin"])
        #expect(result.status == 0)
        let request = try #require(harness.transport.requests.first)
        #expect(request.method == "PUT")
        #expect(request.path == "/v1/sandboxes/demo/files?path=/sandbox/data.bin")
        #expect(request.body == content)
        #expect(Int(request.header("X-Test-Chunks") ?? "") ?? 0 > 1)
        #expect(request.header("Content-Type") == "application/octet-stream")
        #expect(result.output == "uploaded \(directory)/data.bin to demo:/sandbox/data.bin (614400 bytes)\n")
    }

    @Test(arguments: [
        ("dir/a.txt", nil, "/sandbox/a.txt"), ("a.txt", "/tmp/b.txt", "/tmp/b.txt"), ("a.txt", "/tmp/", "/tmp/a.txt"),
        ("a.txt", "sub/c.txt", "/sandbox/sub/c.txt"), ("a.txt", "sub/", "/sandbox/sub/a.txt"),
    ])
    func uploadDestinations(local: String, given: String?, expected: String) {
        #expect(SandboxUploadCommand.destination(for: local, given: given) == expected)
    }

    @Test func uploadPercentEncodesPath() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        FileManager.default.createFile(atPath: directory + "/a b&c.txt", contents: Data("x".utf8))
        let harness = Self.uploadHarness()
        _ = harness.run(["sandbox", "upload", "demo", directory + "/a b&c.txt"])
        #expect(harness.transport.requests.first?.path == "/v1/sandboxes/demo/files?path=/sandbox/a%20b%26c.txt")
    }

    @Test func uploadMissingFile() {
        let harness = Self.uploadHarness()
        let result = harness.run(["sandbox", "upload", "demo", "/nonexistent/file"])
        #expect(result.status == 1)
        #expect(
            result.error
                == "error: failed to open '/nonexistent/file' for upload: "
                + "open(/nonexistent/file) failed: No such file or directory (ENOENT)\n")
        #expect(harness.transport.requests.isEmpty)
    }

    @Test func uploadRejectsDirectory() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = Self.uploadHarness().run(["sandbox", "upload", "demo", directory])
        #expect(result.status == 1)
        #expect(result.error.contains("is not a regular file"))
    }

    @Test func downloadWritesFile() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let harness = CLIHarness()
        harness.transport.downloadChunks = [Array("hello ".utf8), Array("world".utf8)]
        let result = harness.run(["sandbox", "download", "demo", "/sandbox/out.txt", directory + "/"])
        #expect(result.status == 0)
        #expect(FileManager.default.contents(atPath: directory + "/out.txt") == Data("hello world".utf8))
        #expect(harness.transport.requests.first?.path == "/v1/sandboxes/demo/files?path=/sandbox/out.txt")
        #expect(result.output == "downloaded demo:/sandbox/out.txt to \(directory)/out.txt (11 bytes)\n")
    }

    @Test func downloadIntoExistingDirectory() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(SandboxDownloadCommand.destination(for: "/sandbox/r.json", given: directory) == directory + "/r.json")
    }

    @Test func downloadDefaultDestination() {
        #expect(SandboxDownloadCommand.destination(for: "/sandbox/r.json", given: nil) == "./r.json")
    }

    @Test func downloadRelativeRemoteIsInWorkspace() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let harness = CLIHarness()
        harness.transport.downloadChunks = [Array("x".utf8)]
        _ = harness.run(["sandbox", "download", "demo", "out/r.json", directory + "/r.json"])
        #expect(harness.transport.requests.first?.path == "/v1/sandboxes/demo/files?path=/sandbox/out/r.json")
    }

    @Test func downloadErrorLeavesNoFile() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let harness = CLIHarness()
        let body = #"{"error": {"code": "not_found", "message": "file '/x' not found"}}"#
        harness.transport.downloadChunks = [Array(body.utf8)]
        harness.transport.downloadStatus = 404
        let result = harness.run(["sandbox", "download", "demo", "/x", directory + "/x"])
        #expect(result.status == 1)
        #expect(result.error == "error: file '/x' not found\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }

    @Test func downloadIntoMissingDirectory() {
        let result = CLIHarness().run(["sandbox", "download", "demo", "/x", "/nonexistent/dir/x"])
        #expect(result.status == 1)
        #expect(
            result.error.hasPrefix("error: failed to create '/nonexistent/dir/x': mkstemp(/nonexistent/dir/x) failed"))
    }

    @Test func downloadRejectsDirectoryRemote() {
        let result = CLIHarness().run(["sandbox", "download", "demo", "/sandbox/"])
        #expect(result.status == 64)
    }
}
