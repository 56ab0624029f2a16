import Foundation

/// JavaScript execution with Node.js: stateless runs and REPL sessions. The routes of
/// `/v1/nodejs/*` and the unified code API both call this.
final class NodeService: @unchecked Sendable {
    let runtime: NodeRuntime
    let sessions: NodeSessions
    private let stateless: NodeStatelessRunner
    private let lock = NSLock()
    private var cachedInfo: JSONValue?

    /// The contract's default and bounds of `timeout`, in seconds.
    static let defaultTimeout = 30
    static let timeoutRange = 1...300

    init(context: WorkspaceContext) {
        runtime = NodeRuntime(context: context)
        sessions = NodeSessions(runtime: runtime)
        stateless = NodeStatelessRunner(runtime: runtime)
    }

    /// Executes `code`: in the REPL of session `sessionID` when `stateful` is set or that session
    /// exists, otherwise as a stateless run.
    ///
    /// A stateful call with an unknown or nil `sessionID` creates the session. `stdin` is only for
    /// stateless runs. In a session, `files` are written below the session's working directory.
    ///
    /// - Parameter timeout: seconds, within `timeoutRange`.
    /// - Throws: `OperationFailure` for invalid values (file names, cwd, version, an unknown session
    ///   of a stateless call) and for a `node` that cannot start.
    func execute(
        code: String, timeout: Int = NodeService.defaultTimeout, stdin: String? = nil, files: [String: String]? = nil,
        stateful: Bool = false, sessionID: String? = nil, cwd: String? = nil, version: String? = nil
    ) throws -> NodeExecution {
        try runtime.checkVersion(version)
        guard Self.timeoutRange.contains(timeout) else {
            throw OperationFailure("timeout \(timeout) is out of range; use 1 to 300 seconds")
        }
        let named = sessionID.flatMap { $0.isEmpty ? nil : $0 }
        let existing = named.flatMap { sessions.find($0) }
        guard stateful || existing != nil else {
            if let named {
                throw OperationFailure(
                    "Node.js session '\(named)' not found; create it with POST /v1/nodejs/sessions, "
                        + "or pass stateful: true to create it")
            }
            return try stateless.run(code: code, timeout: timeout, stdin: stdin, files: files ?? [:], cwd: cwd)
        }
        if let stdin, !stdin.isEmpty {
            throw OperationFailure("stdin is supported only by stateless runs; omit stdin or set stateful: false")
        }
        let session = try existing ?? sessions.create(id: named, cwd: cwd, maxIdleSeconds: nil).session
        if let cwd, existing != nil, cwd != session.cwd {
            try NodeWorkingDirectory.check(cwd)
            try session.update(maxIdleSeconds: nil, cwd: cwd)
        }
        if let files, !files.isEmpty {
            try NodeFiles.validate(files)
            try NodeFiles.write(files, into: session.cwd)
        }
        return try session.execute(code: code, timeout: timeout)
    }

    /// Returns the contract's `NodeJSRuntimeInfo`. The versions are read once, because `npm --version`
    /// takes a few hundred milliseconds.
    func info() -> JSONValue {
        if let cached = lock.withLock({ cachedInfo }) { return cached }
        let environment = runtime.context.baseEnvironment
        let npm = NodeRuntime.findExecutable("npm", path: environment["PATH"])
        let npmVersion = npm.flatMap { NodeRuntime.firstLine(of: [$0, "--version"], environment: environment) }
        let globalRoot = npm.flatMap { NodeRuntime.firstLine(of: [$0, "root", "-g"], environment: environment) }
        let current = runtime.versionName
        var error: String?
        if runtime.nodePath == nil { error = "Node.js is not installed in this sandbox: no `node` on PATH" }
        let directory = try? runtime.directory()
        let info: JSONValue = [
            "node_version": .string(runtime.version ?? ""), "npm_version": .string(npmVersion ?? ""),
            "supported_languages": ["javascript"],
            "description": "Node.js JavaScript execution: stateless runs and persistent REPL sessions",
            "runtime_directory": .from(directory), "global_npm_directory": .from(globalRoot),
            "runtime_packages": [], "global_packages": .array(Self.packages(in: globalRoot)),
            "error": .from(error), "available_versions": .from(current.map { [$0] } ?? []),
            "current_version": .from(current),
        ]
        lock.withLock { cachedInfo = info }
        return info
    }

    /// Lists the `{name, version}` of each package directory in a `node_modules` directory.
    static func packages(in directory: String?) -> [JSONValue] {
        guard let directory, let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            return []
        }
        var found: [JSONValue] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let manifests =
                name.hasPrefix("@")
                ? ((try? FileManager.default.contentsOfDirectory(atPath: directory + "/" + name)) ?? []).sorted()
                    .map { name + "/" + $0 }
                : [name]
            for package in manifests {
                guard let data = FileManager.default.contents(atPath: directory + "/" + package + "/package.json"),
                    let manifest = try? JSONValue.parse(Array(data)), let version = manifest["version"]?.stringValue
                else { continue }
                found.append(["name": .string(package), "version": .string(version)])
            }
        }
        return found
    }
}
