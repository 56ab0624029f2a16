import Foundation
import Glibc
import PaddockRuntime

/// The installed Node.js: where `node` is, its version, and the private directory that contains the
/// driver and the proxy hook.
final class NodeRuntime: @unchecked Sendable {
    let context: WorkspaceContext
    private let lock = NSLock()
    private var cachedVersion: String??
    private var cachedDirectory: String?

    init(context: WorkspaceContext) {
        self.context = context
    }

    /// The `node` executable found on the server's `PATH`, or nil when Node.js is not installed.
    var nodePath: String? { Self.findExecutable("node", path: context.baseEnvironment["PATH"]) }

    /// The output of `node --version` (such as "v20.20.2"), or nil when Node.js is not installed.
    var version: String? {
        lock.lock()
        defer { lock.unlock() }
        if let cachedVersion { return cachedVersion }
        let found = nodePath.flatMap { Self.firstLine(of: [$0, "--version"], environment: context.baseEnvironment) }
        cachedVersion = .some(found)
        return found
    }

    /// The runtime directory if `directory()` has created it, else nil.
    var createdDirectory: String? { lock.withLock { cachedDirectory } }

    /// The installed major version as the contract names versions ("node20"), or nil.
    var versionName: String? {
        guard let version, let major = Self.major(of: version) else { return nil }
        return "node\(major)"
    }

    /// Creates the runtime directory on first use and writes the scripts into it.
    ///
    /// The directory is private to the server's user (mode 0700) and lives under `TMPDIR` or
    /// `/tmp`, because the sandbox's workspace belongs to the user's own files.
    func directory() throws -> String {
        lock.lock()
        defer { lock.unlock() }
        if let cachedDirectory { return cachedDirectory }
        let path = try makePrivateDirectory(prefix: "paddock-nodejs-")
        try write(NodeScripts.driver, to: path + "/" + NodeScripts.driverFileName)
        try write(NodeScripts.proxyHook, to: path + "/" + NodeScripts.proxyHookFileName)
        try write(NodeScripts.errorReporter, to: path + "/" + NodeScripts.errorReporterFileName)
        cachedDirectory = path
        context.logger.info("Node.js runtime directory created", ["path": path])
        return path
    }

    /// Creates a new directory of mode 0700 named `prefix` plus random characters, under `TMPDIR`
    /// or `/tmp`, and returns its path.
    func makePrivateDirectory(prefix: String) throws -> String {
        let base = context.baseEnvironment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/" + prefix + "XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else {
            throw OperationFailure("cannot create a directory in \(base): \(String(cString: strerror(errno)))")
        }
        return String(cString: created)
    }

    private func write(_ text: String, to path: String) throws {
        guard
            FileManager.default.createFile(
                atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        else {
            throw OperationFailure("cannot write \(path) for the Node.js runner")
        }
    }

    /// Returns the installed `node` path, or throws an `OperationFailure` stating that Node.js is missing.
    func requireNode() throws -> String {
        guard let path = nodePath else {
            throw OperationFailure("Node.js is not installed in this sandbox: no `node` on PATH")
        }
        return path
    }

    /// Checks a requested version ("node20", "20", "v20" or nil) against the installed major.
    ///
    /// - Throws: `OperationFailure` naming the installed version when they differ.
    func checkVersion(_ requested: String?) throws {
        guard let requested, !requested.isEmpty else { return }
        let installed = versionName ?? "none"
        var digits = requested.lowercased()
        for prefix in ["node", "v"] where digits.hasPrefix(prefix) { digits.removeFirst(prefix.count) }
        guard let major = Int(digits.split(separator: ".").first ?? ""), "node\(major)" == installed else {
            throw OperationFailure(
                "Node.js version '\(requested)' is not available; the installed version is \(installed) "
                    + "(\(version ?? "not installed")); omit version or pass '\(installed)'")
        }
    }

    /// The major version of a `node --version` string.
    static func major(of version: String) -> Int? {
        let digits = version.hasPrefix("v") ? version.dropFirst() : Substring(version)
        return digits.split(separator: ".").first.flatMap { Int($0) }
    }

    /// Returns the absolute path of `name` in the colon-separated `path`, or nil.
    static func findExecutable(_ name: String, path: String?) -> String? {
        let directories = (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for directory in directories {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs a short command and returns the first line of its output, or nil when it fails.
    static func firstLine(of arguments: [String], environment: [String: String]) -> String? {
        guard
            let process = try? ChildProcess.start(arguments: arguments, environment: environment, workingDirectory: "/")
        else { return nil }
        process.closeInput()
        guard process.waitUntilFinished(deadline: Date().addingTimeInterval(20)) else {
            process.signal(SIGKILL)
            return nil
        }
        guard case .exited(0) = process.exitStatus else { return nil }
        let text = String(decoding: process.stdout.read(from: 0).bytes, as: UTF8.self)
        let line = text.split(separator: "\n").first.map { $0.trimmingCharacters(in: .whitespaces) }
        return line.flatMap { $0.isEmpty ? nil : $0 }
    }
}
