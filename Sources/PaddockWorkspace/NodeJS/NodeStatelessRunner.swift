import Foundation
import Glibc
import PaddockCore
import PaddockRuntime

/// Stateless runs: each one gets a fresh private directory with the code and the request's files,
/// runs `node` there with stdin fed, and ends with every process it started killed.
struct NodeStatelessRunner {
    let runtime: NodeRuntime

    /// Characters kept of each of stdout and stderr; longer output keeps its head and tail.
    static let outputLimit = 1_000_000
    /// How long a killed run may take to exit and close its pipes.
    static let killGrace = 5.0

    private var logger: PaddockCore.Logger { runtime.context.logger }

    /// Runs `code` with `node` and returns its outputs.
    ///
    /// - Parameters:
    ///   - timeout: seconds before the run's whole process group is killed.
    ///   - cwd: the working directory; nil runs in the fresh directory that contains `files`.
    func run(
        code: String, timeout: Int, stdin: String?, files: [String: String], cwd: String?
    ) throws -> NodeExecution {
        let node = try runtime.requireNode()
        let scripts = try runtime.directory()
        try NodeFiles.validate(files)
        if let cwd { try NodeWorkingDirectory.check(cwd) }
        let directory = try runtime.makePrivateDirectory(prefix: "paddock-node-run-")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try NodeFiles.write([NodeFiles.codeFileName: code], into: directory)
        try NodeFiles.write(files, into: directory)

        let marker = NodeProcessCleanup.makeMarker()
        let errorFile = scripts + "/error-\(marker).json"
        defer { unlink(errorFile) }
        var environment = runtime.context.baseEnvironment
        environment[NodeProcessCleanup.markerVariable] = marker
        environment[NodeScripts.errorFileVariable] = errorFile
        let arguments = [
            node, "--require", scripts + "/" + NodeScripts.proxyHookFileName, "--require",
            scripts + "/" + NodeScripts.errorReporterFileName, directory + "/" + NodeFiles.codeFileName,
        ]
        let process: ChildProcess
        do {
            process = try ChildProcess.start(
                arguments: arguments, environment: environment, workingDirectory: cwd ?? directory)
        } catch {
            logger.error("node failed to start", ["error": "\(error)"])
            throw OperationFailure("cannot start node: \(error)")
        }
        feed(stdin, to: process)
        let finished = process.waitUntilFinished(deadline: Date().addingTimeInterval(Double(timeout)))
        // Kill what the run left behind, such as background children, and a run that timed out.
        NodeProcessCleanup.killAll(groupID: process.pid, marker: marker)
        if !finished {
            logger.info(
                "node run reached its timeout; killed it", ["pid": String(process.pid), "timeout": String(timeout)])
            process.waitUntilFinished(deadline: Date().addingTimeInterval(Self.killGrace))
        }
        return execution(
            of: process, code: code, timedOut: !finished, timeout: timeout, errorReport: report(at: errorFile))
    }

    /// Writes `stdin` on a separate thread, so a program that never reads cannot block the request,
    /// then closes the pipe so that the program reads end of file.
    private func feed(_ stdin: String?, to process: ChildProcess) {
        guard let stdin, !stdin.isEmpty else {
            process.closeInput()
            return
        }
        let thread = Thread {
            process.writeInput(Array(stdin.utf8))
            process.closeInput()
        }
        thread.name = "node-stdin-\(process.pid)"
        thread.start()
    }

    private func report(at path: String) -> JSONValue? {
        guard let data = FileManager.default.contents(atPath: path), !data.isEmpty else { return nil }
        return try? JSONValue.parse(Array(data))
    }

    private func execution(
        of process: ChildProcess, code: String, timedOut: Bool, timeout: Int, errorReport: JSONValue?
    ) -> NodeExecution {
        let stdout = BashRoutes.inline(process.stdout, limit: Self.outputLimit, partial: false).text
        let stderr = BashRoutes.inline(process.stderr, limit: Self.outputLimit, partial: false).text
        let exitCode = NodeExitCode.of(process.exitStatus)
        var outputs = NodeOutputs.streams(stdout: stdout, stderr: stderr)
        let status: NodeExecution.Status
        if timedOut {
            status = .timeout
            outputs.append(NodeOutputs.timeoutError(seconds: timeout, restarted: false))
        } else if exitCode != 0 {
            status = .error
            outputs.append(
                NodeOutputs.error(fromReport: errorReport) ?? NodeOutputs.errorFromStderr(stderr, exitCode: exitCode))
        } else {
            status = .ok
        }
        return NodeExecution(
            status: status, outputs: outputs, code: code, stdout: stdout, stderr: stderr, exitCode: exitCode,
            sessionID: nil, executionCount: nil, hint: nil)
    }
}

/// Exit codes as shells report them.
enum NodeExitCode {
    /// Returns the exit status, or 128 + N for a process that signal N ended, or -1 while it runs.
    static func of(_ status: ExitStatus?) -> Int {
        switch status {
        case .exited(let code): Int(code)
        case .signaled(let signal): 128 + Int(signal)
        case nil: -1
        }
    }
}

/// Checks of a requested working directory.
enum NodeWorkingDirectory {
    /// Throws an `OperationFailure` unless `path` is an absolute path of an existing directory.
    static func check(_ path: String) throws {
        guard path.hasPrefix("/") else {
            throw OperationFailure("cwd must be an absolute path, not '\(path)'")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw OperationFailure("cwd '\(path)' is not an existing directory; create it first or omit cwd")
        }
    }
}
