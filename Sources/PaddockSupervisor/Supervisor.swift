import Foundation
import Glibc
import PaddockCore
import PaddockRuntime
import Synchronization

/// One sandbox, from the supervisor's side: its prepared isolation and the commands running in it.
final class Supervisor: Sendable {
    let configuration: SandboxConfiguration
    let logger: Logger
    private let prepared = Mutex<SandboxEnvironment?>(nil)
    private let startedAt = Date()

    init(configuration: SandboxConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
    }

    /// The sandbox's isolation; requests that arrive before set-up finishes get 503.
    var environment: SandboxEnvironment {
        get throws {
            guard let environment = prepared.withLock({ $0 }) else {
                throw PaddockError(.unavailable, "sandbox '\(configuration.name)' is still starting")
            }
            return environment
        }
    }

    /// Builds the sandbox; `awaitCgroup` returns once the process is in its cgroup, and
    /// `beforePivot` runs while the host's filesystem is still visible.
    func prepare(awaitCgroup: (CgroupPlacement) throws -> Void, beforePivot: () throws -> Void) throws {
        let environment = try SupervisorSetup.prepare(
            configuration: configuration, logger: logger, awaitCgroup: awaitCgroup, beforePivot: beforePivot)
        prepared.withLock { $0 = environment }
        logger.info("sandbox ready", ["landlock.abi": String(environment.landlock.abiVersion)])
    }

    func session(for parameters: ExecParameters) throws -> ExecSession {
        guard !parameters.command.isEmpty, !parameters.command[0].isEmpty else {
            throw PaddockError(.invalidArgument, "command is empty; pass the program and its arguments")
        }
        if let stdin = parameters.stdin, Data(base64Encoded: stdin) == nil {
            throw PaddockError(
                .invalidArgument,
                "invalid stdin: \(String(stdin.prefix(40)).debugDescription) is not base64 with padding; "
                    + "encode the input bytes as standard base64, such as aGVsbG8= for hello")
        }
        return ExecSession(environment: try environment, parameters: parameters, logger: logger)
    }

    /// Resolves a path from a request: absolute paths stay, relative ones are taken from the workspace.
    func resolvePath(_ path: String?) throws -> String {
        guard let path, !path.isEmpty else {
            throw PaddockError(.invalidArgument, "missing query parameter 'path': pass the file's path in the sandbox")
        }
        guard !path.contains("\0") else {
            throw PaddockError(.invalidArgument, "invalid path: it contains a NUL byte")
        }
        return path.hasPrefix("/") ? path : configuration.workspace + "/" + path
    }

    func status() -> SupervisorStatus {
        let environment = prepared.withLock { $0 }
        return SupervisorStatus(
            id: configuration.id, name: configuration.name, pid: getpid(), ready: environment != nil,
            uptimeSeconds: Date().timeIntervalSince(startedAt), memoryBytes: environment?.cgroup?.memoryUsage(),
            landlockABI: environment?.landlock.abiVersion ?? 0)
    }

    /// Runs one command with the supervisor's own stdout and stderr and returns its exit code.
    func runOnce(_ command: [String]) -> Int32 {
        guard let session = try? session(for: ExecParameters(command: command)) else { return 64 }
        let queue = session.startQueued()
        while let event = queue.pop() {
            switch event {
            case .output(let channel, let bytes):
                _ = bytes.withUnsafeBytes { write(channel == .stdout ? 1 : 2, $0.baseAddress, $0.count) }
            case .exit(let outcome):
                return outcome.exitCode
            }
        }
        return 1
    }

    /// Kills every process of the sandbox. As PID 1 of the namespace, kill(-1) reaches all of them.
    func shutdown() {
        kill(-1, SIGKILL)
    }
}

/// The body of `GET /v1/status` on the control socket.
struct SupervisorStatus: Codable, Sendable {
    var id: String
    var name: String
    var pid: Int32
    var ready: Bool
    var uptimeSeconds: Double
    var memoryBytes: UInt64?
    var landlockABI: Int

    enum CodingKeys: String, CodingKey {
        case id, name, pid, ready
        case uptimeSeconds = "uptime_seconds"
        case memoryBytes = "memory_bytes"
        case landlockABI = "landlock_abi"
    }
}

/// Blocks until SIGTERM or SIGINT arrives.
enum StopSignal {
    /// Blocks the stop signals in the calling thread; call it before starting other threads so that
    /// they inherit the mask and only `wait` receives the signals.
    static func block() {
        var signals = stopSignals()
        pthread_sigmask(SIG_BLOCK, &signals, nil)
    }

    static func wait() -> Int32 {
        var signals = stopSignals()
        var received: Int32 = 0
        while sigwait(&signals, &received) != 0 {}
        return received
    }

    private static func stopSignals() -> sigset_t {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGINT)
        return signals
    }
}
