import Foundation
@preconcurrency import Glibc
import Testing

@testable import PaddockPolicy

struct PolicyLoaderTests {
    private func temporaryFile(_ contents: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "policy-\(UUID().uuidString).yaml"
        try Data(contents).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func loadReadsFile() throws {
        let path = try temporaryFile(Array("version: 1\nlandlock: {compatibility: hard_requirement}\n".utf8))
        defer { unlink(path) }
        #expect(try PolicyLoader.load(path: path).landlock.compatibility == .hardRequirement)
    }

    @Test func loadNamesFileInIssues() throws {
        let path = try temporaryFile(Array("version: 5\n".utf8))
        defer { unlink(path) }
        let error = #expect(throws: PolicyError.self) { try PolicyLoader.load(path: path) }
        #expect(error?.description.hasPrefix("\(path):1:10: version:") == true)
    }

    @Test func missingFileIsNotFound() {
        let error = #expect(throws: PolicyError.self) { try PolicyLoader.load(path: "/nonexistent/policy.yaml") }
        #expect(error?.code == .notFound)
        #expect(error?.description.contains("ENOENT") == true)
        #expect(error?.issues.first?.line == nil)
    }

    @Test func directoryRejected() {
        let error = #expect(throws: PolicyError.self) { try PolicyLoader.load(path: "/tmp") }
        #expect(error?.description == "/tmp: cannot read the policy: not a regular file")
    }

    @Test func oversizedFileRejectedWithoutReadingAll() throws {
        let path = try temporaryFile(Array("version: 1\n".utf8) + Array(repeating: UInt8(ascii: "#"), count: 3 << 20))
        defer { unlink(path) }
        let error = #expect(throws: PolicyError.self) { try PolicyLoader.load(path: path) }
        #expect(error?.code == .tooLarge)
        #expect(error?.description.contains("the policy is 3145739 bytes") == true)
    }

    @Test func byteOrderMarkAccepted() throws {
        let path = try temporaryFile([0xEF, 0xBB, 0xBF] + Array("version: 1\n".utf8))
        defer { unlink(path) }
        #expect(throws: Never.self) { try PolicyLoader.load(path: path) }
    }
}
