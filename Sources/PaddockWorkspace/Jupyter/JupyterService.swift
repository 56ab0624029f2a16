import Foundation
import PaddockCore

/// Stateful Python execution: the sessions of named kernels, one-off kernels for calls without a
/// session, idle expiry, and the entry points that the `/v1/jupyter/*` routes and
/// `/v1/code/execute` use.
final class JupyterService: @unchecked Sendable {
    let context: WorkspaceContext
    let settings: JupyterSettings
    let pool: KernelPool
    private let lock = NSLock()
    private var sessions: [String: JupyterSession] = [:]
    private var specs: [KernelSpec]
    private var sweeperStarted = false

    /// How long a `cwd` change may take before the call fails.
    static let chdirTimeout = 10.0

    init(context: WorkspaceContext, settings: JupyterSettings? = nil) {
        self.context = context
        let resolved = settings ?? JupyterSettings.from(context.baseEnvironment, logger: context.logger)
        self.settings = resolved
        let found = KernelSpec.discover(in: KernelSpec.searchDirectories(environment: context.baseEnvironment))
        specs = found
        pool = KernelPool(
            context: context, spareSpec: found.first { $0.name == KernelSpec.defaultName } ?? KernelSpec.builtIn,
            keepsSpare: resolved.keepsSpareKernel, idleTimeout: resolved.sessionTimeout)
        JupyterShutdown.register(self)
    }

    // MARK: Execution

    /// Runs `code` on the kernel of session `sessionID`, creating the session when it does not exist,
    /// or on a one-off kernel that is shut down afterwards when `sessionID` is nil.
    ///
    /// - Parameters:
    ///   - timeout: seconds until the kernel is interrupted and the call reports `timeout`.
    ///   - cwd: the kernel's new working directory; a relative path resolves against the workspace.
    /// - Throws: `OperationFailure` for an unknown kernel name, a missing `cwd`, too many sessions,
    ///   or a kernel that fails to start.
    func execute(
        code: String, timeout: TimeInterval = 30, sessionID: String? = nil, kernelName: String? = nil,
        cwd: String? = nil
    ) throws -> JupyterExecution {
        let directory = try cwd.map(resolveDirectory)
        guard let sessionID, !sessionID.isEmpty else {
            let spec = try spec(named: kernelName)
            let kernel = try pool.take(spec, for: "one-off")
            defer { pool.retire(kernel) }
            return try run(code, on: kernel, timeout: timeout, directory: directory, session: nil, notes: [])
        }
        let (session, _) = try session(sessionID, kernelName: kernelName)
        if let kernelName, kernelName != session.kernelName {
            throw OperationFailure(
                "session '\(sessionID)' runs the \(session.kernelName) kernel, not \(kernelName); omit kernel_name or use another session_id")
        }
        session.runLock.lock()
        defer { session.runLock.unlock() }
        session.begin()
        defer { session.end() }
        var notes: [String] = []
        if let reason = session.takeReplacementReason() {
            notes.append(try replaceKernel(of: session, because: reason))
        }
        return try run(code, on: session.kernel, timeout: timeout, directory: directory, session: session, notes: notes)
    }

    /// Starts a fresh kernel for `session` and returns the hint for the caller.
    private func replaceKernel(of session: JupyterSession, because reason: String) throws -> String {
        let old = session.kernel
        context.logger.info("jupyter kernel restarting", ["session": session.id, "reason": reason, "pid": String(old.pid)])
        pool.retire(old)
        session.kernel = try pool.take(try spec(named: session.kernelName), for: session.id)
        return "Session '\(session.id)' got a fresh kernel because \(reason); variables and imports of earlier calls are gone."
    }

    private func run(
        _ code: String, on kernel: KernelClient, timeout: TimeInterval, directory: String?, session: JupyterSession?,
        notes: [String]
    ) throws -> JupyterExecution {
        var notes = notes
        var kernel = kernel
        if let directory { try changeDirectory(of: kernel, to: directory) }
        var run = try kernel.execute(code: code, timeout: timeout, maxOutputBytes: settings.maxOutputBytes)
        if let session, let exit = run.died, !run.acknowledged {
            // The kernel was gone before it received the request, as after a kill between calls
            // that the process reaper had not yet recorded. The code never ran, so it runs again.
            notes.append(try replaceKernel(of: session, because: "its previous kernel process ended (\(exit))"))
            kernel = session.kernel
            if let directory { try changeDirectory(of: kernel, to: directory) }
            run = try kernel.execute(code: code, timeout: timeout, maxOutputBytes: settings.maxOutputBytes)
        }
        var outputs = run.outputs
        var status = JupyterExecution.Status(rawValue: run.reply?["status"]?.stringValue ?? "error") ?? .error
        let label = session?.id ?? "one-off"
        if let exit = run.died {
            status = .error
            let next = session.map { "the next call on session '\($0.id)' starts a fresh kernel" } ?? "no state was kept"
            outputs.addError(name: "KernelDied", value: "The kernel process ended (\(exit)) while running the code, so \(next).")
            context.logger.warning("jupyter kernel died", ["session": label, "pid": String(kernel.pid), "status": "\(exit)"])
        } else if run.stuck {
            status = .timeout
            context.logger.warning(
                "jupyter kernel ignored the interrupt; stopping it", ["session": label, "pid": String(kernel.pid)])
            kernel.terminate()
            session?.requireReplacement("its kernel ignored the interrupt after the \(Int(timeout))-second timeout")
            notes.append("The code ran past the \(Int(timeout))-second timeout and ignored the interrupt, so the kernel was stopped.")
        } else if run.timedOut {
            status = .timeout
            notes.append("The code ran past the \(Int(timeout))-second timeout and was interrupted; the session's state is kept.")
        }
        if outputs.truncated {
            notes.append("Output beyond \(settings.maxOutputBytes) bytes was dropped; write large results to a file instead.")
        }
        return JupyterExecution(
            status: status, outputs: outputs.finish(), executionCount: run.reply?["execution_count"]?.intValue,
            sessionID: session?.id, kernelName: kernel.spec.name, code: code, messageID: run.requestID,
            hint: notes.isEmpty ? nil : notes.joined(separator: " "))
    }

    /// Runs a silent `os.chdir` on `kernel`.
    private func changeDirectory(of kernel: KernelClient, to directory: String) throws {
        let literal = String(decoding: JSONValue.string(directory).serialized(), as: UTF8.self)
        let run = try kernel.execute(
            code: "__import__('os').chdir(\(literal))", timeout: Self.chdirTimeout, silent: true, maxOutputBytes: 4096)
        guard run.reply?["status"]?.stringValue == "ok" else {
            let reason = run.reply?["evalue"]?.stringValue ?? "the kernel did not answer"
            throw OperationFailure("cannot change the kernel's working directory to \(directory): \(reason)")
        }
    }

    /// Resolves `cwd` against the workspace and checks that it is an existing directory.
    func resolveDirectory(_ cwd: String) throws -> String {
        let path = cwd.hasPrefix("/") ? cwd : context.workspace + "/" + cwd
        let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: standardized, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw OperationFailure(
                "cwd '\(cwd)' is not an existing directory (relative paths resolve against \(context.workspace)); create it first or pass another cwd")
        }
        return standardized
    }

    // MARK: Sessions

    /// Returns the session `id`, creating it (with a new id when `id` is nil) and starting its kernel.
    func session(_ id: String?, kernelName: String?, cwd: String? = nil) throws -> (JupyterSession, created: Bool) {
        let directory = try cwd.map(resolveDirectory)
        if let id, !id.isEmpty {
            try SessionIdentifier.check(id)
            if let existing = lock.withLock({ sessions[id] }) { return (existing, false) }
        }
        let spec = try spec(named: kernelName)
        let newID = (id?.isEmpty ?? true) ? Identifier.make() : id!
        try checkCapacity()
        let kernel = try pool.take(spec, for: newID)
        if let directory {
            do {
                try changeDirectory(of: kernel, to: directory)
            } catch {
                pool.retire(kernel)
                throw error
            }
        }
        let session = JupyterSession(id: newID, kernelName: spec.name, kernel: kernel)
        let winner: JupyterSession?
        do {
            winner = try lock.withLock { () throws -> JupyterSession? in
                if let existing = sessions[newID] { return existing }
                guard sessions.count < settings.maxSessions else { throw capacityFailure() }
                sessions[newID] = session
                return nil
            }
        } catch {
            // Other requests filled the last places while this kernel started.
            pool.retire(kernel)
            throw error
        }
        if let winner {
            // Another request created the same session while this kernel started.
            pool.retire(kernel)
            return (winner, false)
        }
        startSweeper()
        context.logger.info("jupyter session created", ["session": newID, "kernel": spec.name, "pid": String(kernel.pid)])
        return (session, true)
    }

    private func checkCapacity() throws {
        if lock.withLock({ sessions.count >= settings.maxSessions }) { throw capacityFailure() }
    }

    private func capacityFailure() -> OperationFailure {
        OperationFailure(
            "too many Jupyter sessions (max \(settings.maxSessions)); delete unused ones with DELETE /v1/jupyter/sessions/{session_id}")
    }

    var allSessions: [JupyterSession] {
        lock.withLock { sessions.values.sorted { $0.createdAt < $1.createdAt } }
    }

    /// Deletes session `id` and stops its kernel.
    func deleteSession(_ id: String) throws {
        guard let session = lock.withLock({ sessions.removeValue(forKey: id) }) else {
            throw OperationFailure("Jupyter session '\(id)' not found; GET /v1/jupyter/sessions lists the sessions")
        }
        session.kernel.terminate()
        context.logger.info("jupyter session deleted", ["session": id])
    }

    /// Deletes every session and stops their kernels; returns how many there were.
    func deleteAllSessions() -> Int {
        let removed = lock.withLock { () -> [JupyterSession] in
            defer { sessions.removeAll() }
            return Array(sessions.values)
        }
        removed.forEach { $0.kernel.terminate() }
        context.logger.info("jupyter sessions deleted", ["count": String(removed.count)])
        return removed.count
    }

    /// Stops every kernel, the spare included; for server shutdown.
    func shutdown() {
        _ = deleteAllSessions()
        pool.stop()
    }

    /// Kills every kernel without the shutdown handshake, for process exit.
    func killAllAtExit() {
        let all = lock.withLock { Array(sessions.values) }
        all.forEach { $0.kernel.killGroup() }
        pool.killAtExit()
        context.logger.info("jupyter kernels killed at exit", ["count": String(all.count)])
    }

    /// Shuts down the kernels of sessions unused for longer than the session timeout.
    func expireIdleSessions(now: Date = Date()) {
        let expired = lock.withLock { () -> [JupyterSession] in
            let idle = sessions.values.filter {
                !$0.isRunning && now.timeIntervalSince($0.lastUsed) > settings.sessionTimeout
            }
            idle.forEach { sessions[$0.id] = nil }
            return idle
        }
        for session in expired {
            context.logger.info(
                "jupyter session expired", ["session": session.id, "idle_seconds": String(Int(settings.sessionTimeout))])
            session.kernel.terminate()
        }
        pool.expireSpare(now: now)
    }

    private func startSweeper() {
        let start = lock.withLock { () -> Bool in
            defer { sweeperStarted = true }
            return !sweeperStarted
        }
        guard start else { return }
        let interval = min(60, max(0.5, settings.sessionTimeout / 4))
        Thread.detachNewThread { [weak self] in
            while let service = self {
                Thread.sleep(forTimeInterval: interval)
                service.expireIdleSessions()
            }
        }
    }

    // MARK: Kernels

    /// Looks up the kernel spec `name`, or the default one for nil, reading the spec files again on a miss.
    ///
    /// - Throws: `OperationFailure` naming the available kernels when `name` is unknown.
    func spec(named name: String?) throws -> KernelSpec {
        let requested = name ?? KernelSpec.defaultName
        if let spec = lock.withLock({ specs.first { $0.name == requested } }) { return spec }
        let found = KernelSpec.discover(in: KernelSpec.searchDirectories(environment: context.baseEnvironment))
        lock.withLock { specs = found }
        if let spec = found.first(where: { $0.name == requested }) { return spec }
        throw OperationFailure(
            "unknown kernel_name '\(requested)'; available kernels: \(found.map(\.name).joined(separator: ", "))")
    }

    func info() -> JupyterInfo {
        let (names, count) = lock.withLock { (specs.map(\.name), sessions.count) }
        return JupyterInfo(
            defaultKernel: KernelSpec.defaultName, availableKernels: names, activeSessions: count,
            sessionTimeoutSeconds: Int(settings.sessionTimeout), maxSessions: settings.maxSessions,
            spareKernelReady: pool.sparePID != nil)
    }
}

/// Kills the kernels of every Jupyter service when the process exits, so that no kernel outlives
/// the workspace server (ipykernel's own parent check backs this up after a crash). The handler
/// sends no message, because OpenSSL registers its cleanup later and so runs it earlier.
enum JupyterShutdown {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var services: [JupyterService] = []
    nonisolated(unsafe) private static var registered = false

    static func register(_ service: JupyterService) {
        lock.withLock {
            services.append(service)
            if !registered {
                registered = true
                atexit { JupyterShutdown.stopAll() }
            }
        }
    }

    static func stopAll() {
        let all = lock.withLock { services }
        all.forEach { $0.killAllAtExit() }
    }
}
