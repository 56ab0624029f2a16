import Foundation
import Glibc
import PaddockCore
import PaddockRuntime

/// One running sandbox, from the supervisor's side.
final class Supervisor: Sendable {
    let environment: SandboxEnvironment
    let logger: Logger
    let controlListener: Int32

    init(configuration: SandboxConfiguration, logger: Logger) throws {
        self.logger = logger
        var listener: Int32 = -1
        let layout = SandboxLayout(directory: configuration.directory)
        environment = try SupervisorSetup.prepare(configuration: configuration, logger: logger) {
            listener = try UnixListener.listen(path: layout.controlSocket, mode: 0o600)
        }
        controlListener = listener
        logger.info("sandbox ready", ["landlock.abi": String(environment.landlock.abiVersion)])
    }

    /// Runs one command with the supervisor's own stdout and stderr and returns its exit code.
    func runOnce(_ command: [String]) -> Int32 {
        guard !command.isEmpty else { return 64 }
        let done = DispatchSemaphore(value: 0)
        let result = ResultBox()
        let session = ExecSession(
            environment: environment, parameters: ExecParameters(command: command), logger: logger)
        session.start(
            onOutput: { channel, bytes in
                _ = bytes.withUnsafeBytes { write(channel == .stdout ? 1 : 2, $0.baseAddress, $0.count) }
            },
            onExit: { outcome in
                result.set(outcome.exitCode)
                done.signal()
            })
        done.wait()
        return result.get()
    }

    /// Serves the control socket until told to stop; returns the exit code.
    func serve(ready: ReadyChannel) -> Int32 {
        let control = ControlServer(supervisor: self)
        do {
            try control.start(listener: controlListener)
        } catch {
            ready.signalFailure("cannot serve the control socket: \(error)")
            return 1
        }
        ready.signalReady()
        let stop = StopSignal.wait()
        logger.info("stopping sandbox", ["signal": String(stop)])
        shutdown()
        return 0
    }

    /// Kills every process of the sandbox. As PID 1 of the namespace, kill(-1) reaches all of them.
    func shutdown() {
        kill(-1, SIGKILL)
    }
}

final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int32 = 0
    func set(_ newValue: Int32) { lock.withLock { value = newValue } }
    func get() -> Int32 { lock.withLock { value } }
}

/// Blocks until SIGTERM or SIGINT arrives.
enum StopSignal {
    static func wait() -> Int32 {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGINT)
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        var received: Int32 = 0
        while sigwait(&signals, &received) != 0 {}
        return received
    }
}
