import Foundation
import Glibc
import PaddockCore
import PaddockHTTP
import Synchronization

/// A gateway daemon of the real `paddock` binary in a temporary state directory, listening on a
/// loopback port that the kernel picks, with helpers that drive it through its CLI and REST API.
///
/// A suite gets one through the `.gateway` trait and reads it from `TestGateway.current`.
final class TestGateway: Sendable {
    /// The gateway of the suite that is running, set by the `.gateway` trait.
    @TaskLocal static var current: TestGateway?

    let binary: String
    /// The temporary directory that contains the state directory and the files tests write.
    let directory: String
    let stateDirectory: String
    private let sharedSandboxes = Mutex<[String: Task<SandboxRecord, any Error>]>([:])

    private init(binary: String, directory: String) {
        self.binary = binary
        self.directory = directory
        self.stateDirectory = directory + "/state"
    }

    /// Returns the current suite's gateway.
    ///
    /// - Throws: `PaddockError` with code `failedPrecondition` outside a suite with the `.gateway` trait.
    static func require() throws -> TestGateway {
        guard let current else {
            throw PaddockError(.failedPrecondition, "no test gateway; add the .gateway trait to the suite")
        }
        return current
    }

    /// Creates a temporary state directory and starts a gateway on it.
    static func launch() async throws -> TestGateway {
        let binary = try PaddockBinary.path()
        let directory = NSTemporaryDirectory() + "paddock-itest-" + UUID().uuidString.prefix(8).lowercased()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let gateway = TestGateway(binary: binary, directory: directory)
        do {
            try await gateway.start()
        } catch {
            await gateway.tearDown()
            throw error
        }
        return gateway
    }

    // MARK: The daemon

    /// Starts the daemon in the background and returns once it responds. Port 0 lets the kernel pick
    /// a free port, which the daemon writes to `gateway.json`, so each start may get another one.
    func start() async throws {
        let result = try await paddock(
            ["gateway", "start", "--state-dir", stateDirectory, "--listen", "127.0.0.1:0"], timeout: 45)
        guard result.exitCode == 0 else {
            throw PaddockError(.unavailable, "paddock gateway start failed: \(result)\n\(logTail())")
        }
    }

    /// Stops the daemon with `paddock gateway stop`; its sandboxes keep running.
    func stop() async throws {
        let result = try await paddock(["gateway", "stop", "--state-dir", stateDirectory], timeout: 30)
        guard result.exitCode == 0 else {
            throw PaddockError(.internal, "paddock gateway stop failed: \(result)")
        }
    }

    /// Kills the daemon with SIGKILL and waits until it is gone.
    func killHard() async throws {
        guard let pid = daemonPID() else {
            throw PaddockError(.failedPrecondition, "no gateway pid in \(stateDirectory)/gateway.pid")
        }
        kill(pid, SIGKILL)
        let gone = await Poll.until(timeout: 10) { !HostProcesses.isRunning(pid) }
        guard gone else {
            throw PaddockError(.timeout, "the gateway (pid \(pid)) still runs 10 s after SIGKILL")
        }
    }

    /// The daemon's pid from `gateway.pid`, or nil when the file is missing.
    func daemonPID() -> Int32? {
        guard let text = try? String(contentsOfFile: stateDirectory + "/gateway.pid", encoding: .utf8) else {
            return nil
        }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The TCP URL from `gateway.json`, such as `http://127.0.0.1:41234`.
    func url() throws -> String {
        let path = stateDirectory + "/gateway.json"
        guard let data = FileManager.default.contents(atPath: path),
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let url = object["url"] as? String
        else {
            throw PaddockError(.unavailable, "no url in \(path); is the gateway running?")
        }
        return url
    }

    /// The API token from the state directory.
    func token() throws -> String {
        try String(contentsOfFile: stateDirectory + "/token", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The last lines of the daemon's log, for failure messages.
    func logTail(lines: Int = 30) -> String {
        let path = stateDirectory + "/gateway.log"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return "(no log at \(path))" }
        return text.split(separator: "\n").suffix(lines).joined(separator: "\n")
    }

    // MARK: CLI

    /// The environment for the CLI: this process's, with the gateway chosen by state directory only.
    var cliEnvironment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["PADDOCK_GATEWAY"] = nil
        environment["PADDOCK_TOKEN"] = nil
        environment["PADDOCK_STATE_DIR"] = stateDirectory
        return environment
    }

    /// Runs `paddock ARGUMENTS` against this gateway.
    ///
    /// - Parameter environment: Variables to set on top of `cliEnvironment`; an empty value removes one.
    func paddock(
        _ arguments: [String], environment: [String: String] = [:], input: Data? = nil, timeout: Double = 60
    ) async throws -> ProcessResult {
        var variables = cliEnvironment
        for (key, value) in environment {
            variables[key] = value.isEmpty ? nil : value
        }
        return try await ProcessRunner.run(binary, arguments, environment: variables, input: input, timeout: timeout)
    }

    // MARK: REST API

    /// Sends a request with this gateway's token to the REST API over TCP and reads the whole response.
    func request(_ method: String, _ path: String, json: Data? = nil, readTimeout: Double = 120) async throws
        -> HTTPReply
    {
        var headers: HTTPHeaders = ["Authorization": "Bearer \(try token())"]
        if json != nil {
            headers.set("Content-Type", "application/json")
        }
        return try await send(method, path, headers: headers, body: json, readTimeout: readTimeout)
    }

    /// Sends a request with exactly `headers` to the REST API over TCP and reads the whole response.
    func send(
        _ method: String, _ path: String, headers: HTTPHeaders = [:], body: Data? = nil, readTimeout: Double = 120
    ) async throws -> HTTPReply {
        let url = try url()
        return try await BlockingCall.run {
            let client = try HTTPClient(url: url, connectTimeout: .seconds(5), readTimeout: .seconds(readTimeout))
            defer { client.close() }
            let response = try client.request(method, path, headers: headers, body: body.map { .data($0) } ?? .empty)
            let data = try response.body.readAllData(limit: 256 * 1024 * 1024)
            return HTTPReply(status: response.status, body: data)
        }
    }

    /// Runs `command` in `sandbox` through the buffered exec endpoint.
    ///
    /// - Parameter timeout: The command's time limit in seconds, enforced inside the sandbox.
    /// - Throws: `PaddockError` when the gateway does not return 200.
    func exec(_ sandbox: String, _ command: [String], timeout: Double? = nil, stdin: Data? = nil) async throws
        -> ExecOutput
    {
        var body: [String: Any] = ["command": command]
        if let timeout {
            body["timeout_seconds"] = timeout
        }
        if let stdin {
            body["stdin"] = stdin.base64EncodedString()
        }
        let json = try JSONSerialization.data(withJSONObject: body)
        let reply = try await request("POST", "/v1/sandboxes/\(sandbox)/exec", json: json)
        guard reply.status == 200 else {
            let body = String(decoding: reply.body, as: UTF8.self)
            throw PaddockError(.internal, "exec \(command) in \(sandbox) failed with status \(reply.status): \(body)")
        }
        return try reply.decode(ExecOutput.self)
    }

    /// Runs a Python program in `sandbox` with `python3 -c`.
    func python(_ sandbox: String, _ program: String, timeout: Double? = nil) async throws -> ExecOutput {
        try await exec(sandbox, ["python3", "-c", program], timeout: timeout)
    }

    /// Returns the sandbox named `name` from `GET /v1/sandboxes/NAME`.
    func record(_ name: String) async throws -> SandboxRecord {
        let reply = try await request("GET", "/v1/sandboxes/\(name)")
        guard reply.status == 200 else {
            throw PaddockError(
                .notFound, "GET /v1/sandboxes/\(name) failed with status \(reply.status): \(reply.errorMessage ?? "")")
        }
        return try reply.decode(SandboxRecord.self)
    }

    /// Returns every sandbox from `GET /v1/sandboxes`.
    func list() async throws -> [SandboxRecord] {
        let reply = try await request("GET", "/v1/sandboxes")
        guard reply.status == 200 else {
            throw PaddockError(.unavailable, "GET /v1/sandboxes failed with status \(reply.status)")
        }
        return try reply.decode(SandboxListing.self).sandboxes
    }

    // MARK: Sandboxes

    /// Creates a sandbox with `paddock sandbox create --name NAME OPTIONS` and returns it.
    func createSandbox(_ name: String, _ options: [String] = []) async throws -> SandboxRecord {
        let result = try await paddock(["sandbox", "create", "--name", name] + options)
        guard result.exitCode == 0 else {
            throw PaddockError(.internal, "paddock sandbox create \(name) failed: \(result)\n\(logTail())")
        }
        return try await record(name)
    }

    /// Returns the sandbox `name`, creating it with `options` on the first call, so that the tests
    /// of a suite can share it.
    func sharedSandbox(_ name: String, _ options: [String] = []) async throws -> SandboxRecord {
        let task = sharedSandboxes.withLock { tasks in
            if let existing = tasks[name] {
                return existing
            }
            let created = Task { try await self.createSandbox(name, options) }
            tasks[name] = created
            return created
        }
        return try await task.value
    }

    /// Creates the sandbox `name`, runs `body` with it, and deletes it afterwards, also when `body`
    /// throws, so that a test leaves no sandbox behind for the next one.
    func withSandbox<T: Sendable>(
        _ name: String, _ options: [String] = [], _ body: (SandboxRecord) async throws -> T
    ) async throws -> T {
        let record = try await createSandbox(name, options)
        let result: T
        do {
            result = try await body(record)
        } catch {
            try? await deleteSandbox(name)
            throw error
        }
        try await deleteSandbox(name)
        return result
    }

    /// Deletes the sandbox `name` with the CLI.
    func deleteSandbox(_ name: String) async throws {
        let result = try await paddock(["sandbox", "delete", name])
        guard result.exitCode == 0 else {
            throw PaddockError(.internal, "paddock sandbox delete \(name) failed: \(result)")
        }
    }

    /// The host directory of the sandbox with id `id`.
    func sandboxDirectory(_ id: String) -> String {
        stateDirectory + "/sandboxes/" + id
    }

    /// Writes `contents` to `name` in the temporary directory and returns the file's path.
    func writeFile(_ name: String, _ contents: String) throws -> String {
        let path = directory + "/" + name
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    // MARK: Clean-up

    /// Deletes every sandbox, stops the daemon, ends what is left of this gateway's processes, and
    /// removes the temporary directory. Problems are printed, not thrown, so that clean-up goes on.
    func tearDown() async {
        if (try? await list()) == nil, FileManager.default.fileExists(atPath: stateDirectory + "/token") {
            try? await start()
        }
        for sandbox in (try? await list()) ?? [] {
            do {
                try await deleteSandbox(sandbox.name)
            } catch {
                report("clean-up could not delete sandbox \(sandbox.name): \(error)")
            }
        }
        if daemonPID().map(HostProcesses.isRunning) == true {
            do {
                try await stop()
            } catch {
                report("clean-up could not stop the gateway: \(error)")
            }
        }
        endLeftoverProcesses()
        let identifiers = (try? FileManager.default.contentsOfDirectory(atPath: stateDirectory + "/sandboxes")) ?? []
        for id in identifiers {
            SandboxCgroup(sandboxID: id).removeLeftovers()
        }
        do {
            try FileManager.default.removeItem(atPath: directory)
        } catch {
            report("clean-up could not remove \(directory): \(error)")
        }
    }

    /// Kills, by pid, every process left whose command line names this state directory: a gateway
    /// that did not stop and supervisors that a failed delete left behind, with their children.
    private func endLeftoverProcesses() {
        let leftovers = HostProcesses.matching(stateDirectory + "/").filter(HostProcesses.isRunning)
        for pid in leftovers {
            report("clean-up kills leftover process \(pid): \(HostProcesses.commandLine(of: pid) ?? "?")")
            for child in HostProcesses.descendants(of: pid) {
                kill(child, SIGKILL)
            }
            kill(pid, SIGKILL)
        }
        if !leftovers.isEmpty {
            usleep(200_000)
        }
    }

    private func report(_ message: String) {
        FileHandle.standardError.write(Data("paddock integration tests: \(message)\n".utf8))
    }
}
