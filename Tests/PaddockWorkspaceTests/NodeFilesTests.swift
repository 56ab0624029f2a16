import Foundation
import Testing

@testable import PaddockWorkspace

@Suite struct NodeFilesTests {
    @Test(arguments: ["main.js", "lib/util.js", "a/b/c.json", ".env", "dir/./x.js", "..hidden", "a..b"])
    func acceptsRelativeName(_ name: String) {
        #expect(NodeFiles.problem(with: name) == nil)
    }

    @Test(arguments: [
        ("", "empty"), ("/etc/passwd", "absolute"), ("../x.js", "'..'"), ("a/../../x", "'..'"), ("a/..", "'..'"),
        ("bad\0name", "NUL"), ("dir/", "directory"), ("paddock-main.js", "reserved"),
    ])
    func rejectsName(_ name: String, _ reason: String) throws {
        let problem = try #require(NodeFiles.problem(with: name))
        #expect(problem.contains(reason), "\(problem)")
    }

    @Test func validateNamesOffendingEntry() {
        #expect(throws: OperationFailure.self) { try NodeFiles.validate(["ok.js": "", "../up.js": ""]) }
        do {
            try NodeFiles.validate(["ok.js": "", "../up.js": ""])
        } catch let failure as OperationFailure {
            #expect(failure.message.contains("'../up.js'"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func writeCreatesParentDirectories() throws {
        let directory = NSTemporaryDirectory() + "node-files-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try NodeFiles.write(["lib/deep/util.js": "module.exports = 1\n"], into: directory)
        let text = try String(contentsOfFile: directory + "/lib/deep/util.js", encoding: .utf8)
        #expect(text == "module.exports = 1\n")
    }
}

@Suite struct NodeOutputsTests {
    @Test func streamsSkipEmptyText() {
        let items = NodeOutputs.streams(stdout: "out\n", stderr: "")
        #expect(items.count == 1)
        #expect(items.first?["name"] == "stdout")
        #expect(items.first?["text"] == "out\n")
        #expect(items.first?["ename"] == .null)
    }

    @Test func resultCarriesPlainText() {
        let item = NodeOutputs.result("30", executionCount: 2)
        #expect(item["output_type"] == "execute_result")
        #expect(item["data"]?["text/plain"] == "30")
        #expect(item["execution_count"] == 2)
    }

    @Test func stderrParsingFindsUncaughtError() {
        let stderr = """
            /tmp/run/paddock-main.js:1
            throw new TypeError("bad value")
            ^

            TypeError: bad value
                at Object.<anonymous> (/tmp/run/paddock-main.js:1:7)
                at Module._compile (node:internal/modules/cjs/loader:1521:14)

            Node.js v20.20.2
            """
        let item = NodeOutputs.errorFromStderr(stderr, exitCode: 1)
        #expect(item["ename"] == "TypeError")
        #expect(item["evalue"] == "bad value")
        guard case .array(let traceback)? = item["traceback"] else {
            Issue.record("no traceback")
            return
        }
        #expect(traceback.count == 3)
        #expect(traceback.first == "TypeError: bad value")
    }

    @Test func stderrParsingFallsBackToExitStatus() {
        let item = NodeOutputs.errorFromStderr("Killed\n", exitCode: 137)
        #expect(item["ename"] == "ProcessExit")
        #expect(item["evalue"]?.stringValue?.contains("137") == true)
        #expect(item["evalue"]?.stringValue?.contains("Killed") == true)
    }

    @Test func reportBecomesErrorItem() throws {
        let report: PaddockWorkspace.JSONValue = [
            "ename": "RangeError", "evalue": "too big", "traceback": ["RangeError: too big"],
        ]
        let item = try #require(NodeOutputs.error(fromReport: report))
        #expect(item["ename"] == "RangeError")
        #expect(item["traceback"] == ["RangeError: too big"])
        #expect(NodeOutputs.error(fromReport: ["evalue": "no name"]) == nil)
    }

    @Test func directOutputGoesBeforeResult() {
        var execution = NodeREPLReply.execution(
            from: ["status": "ok", "stdout": "a\n", "stderr": "", "result": "1"], code: "1", executionCount: 1)
        execution.appendDirectOutput(stdout: "child\n", stderr: "")
        #expect(execution.stdout == "a\nchild\n")
        #expect(execution.outputs.map { $0["output_type"] } == ["stream", "stream", "execute_result"])
    }

    @Test func exitCodeOfSignalAddsOffset() {
        #expect(NodeExitCode.of(.exited(3)) == 3)
        #expect(NodeExitCode.of(.signaled(9)) == 137)
        #expect(NodeExitCode.of(nil) == -1)
    }
}
