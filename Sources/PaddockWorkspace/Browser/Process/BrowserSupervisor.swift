import Foundation
import PaddockCore

/// The debugging address of a running Chromium, on 127.0.0.1 of the sandbox's network namespace.
struct BrowserEndpoint: Sendable, Equatable {
    /// Chromium's remote-debugging port.
    let port: Int
    /// The browser target's WebSocket path, `/devtools/browser/<uuid>`.
    let browserWebSocketPath: String
    let userAgent: String
    /// The launch count: 1 for the first browser, incremented on every restart.
    let generation: Int

    /// The id in `browserWebSocketPath`.
    var browserID: String { String(browserWebSocketPath.dropFirst("/devtools/browser/".count)) }
}

/// The result of a health-checked endpoint lookup.
struct BrowserCheck: Sendable {
    let endpoint: BrowserEndpoint
    /// The reason the lookup restarted the browser, or nil when the running one was healthy or
    /// this was the first start.
    let restartReason: String?

    /// The `hint` of a reply made after a restart.
    var hint: String? {
        restartReason.map { "the browser was restarted (generation \(endpoint.generation)) because \($0)" }
    }
}

/// Starts Chromium on first use and keeps one instance running for the workspace server.
///
/// Every method may be called from any thread. Calls are serialized, so a caller waits while
/// another one starts or restarts the browser.
final class BrowserSupervisor: @unchecked Sendable {
    private let context: WorkspaceContext
    private let lock = NSLock()
    private var instance: ChromiumInstance?
    private var generation = 0
    private var size = BrowserWindowSize.standard
    private var language: String?
    /// The parent of the private directories; `/tmp` unless TMPDIR names another.
    private let temporaryRoot: String

    init(context: WorkspaceContext) {
        self.context = context
        temporaryRoot = context.baseEnvironment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    }

    /// Starts Chromium on first use; when it has exited or stops responding, restarts it (logging
    /// the reason) and returns the new endpoint.
    func endpoint() throws -> BrowserEndpoint {
        try check().endpoint
    }

    /// Returns the endpoint like `endpoint()`, with the reason when this call restarted the browser.
    func check() throws -> BrowserCheck {
        try lock.withLock {
            guard let running = instance else {
                return BrowserCheck(endpoint: try startLocked(), restartReason: nil)
            }
            guard let problem = running.problem() else {
                return BrowserCheck(endpoint: endpoint(of: running), restartReason: nil)
            }
            context.logger.warning(
                "browser unhealthy", ["pid": "\(running.pid)", "generation": "\(generation)", "reason": problem])
            // An exited or hung browser gets no SIGTERM grace period: a stopped one would not act on it.
            let endpoint = try restartLocked(reason: problem, gracefully: false)
            return BrowserCheck(endpoint: endpoint, restartReason: problem)
        }
    }

    /// Stops and starts it again (POST /v1/browser/restart).
    func restart(reason: String) throws -> BrowserEndpoint {
        try lock.withLock { try restartLocked(reason: reason, gracefully: true) }
    }

    /// The window size pages get; setting it takes effect at the next (re)start.
    var windowSize: (width: Int, height: Int) {
        get { lock.withLock { (size.width, size.height) } }
        set { lock.withLock { size = BrowserWindowSize(width: newValue.width, height: newValue.height) } }
    }

    /// The `--lang` value of the next (re)start, or nil for the image's default.
    var locale: String? {
        get { lock.withLock { language } }
        set { lock.withLock { language = newValue } }
    }

    /// The endpoint of the running browser without a health check, or nil when none was started.
    var currentEndpoint: BrowserEndpoint? {
        lock.withLock { instance.map { endpoint(of: $0) } }
    }

    /// The main process id of the running browser, or nil.
    var currentPID: Int32? { lock.withLock { instance?.pid } }

    /// The private directory of the running browser, or nil.
    var currentDirectory: String? { lock.withLock { instance?.directories.root } }

    func stop() {
        lock.withLock {
            guard let running = instance else { return }
            running.stop()
            instance = nil
            context.logger.info("browser stopped", ["pid": "\(running.pid)", "generation": "\(generation)"])
        }
    }

    private func restartLocked(reason: String, gracefully: Bool) throws -> BrowserEndpoint {
        let old = instance
        if let old {
            old.stop(gracefully: gracefully)
            instance = nil
        }
        let endpoint = try startLocked()
        context.logger.notice(
            "browser restarted",
            [
                "old_pid": old.map { "\($0.pid)" } ?? "none", "new_pid": "\(instance?.pid ?? 0)", "reason": reason,
                "generation": "\(endpoint.generation)",
            ])
        return endpoint
    }

    private func startLocked() throws -> BrowserEndpoint {
        let executable = try ChromiumLocator.locate(environment: context.baseEnvironment)
        let directories = try BrowserDirectories.create(under: temporaryRoot)
        let launch = ChromiumArguments(
            executable: executable, directories: directories, windowSize: size, locale: language,
            proxy: ChromiumArguments.proxy(in: context.baseEnvironment))
        let started: ChromiumInstance
        do {
            started = try ChromiumInstance.launch(
                launch, baseEnvironment: context.baseEnvironment, logger: context.logger)
        } catch {
            context.logger.error("browser failed to start", ["executable": executable, "error": "\(error)"])
            throw error
        }
        generation += 1
        instance = started
        started.onExit { [logger = context.logger, generation] status in
            logger.notice("browser exited", ["pid": "\(started.pid)", "generation": "\(generation)", "status": "\(status)"])
        }
        return endpoint(of: started)
    }

    private func endpoint(of running: ChromiumInstance) -> BrowserEndpoint {
        BrowserEndpoint(
            port: running.port, browserWebSocketPath: running.browserWebSocketPath, userAgent: running.userAgent,
            generation: generation)
    }
}
