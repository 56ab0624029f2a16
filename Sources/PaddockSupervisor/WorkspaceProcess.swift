import Foundation
import Glibc
import PaddockCore
import PaddockRuntime
import Synchronization

/// The sandbox's workspace server (`paddock __workspace`), kept running by the supervisor.
///
/// It runs as the sandbox user with the same isolation as every command, listens on the run
/// directory's Unix socket (which the gateway reaches) and on `SandboxPaths.workspaceAddress`,
/// and is started again when it exits, after a delay that grows while it keeps failing.
final class WorkspaceProcess: Sendable {
    private let environment: SandboxEnvironment
    private let logger: Logger
    private let state = Mutex(State())

    private struct State {
        var pid: Int32 = 0
        var stopped = false
        var failures = 0
        var startedAt = Date()
    }

    /// A run at least this long counts as healthy and resets the restart delay.
    static let healthyRunSeconds = 10.0
    static let maxRestartDelaySeconds = 30.0

    init(environment: SandboxEnvironment, logger: Logger) {
        self.environment = environment
        self.logger = logger.with(["component": "workspace"])
    }

    var arguments: [String] {
        [
            SandboxPaths.executable, "__workspace", "--socket", SandboxPaths.workspaceSocket, "--listen",
            SandboxPaths.workspaceAddress, "--workspace", environment.configuration.workspace,
        ]
    }

    func start() {
        var request = environment.spawnRequest(
            command: arguments, environment: [:], workingDirectory: nil, terminal: false)
        request.stdin = open("/dev/null", O_RDONLY | O_CLOEXEC)
        request.stdout = STDERR_FILENO
        request.stderr = STDERR_FILENO
        defer { close(request.stdin) }
        do {
            let pid = try ProcessReaper.shared.spawn({ () throws -> Int32 in try ProcessSpawner.spawn(request) }) {
                [self] status in exited(status)
            }
            state.withLock {
                $0.pid = pid
                $0.startedAt = Date()
            }
            logger.info("workspace server started", ["pid": String(pid)])
        } catch {
            logger.error("workspace server failed to start", ["error": "\(error)"])
            scheduleRestart()
        }
    }

    /// Stops the server and keeps it from being started again.
    func stop() {
        let pid = state.withLock { state -> Int32 in
            state.stopped = true
            return state.pid
        }
        if pid > 0 { kill(pid, SIGTERM) }
    }

    private func exited(_ status: ExitStatus) {
        let (stopped, pid) = state.withLock { state -> (Bool, Int32) in
            let pid = state.pid
            state.pid = 0
            if Date().timeIntervalSince(state.startedAt) >= Self.healthyRunSeconds { state.failures = 0 }
            return (state.stopped, pid)
        }
        guard !stopped else { return }
        logger.warning("workspace server exited; restarting it", ["pid": String(pid), "status": status.description])
        scheduleRestart()
    }

    private func scheduleRestart() {
        let delay = state.withLock { state -> Double in
            state.failures += 1
            return min(Self.maxRestartDelaySeconds, 0.1 * pow(2, Double(state.failures - 1)))
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + delay) { [self] in
            guard !state.withLock({ $0.stopped }) else { return }
            start()
        }
    }
}
