import Foundation
import Testing

@testable import PaddockPolicy

/// Loads every corpus file: each valid one must load, and each invalid one must fail with the
/// fragment and line named in its `# expect:` and `# line:` header comments.
struct CorpusTests {
    static let validFiles = PolicyFixture.corpusFiles("valid")
    static let invalidFiles = PolicyFixture.corpusFiles("invalid")

    @Test func corpusHasEnoughFiles() {
        #expect(CorpusTests.validFiles.count >= 10)
        #expect(CorpusTests.invalidFiles.count >= 25)
    }

    @Test(arguments: validFiles) func validFileLoads(_ name: String) throws {
        let path = try PolicyFixture.corpusURL.appendingPathComponent("valid/\(name)").path
        #expect(throws: Never.self) { try PolicyLoader.load(path: path) }
    }

    @Test(arguments: invalidFiles) func invalidFileFails(_ name: String) throws {
        let path = try PolicyFixture.corpusURL.appendingPathComponent("invalid/\(name)").path
        let header = try Self.header(path)
        let error = #expect(throws: PolicyError.self) { try PolicyLoader.load(path: path) }
        let matching = error?.issues.filter { $0.description.contains(header.expect) } ?? []
        #expect(!matching.isEmpty, "expected \"\(header.expect)\" in:\n\(error?.description ?? "no error")")
        #expect(matching.contains { $0.line == header.line }, "expected line \(header.line): \(matching)")
        #expect(matching.allSatisfy { $0.file == path })
    }

    private static func header(_ path: String) throws -> (expect: String, line: Int) {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").prefix(2)
        let expect = lines.first?.replacingOccurrences(of: "# expect: ", with: "") ?? ""
        let line = lines.last.flatMap { Int($0.replacingOccurrences(of: "# line: ", with: "")) } ?? 0
        return (expect, line)
    }
}
