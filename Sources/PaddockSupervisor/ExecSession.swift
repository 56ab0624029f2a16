import CShim
import Foundation
import Glibc
import PaddockCore
import PaddockRuntime
import Synchronization

/// What a command to run in the sandbox looks like, as the gateway sends it.
struct ExecParameters: Codable, Sendable {
    var command: [String]
    var env: [String: String]?
    var workdir: String?
    var timeoutSeconds: Double?
    var tty: Bool?
    var rows: UInt16?
    var cols: UInt16?
    var stdin: String?

    enum CodingKeys: String, CodingKey {
        case command, env, workdir, tty, rows, cols, stdin
        case timeoutSeconds = "timeout_seconds"
    }
}

/// How a command ended.
struct ExecOutcome: Sendable, Equatable {
    var exitCode: Int32
    var timedOut: Bool
    var oomKilled: Bool
}

/// The output streams of a command.
enum OutputChannel: UInt8, Sendable {
    case stdout = 1
    case stderr = 2
}

/// One command running in the sandbox: its pipes or terminal, its output pump and its exit.
final class ExecSession: @unchecked Sendable {
    // Mutable state is guarded by `lock`; the descriptors are fixed once `start` returns.
    private let environment: SandboxEnvironment
    private let parameters: ExecParameters
    private let logger: Logger
    private let lock = NSLock()
    private var pid: Int32 = 0
    private var stdinWriter: Int32 = -1
    private var outputs: [(fd: Int32, channel: OutputChannel)] = []
    private var terminal: Int32 = -1
    private var exitStatus: ExitStatus?
    private var timedOut = false
    /// The cgroup's OOM kill count when the command started, to tell whether its SIGKILL was one.
    private var oomKillsAtStart = 0
    private let exited = DispatchSemaphore(value: 0)

    /// Exit code when the command does not exist, as a shell reports it.
    static let notFoundCode: Int32 = 127
    static let notExecutableCode: Int32 = 126
    static let timeoutCode: Int32 = 124
    /// How long output is still read after the command exits, for children that keep its pipes open.
    static let drainGrace: Double = 0.2

    init(environment: SandboxEnvironment, parameters: ExecParameters, logger: Logger) {
        self.environment = environment
        self.parameters = parameters
        self.logger = logger
    }

    /// Runs the command, calling `onOutput` for each chunk of output and `onExit` once at the end.
    /// Returns after the command has started (or failed to start, which `onExit` reports too).
    func start(
        onOutput: @escaping @Sendable (OutputChannel, [UInt8]) -> Void,
        onExit: @escaping @Sendable (ExecOutcome) -> Void
    ) {
        do {
            try launch()
        } catch let error as SpawnError {
            reportStartFailure(error, onOutput: onOutput, onExit: onExit)
            return
        } catch {
            onOutput(.stderr, Array("paddock: \(error)\n".utf8))
            onExit(ExecOutcome(exitCode: 126, timedOut: false, oomKilled: false))
            return
        }
        scheduleTimeout()
        let thread = Thread { [self] in
            pump(onOutput: onOutput)
            exited.wait()
            onExit(outcome())
        }
        thread.name = "paddock-exec-\(pid)"
        thread.start()
        feedRequestStdin()
    }

    func writeStdin(_ bytes: [UInt8]) {
        let fd = lock.withLock { stdinWriter }
        guard fd >= 0 else { return }
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += count
        }
    }

    /// Closes the command's stdin; with a terminal, sends the end-of-file character instead.
    func closeStdin() {
        lock.withLock {
            if terminal >= 0 {
                var eof: UInt8 = 4
                _ = Glibc.write(stdinWriter, &eof, 1)
                return
            }
            if stdinWriter >= 0 {
                close(stdinWriter)
                stdinWriter = -1
            }
        }
    }

    func resize(rows: UInt16, cols: UInt16) {
        let fd = lock.withLock { terminal }
        guard fd >= 0 else { return }
        csh_set_window_size(fd, rows, cols)
    }

    /// Kills the command's whole process group.
    func kill(signal: Int32 = SIGKILL) {
        let pid = lock.withLock { self.pid }
        guard pid > 0 else { return }
        csh_kill_group(pid, signal)
    }

    private func launch() throws {
        let terminalMode = parameters.tty ?? false
        var request = environment.spawnRequest(
            command: parameters.command, environment: parameters.env ?? [:], workingDirectory: parameters.workdir,
            terminal: terminalMode)
        var childEnds: [Int32] = []
        let oomKills = environment.cgroup?.oomKillCount() ?? 0
        lock.withLock { oomKillsAtStart = oomKills }
        defer { childEnds.forEach { close($0) } }

        if terminalMode {
            var controller: Int32 = -1
            var child: Int32 = -1
            let user = environment.configuration.user
            try systemCall("openpty") {
                csh_open_pty(&controller, &child, user.uid, user.gid, parameters.rows ?? 24, parameters.cols ?? 80)
            }
            childEnds.append(child)
            request.stdin = child
            request.stdout = child
            request.stderr = child
            lock.withLock {
                terminal = controller
                stdinWriter = controller
                outputs = [(controller, .stdout)]
            }
        } else {
            let input = try makePipe()
            let output = try makePipe()
            let errors = try makePipe()
            childEnds += [input.read, output.write, errors.write]
            request.stdin = input.read
            request.stdout = output.write
            request.stderr = errors.write
            lock.withLock {
                stdinWriter = input.write
                outputs = [(output.read, .stdout), (errors.read, .stderr)]
            }
        }

        let spawned = try ProcessReaper.shared.spawn({ () throws -> Int32 in
            try ProcessSpawner.spawn(request)
        }) { [self] status in
            lock.withLock { exitStatus = status }
            exited.signal()
        }
        lock.withLock { pid = spawned }
        logger.debug("command started", ["pid": String(spawned), "command": parameters.command[0]])
    }

    /// Writes the request's own stdin, if it has one, on a thread of its own and then closes it. A
    /// write on the calling thread would block once the pipe is full, before anyone reads the
    /// command's output, and deadlock with a command such as `cat`.
    private func feedRequestStdin() {
        guard let input = parameters.stdin, let bytes = Data(base64Encoded: input) else { return }
        let thread = Thread { [self] in
            writeStdin(Array(bytes))
            closeStdin()
        }
        thread.name = "paddock-exec-stdin"
        thread.start()
    }

    private func makePipe() throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        try systemCall("pipe2") { csh_pipe_cloexec(&fds) }
        return (fds[0], fds[1])
    }

    private func scheduleTimeout() {
        guard let seconds = parameters.timeoutSeconds, seconds > 0 else { return }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            let running = lock.withLock { exitStatus == nil && pid > 0 }
            guard running else { return }
            lock.withLock { timedOut = true }
            logger.info("command timed out; killing it", ["pid": String(pid), "timeout": String(seconds)])
            kill()
        }
    }

    /// Reads every output descriptor until end of file, or until a short grace period after the
    /// command exits, so that a background child that keeps the pipes open cannot hold the call.
    private func pump(onOutput: @Sendable (OutputChannel, [UInt8]) -> Void) {
        var open = lock.withLock { outputs }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var graceDeadline: Double?
        while !open.isEmpty {
            if graceDeadline == nil, lock.withLock({ exitStatus != nil }) {
                graceDeadline = Self.now() + Self.drainGrace
            }
            if let deadline = graceDeadline, Self.now() >= deadline { break }
            var descriptors = open.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
            let timeout: Int32 = graceDeadline == nil ? 50 : 20
            let ready = poll(&descriptors, nfds_t(descriptors.count), timeout)
            if ready <= 0 { continue }
            var finished: Set<Int32> = []
            for (index, descriptor) in descriptors.enumerated() where descriptor.revents != 0 {
                let count = read(descriptor.fd, &buffer, buffer.count)
                if count > 0 {
                    onOutput(open[index].channel, Array(buffer[0..<count]))
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    finished.insert(descriptor.fd)
                }
            }
            open.removeAll { finished.contains($0.fd) }
        }
        lock.withLock {
            for output in outputs { close(output.fd) }
            if stdinWriter >= 0, stdinWriter != terminal { close(stdinWriter) }
            stdinWriter = -1
            terminal = -1
            outputs = []
        }
    }

    private func outcome() -> ExecOutcome {
        lock.withLock {
            let status = exitStatus ?? .exited(-1)
            let oomKilled =
                status == .signaled(SIGKILL) && !timedOut && (environment.cgroup?.oomKillCount() ?? 0) > oomKillsAtStart
            return ExecOutcome(exitCode: timedOut ? Self.timeoutCode : status.shellCode, timedOut: timedOut, oomKilled: oomKilled)
        }
    }

    private func reportStartFailure(
        _ error: SpawnError, onOutput: @Sendable (OutputChannel, [UInt8]) -> Void,
        onExit: @Sendable (ExecOutcome) -> Void
    ) {
        let name = parameters.command[0]
        let message: String
        let code: Int32
        if error.isNotFound {
            message = "\(name): command not found\n"
            code = Self.notFoundCode
        } else if error.isNotExecutable {
            message = "\(name): Permission denied\n"
            code = Self.notExecutableCode
        } else if error.step == "chdir" {
            let directory = environment.resolveWorkingDirectory(parameters.workdir)
            message = "paddock: cannot start '\(name)': working directory '\(directory)': "
                + "\(String(cString: strerror(error.errno))) (\(ErrnoName.of(error.errno))); give an existing directory\n"
            code = Self.notExecutableCode
        } else {
            message = "paddock: \(error)\n"
            code = Self.notExecutableCode
            logger.error("command failed to start", ["error": error.description])
        }
        lock.withLock {
            for output in outputs { close(output.fd) }
            if stdinWriter >= 0 { close(stdinWriter) }
            outputs = []
            stdinWriter = -1
        }
        onOutput(.stderr, Array(message.utf8))
        onExit(ExecOutcome(exitCode: code, timedOut: false, oomKilled: false))
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
