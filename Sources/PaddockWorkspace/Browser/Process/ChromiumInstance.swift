import Foundation
import Glibc
import PaddockCore
import PaddockHTTP
import PaddockRuntime

/// One running Chromium: its process group, private directory and debugging endpoint.
final class ChromiumInstance: @unchecked Sendable {
    let pid: Int32
    let directories: BrowserDirectories
    let port: Int
    let browserWebSocketPath: String
    let userAgent: String

    private let exit: ExitRecord

    /// How long a launch may take until the debugging port responds. Generous, because a cold
    /// start on a loaded machine takes several seconds.
    static let startupTimeout: TimeInterval = 45
    /// How long `/json/version` may take before the browser counts as hung.
    static let healthTimeout: Duration = .seconds(3)
    /// How long the browser gets to exit after SIGTERM before the group gets SIGKILL.
    static let stopGrace: TimeInterval = 3

    private init(
        pid: Int32, directories: BrowserDirectories, port: Int, browserWebSocketPath: String, userAgent: String,
        exit: ExitRecord
    ) {
        self.pid = pid
        self.directories = directories
        self.port = port
        self.browserWebSocketPath = browserWebSocketPath
        self.userAgent = userAgent
        self.exit = exit
    }

    /// The exit status once the browser's main process has exited.
    var exitStatus: ExitStatus? { exit.status }

    /// Registers `observer` to run once with the exit status of the main process.
    func onExit(_ observer: @escaping @Sendable (ExitStatus) -> Void) {
        exit.observe(observer)
    }

    /// Starts Chromium and waits until its debugging server responds.
    ///
    /// - Throws: `PaddockError` when the browser cannot start, exits during startup, or does not
    ///   listen within `startupTimeout`; the message quotes the last lines of its log.
    static func launch(_ launch: ChromiumArguments, baseEnvironment: [String: String], logger: Logger) throws
        -> ChromiumInstance
    {
        let started = Date()

        let directories = launch.directories
        let environment = launch.environment(base: baseEnvironment)
        if let certificate = BrowserTrustStore.certificate(
            in: baseEnvironment, exists: FileManager.default.fileExists(atPath:))
        {
            BrowserTrustStore.install(
                certificate: certificate, database: directories.nssDatabase, environment: environment, logger: logger)
        }

        let exit = ExitRecord()
        let pid = try spawn(launch, environment: environment, exit: exit)
        let instance: ChromiumInstance
        do {
            let active = try waitForActivePort(directories, pid: pid, exit: exit)
            let version = try BrowserVersion.fetch(port: active.port, timeout: .seconds(10))
            instance = ChromiumInstance(
                pid: pid, directories: directories, port: active.port,
                browserWebSocketPath: active.browserWebSocketPath, userAgent: version.userAgent, exit: exit)
        } catch {
            terminateGroup(pid, exit: exit)
            terminateStragglers(naming: directories.root)
            let tail = directories.logTail()
            directories.remove()
            let detail = (error as? PaddockError)?.message ?? "\(error)"
            throw PaddockError(
                .unavailable,
                "Chromium (\(launch.executable)) failed to start: \(detail)"
                    + (tail.isEmpty ? "" : "; last lines of its log:\n" + tail))
        }

        let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
        logger.info(
            "browser started",
            ["pid": "\(pid)", "port": "\(instance.port)", "ms": "\(milliseconds)", "directory": directories.root])
        return instance
    }

    private static func spawn(_ launch: ChromiumArguments, environment: [String: String], exit: ExitRecord) throws
        -> Int32
    {
        let log = open(launch.directories.log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        let null = open("/dev/null", O_RDONLY | O_CLOEXEC)
        defer {
            if log >= 0 { close(log) }
            if null >= 0 { close(null) }
        }
        guard log >= 0, null >= 0 else {
            throw PaddockError(
                .unavailable, "cannot open the browser's log \(launch.directories.log): \(String(cString: strerror(errno)))")
        }
        var request = SpawnRequest(
            executable: launch.executable, arguments: launch.arguments, environment: environment)
        request.workingDirectory = launch.directories.home
        request.stdin = null
        request.stdout = log
        request.stderr = log
        // A new session makes the browser lead its own process group, so stopping it reaches the
        // renderer and utility processes too.
        request.newSession = true
        do {
            return try ProcessReaper.shared.spawn({ try ProcessSpawner.spawn(request) }) { exit.record($0) }
        } catch {
            throw PaddockError(.unavailable, "cannot start \(launch.executable): \(error)", cause: error)
        }
    }

    private static func waitForActivePort(_ directories: BrowserDirectories, pid: Int32, exit: ExitRecord) throws
        -> DevToolsActivePort
    {
        let path = directories.profile + "/" + DevToolsActivePort.fileName
        let deadline = Date().addingTimeInterval(startupTimeout)
        while Date() < deadline {
            if let status = exit.status {
                throw PaddockError(.unavailable, "the browser process \(pid) \(status) during startup")
            }
            if let data = FileManager.default.contents(atPath: path),
                let active = DevToolsActivePort.parse(String(decoding: data, as: UTF8.self))
            {
                return active
            }
            usleep(20_000)
        }
        throw PaddockError(
            .timeout, "\(DevToolsActivePort.fileName) did not appear within \(Int(startupTimeout)) s")
    }

    /// Tests whether the browser's main process runs and its debugging server responds within
    /// `healthTimeout`; returns nil when healthy, else the reason.
    func problem() -> String? {
        if let status = exitStatus { return "the browser process \(pid) \(status)" }
        do {
            _ = try BrowserVersion.fetch(port: port, timeout: Self.healthTimeout)
            return nil
        } catch {
            // A killed multi-threaded browser stays a zombie until its last thread exits, while a
            // child that inherited the listening socket still accepts connections. The exit often
            // arrives during the timeout and is the better reason.
            if let status = exitStatus { return "the browser process \(pid) \(status)" }
            return "the browser process \(pid) did not answer GET /json/version within "
                + "\(Self.healthTimeout.components.seconds) s (hung)"
        }
    }

    /// Stops the whole process group (SIGTERM, then SIGKILL after `stopGrace`) and removes the
    /// private directory.
    func stop(gracefully: Bool = true) {
        if gracefully, exitStatus == nil {
            kill(-pid, SIGTERM)
            kill(-pid, SIGCONT)
            _ = exit.wait(until: Date().addingTimeInterval(Self.stopGrace))
        }
        Self.terminateGroup(pid, exit: exit)
        Self.terminateStragglers(naming: directories.root)
        directories.remove()
    }

    /// Sends SIGKILL to every process whose command line names `directory`. Chromium 156 starts
    /// two crashpad handlers in process groups of their own, so the group kill misses them, and
    /// `--disable-crashpad-for-testing`, which would keep them from starting, crashes the network
    /// service. The private directory is unique to one launch, so no other process matches.
    static func terminateStragglers(naming directory: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return }
        let needle = Array(directory.utf8)
        for entry in entries {
            guard let pid = Int32(entry), pid != getpid(),
                let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline")
            else { continue }
            if [UInt8](data).firstRange(of: needle) != nil { kill(pid, SIGKILL) }
        }
    }

    /// Sends SIGKILL to the group, which also reaches children left behind by an exited leader, and
    /// waits up to `stopGrace` until no process of the group is left (zombies included, which
    /// their reaper collects).
    private static func terminateGroup(_ pid: Int32, exit: ExitRecord) {
        kill(-pid, SIGKILL)
        let deadline = Date().addingTimeInterval(stopGrace)
        _ = exit.wait(until: deadline)
        while kill(-pid, 0) == 0, Date() < deadline {
            kill(-pid, SIGKILL)
            usleep(10_000)
        }
    }
}

/// The exit status of the browser's main process, which the reaper delivers on its own thread.
final class ExitRecord: @unchecked Sendable {
    private let condition = NSCondition()
    private var recorded: ExitStatus?
    private var observers: [@Sendable (ExitStatus) -> Void] = []

    var status: ExitStatus? { condition.withLock { recorded } }

    func record(_ status: ExitStatus) {
        let pending = condition.withLock {
            recorded = status
            condition.broadcast()
            defer { observers = [] }
            return observers
        }
        pending.forEach { $0(status) }
    }

    /// Runs `observer` with the exit status: at once when the process has already exited.
    func observe(_ observer: @escaping @Sendable (ExitStatus) -> Void) {
        let status: ExitStatus? = condition.withLock {
            if recorded == nil { observers.append(observer) }
            return recorded
        }
        if let status { observer(status) }
    }

    /// Blocks until the process has exited or `deadline` passes; returns whether it exited.
    func wait(until deadline: Date) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while recorded == nil {
            if !condition.wait(until: deadline) { return recorded != nil }
        }
        return true
    }
}

/// The fields of Chromium's `GET /json/version` reply that the supervisor uses.
struct BrowserVersion {
    let userAgent: String
    let webSocketDebuggerUrl: String
    /// The whole reply, for the relay.
    let document: JSONValue

    static func fetch(port: Int, timeout: Duration) throws -> BrowserVersion {
        let client = HTTPClient(
            address: .tcp(host: "127.0.0.1", port: port), connectTimeout: timeout, readTimeout: timeout)
        defer { client.close() }
        let response = try client.request("GET", "/json/version")
        let body = try response.body.readAll(limit: 1 << 20)
        guard response.status == 200, let document = try? JSONValue.parse(body) else {
            throw PaddockError(.unavailable, "GET /json/version returned HTTP \(response.status)")
        }
        return BrowserVersion(
            userAgent: document["User-Agent"]?.stringValue ?? "",
            webSocketDebuggerUrl: document["webSocketDebuggerUrl"]?.stringValue ?? "", document: document)
    }
}
